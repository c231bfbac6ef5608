package org.careroster.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.core.Competence;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Qualification;
import org.careroster.core.Role;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Task;
import org.careroster.core.TaskPermission;
import org.careroster.core.TaskSharingPolicy;
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.careroster.core.WardPresets;

/**
 * A sample nursing-home ward: 14 staff of mixed roles and position sizes, day, evening and night
 * shifts, a staffing plan, two tasks with their task-sharing policy, and two weeks from Monday 4
 * January 2027. The people are made up; the shift times follow RULES.md §5.1.
 */
public final class DemoWard {

  /** Day shift, 07:30–15:00. */
  public static final ShiftType DAY = WardPresets.DAY;

  /** Evening shift, 14:30–22:00. */
  public static final ShiftType EVENING = WardPresets.EVENING;

  /** Night shift, 21:45–07:45. */
  public static final ShiftType NIGHT = WardPresets.NIGHT;

  /** First planned date: Monday 4 January 2027. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  /** The ward's id. */
  public static final String WARD = "solbakken-2";

  private static final String SERVICE = "solbakken";
  private static final String MEDICATION = Competence.MEDICATION_DELEGATION.id();

  private DemoWard() {}

  /** The ward and the nursing home it belongs to. */
  public static ImmutableList<Unit> units() {
    return ImmutableList.of(
        Unit.builder().id(SERVICE).name("Solbakken sjukeheim").kind(UnitKind.SERVICE).build(),
        Unit.builder().id(WARD).name("Avdeling 2").kind(UnitKind.WARD).parent(SERVICE).build(),
        Unit.builder().id("solbakken-3").name("Avdeling 3").kind(UnitKind.WARD).parent(SERVICE).build());
  }

  /** The ward's staff: 3 nurses, 6 health workers and 5 assistants, 3 of them full-time. */
  public static ImmutableList<Employee> staff() {
    return ImmutableList.of(
        employee("E1", "Ingrid Berg", Role.NURSE, 100).acceptsLongShifts(true).build(),
        employee("E2", "Ola Hansen", Role.NURSE, 100).addOtherUnit("solbakken-3").build(),
        employee("E3", "Kari Lie", Role.NURSE, 75).build(),
        employee("E4", "Nils Dahl", Role.HEALTH_WORKER, 100)
            .addCompetence(Qualification.of(MEDICATION))
            .build(),
        employee("E5", "Aud Moen", Role.HEALTH_WORKER, 80)
            .addCompetence(Qualification.of(MEDICATION).withExpires(LocalDate.of(2027, 6, 30)))
            .build(),
        employee("E6", "Per Strand", Role.HEALTH_WORKER, 75).build(),
        employee("E7", "Liv Vik", Role.HEALTH_WORKER, 62.91).build(),
        employee("E8", "Tor Haugen", Role.HEALTH_WORKER, 60).build(),
        employee("E9", "Siri Lund", Role.HEALTH_WORKER, 50, ContractType.TEMPORARY)
            .employmentStart(LocalDate.of(2026, 12, 1))
            .employmentEnd(LocalDate.of(2027, 6, 30))
            .build(),
        employee("E10", "Jon Bakke", Role.ASSISTANT, 60).build(),
        employee("E11", "Eva Foss", Role.ASSISTANT, 50).build(),
        employee("E12", "Arne Ruud", Role.ASSISTANT, 40).build(),
        employee("E13", "Mona Eide", Role.ASSISTANT, 40, ContractType.STUDENT).build(),
        employee("E14", "Geir Holm", Role.ASSISTANT, 35).build());
  }

  /**
   * The staffing plan: 3 on D on weekdays and 2 at weekends, 2 on A and 1 on N every day, and on
   * every shift at least one person with formal health education.
   */
  public static StaffingPlan staffingPlan() {
    return StaffingPlan.builder()
        .addRequirement(row(DAY, DayKind.WEEKDAY, 3))
        .addRequirement(row(DAY, DayKind.WEEKEND, 2))
        .addRequirement(row(EVENING, DayKind.EVERY_DAY, 2))
        .addRequirement(row(NIGHT, DayKind.EVERY_DAY, 1))
        .addRequirement(educated(DAY))
        .addRequirement(educated(EVENING))
        .addRequirement(educated(NIGHT))
        .build();
  }

  /** The medication round and shift lead, and who may do them (nurses; delegated health workers). */
  public static TaskSharingPolicy taskSharing() {
    return TaskSharingPolicy.builder()
        .addPermission(
            TaskPermission.builder()
                .task("medication-round")
                .addRole(Role.NURSE.id())
                .addCompetence(MEDICATION)
                .build())
        .addPermission(
            TaskPermission.builder()
                .task("shift-lead")
                .addRole(Role.NURSE.id())
                .addRole(Role.HEALTH_WORKER.id())
                .build())
        .build();
  }

  /** The ward's problem over {@code days} days from {@link #START}. */
  public static Problem problem(int days) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(START, days))
        .addAllUnits(units())
        .addAllRoles(Role.STANDARD)
        .addCompetence(Competence.MEDICATION_DELEGATION)
        .addAllEmployees(staff())
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .addShiftType(NIGHT)
        .staffingPlan(staffingPlan())
        .addTask(Task.builder().id("medication-round").name("Medisinrunde").addShift("D").addShift("A").build())
        .addTask(
            Task.builder().id("shift-lead").name("Ansvarsvakt").addShift("D").addShift("A").addShift("N").build())
        .taskSharing(taskSharing())
        .build();
  }

  /** The demo's problem: two weeks. */
  public static Problem problem() {
    return problem(14);
  }

  private static StaffingRequirement row(ShiftType shift, DayKind days, int minimum) {
    return StaffingRequirement.builder().shift(shift.code()).days(days).minimum(minimum).build();
  }

  private static StaffingRequirement educated(ShiftType shift) {
    return StaffingRequirement.builder()
        .shift(shift.code())
        .days(DayKind.EVERY_DAY)
        .formalHealthEducation(true)
        .minimum(1)
        .label("one with formal health education")
        .build();
  }

  private static Employee.Builder employee(String id, String name, Role role, double percent) {
    return employee(id, name, role, percent, ContractType.PERMANENT);
  }

  private static Employee.Builder employee(
      String id, String name, Role role, double percent, ContractType contract) {
    return Employee.builder()
        .contractType(contract)
        .id(id)
        .name(name)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .homeUnit(WARD)
        .weekendFrequency(3);
  }
}
