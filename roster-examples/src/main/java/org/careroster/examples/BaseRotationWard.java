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
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.careroster.core.WardPresets;

/**
 * The realistic ward of the domain reference (RULES.md §5.1–§5.2): 16 long-term residents, day,
 * evening and night shifts and the weekend long shift LD 08:00–20:30, 22 staff of mixed roles and
 * position sizes who work every 3rd weekend in 35.5 h rota weeks, planned as a 6-week cyclic base
 * rotation (grunnturnus) from Monday 4 January 2027. The people are made up.
 *
 * <p>The staffing plan follows §5.2 with the role mix expressed as minimums that count: on weekdays
 * D needs 4 (1 nurse, 3 with formal health education), A needs 3 (1 nurse, 2 educated) and N one
 * educated; at weekends D and A need 2 (1 educated each), LD needs 2 (1 nurse) and N one educated.
 * That is 442.5 shift-hours a week, about 12.5 full-time equivalents at 35.5 h; the positions add
 * up to 1,246 %.
 */
public final class BaseRotationWard {

  /** Day shift, 07:30–15:00. */
  public static final ShiftType DAY = DemoWard.DAY;

  /** Evening shift, 14:30–22:00. */
  public static final ShiftType EVENING = DemoWard.EVENING;

  /** Night shift, 21:45–07:45. */
  public static final ShiftType NIGHT = DemoWard.NIGHT;

  /** Weekend long shift (langvakt), 08:00–20:30. */
  public static final ShiftType LONG_DAY = WardPresets.WEEKEND_LONG_DAY;

  /** The rotation's first Monday. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  /** Weeks in the base rotation. */
  public static final int WEEKS = 6;

  /** The ward's id. */
  public static final String WARD = "solbakken-1";

  private BaseRotationWard() {}

  /** The ward and the nursing home it belongs to. */
  public static ImmutableList<Unit> units() {
    return ImmutableList.of(
        Unit.builder().id("solbakken").name("Solbakken sjukeheim").kind(UnitKind.SERVICE).build(),
        Unit.builder().id(WARD).name("Avdeling 1 (16 bebuarar)").kind(UnitKind.WARD).parent("solbakken").build());
  }

  /** 5 nurses, 10 health workers and 7 assistants; 3 of them full-time, 10 accept long shifts. */
  public static ImmutableList<Employee> staff() {
    String medication = Competence.MEDICATION_DELEGATION.id();
    return ImmutableList.of(
        employee("S1", "Ingrid Berg", Role.NURSE, 100).acceptsLongShifts(true).build(),
        employee("S2", "Ola Hansen", Role.NURSE, 80).acceptsLongShifts(true).build(),
        employee("S3", "Kari Lie", Role.NURSE, 60).acceptsLongShifts(true).build(),
        employee("S4", "Maja Nilsen", Role.NURSE, 50).acceptsLongShifts(true).build(),
        employee("S5", "Hans Aas", Role.NURSE, 50).build(),
        employee("H1", "Nils Dahl", Role.HEALTH_WORKER, 100).addCompetence(Qualification.of(medication)).build(),
        employee("H2", "Aud Moen", Role.HEALTH_WORKER, 80).acceptsLongShifts(true).build(),
        employee("H3", "Per Strand", Role.HEALTH_WORKER, 75).acceptsLongShifts(true).build(),
        employee("H4", "Liv Vik", Role.HEALTH_WORKER, 62.91).acceptsLongShifts(true).build(),
        employee("H5", "Tor Haugen", Role.HEALTH_WORKER, 60).acceptsLongShifts(true).build(),
        employee("H6", "Siri Lund", Role.HEALTH_WORKER, 50).build(),
        employee("H7", "Emil Sand", Role.HEALTH_WORKER, 50).build(),
        employee("H8", "Rita Dale", Role.HEALTH_WORKER, 50).build(),
        employee("H9", "Odd Myhre", Role.HEALTH_WORKER, 30).build(),
        employee("H10", "Nora Bø", Role.HEALTH_WORKER, 40).build(),
        employee("A1", "Jon Bakke", Role.ASSISTANT, 100).worksNights(false).acceptsLongShifts(true).build(),
        employee("A2", "Eva Foss", Role.ASSISTANT, 35).worksNights(false).acceptsLongShifts(true).build(),
        employee("A3", "Arne Ruud", Role.ASSISTANT, 50).worksNights(false).build(),
        employee("A4", "Mona Eide", Role.ASSISTANT, 35).worksNights(false).build(),
        employee("A5", "Geir Holm", Role.ASSISTANT, 30).worksNights(false).build(),
        employee("A6", "Lise Brekke", Role.ASSISTANT, 30).worksNights(false).build(),
        employee("A7", "Tone Vang", Role.ASSISTANT, 28).worksNights(false).build());
  }

  /** The staffing plan of RULES.md §5.2, as minimums by role and formal health education. */
  public static StaffingPlan staffingPlan() {
    return StaffingPlan.builder()
        .addRequirement(everyone(DAY, DayKind.WEEKDAY, 4))
        .addRequirement(nurses(DAY, DayKind.WEEKDAY))
        .addRequirement(educated(DAY, DayKind.WEEKDAY, 3))
        .addRequirement(everyone(DAY, DayKind.WEEKEND, 2))
        .addRequirement(educated(DAY, DayKind.WEEKEND, 1))
        .addRequirement(everyone(EVENING, DayKind.WEEKDAY, 3))
        .addRequirement(nurses(EVENING, DayKind.WEEKDAY))
        .addRequirement(educated(EVENING, DayKind.WEEKDAY, 2))
        .addRequirement(everyone(EVENING, DayKind.WEEKEND, 2))
        .addRequirement(educated(EVENING, DayKind.WEEKEND, 1))
        .addRequirement(everyone(LONG_DAY, DayKind.WEEKEND, 2))
        .addRequirement(nurses(LONG_DAY, DayKind.WEEKEND))
        .addRequirement(educated(NIGHT, DayKind.EVERY_DAY, 1))
        .build();
  }

  /** The 6-week base rotation to plan. */
  public static Problem problem() {
    return problem(staff(), staffingPlan());
  }

  /**
   * Two such wards run as one unit of 45: both staff lists (the second one's ids with a {@code
   * -2} suffix), one extra health worker at 60 %, and every minimum of the staffing plan doubled.
   * Used by the solver benchmarks.
   */
  public static Problem doubled() {
    return scaled(2);
  }

  /**
   * {@code wards} such wards run as one unit: the staff list {@code wards} times (the copies' ids
   * with a {@code -2}, {@code -3}, ... suffix), one extra health worker at 60 % for every two wards
   * ({@code H11}, {@code H12}, ...), and every minimum of the staffing plan times {@code wards}.
   * Four wards make the 90-staff unit of the year benchmarks.
   *
   * @throws IllegalArgumentException if {@code wards} is not from 1 to 8
   */
  public static Problem scaled(int wards) {
    if (wards < 1 || wards > 8) {
      throw new IllegalArgumentException("BaseRotationWard.scaled: wards (" + wards + ") must be from 1 to 8");
    }
    ImmutableList.Builder<Employee> staff = ImmutableList.builder();
    staff.addAll(staff());
    for (int copy = 2; copy <= wards; copy++) {
      for (Employee e : staff()) {
        staff.add(
            Employee.builder()
                .id(e.id() + "-" + copy)
                .name(e.name() + " (" + copy + ")")
                .role(e.role())
                .positionPercent(e.positionPercent())
                .fullTimeWeeklyHours(e.fullTimeWeeklyHours())
                .contractType(e.contractType())
                .homeUnit(WARD)
                .weekendFrequency(3)
                .acceptsLongShifts(e.acceptsLongShifts())
                .worksNights(e.worksNights())
                .addAllCompetences(e.competences())
                .build());
      }
    }
    String[] extra = {"Kjell Ås", "Randi Hov", "Stein Lid", "Berit Ulv"};
    for (int j = 0; j < wards / 2; j++) {
      staff.add(employee("H" + (11 + j), extra[j], Role.HEALTH_WORKER, 60).build());
    }
    if (wards == 1) {
      return problem();
    }
    String units = wards == 2 ? "two wards" : wards + " wards";
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (StaffingRequirement row : staffingPlan().requirements()) {
      StaffingRequirement.Builder scaled =
          StaffingRequirement.builder()
              .shift(row.shift())
              .days(row.days())
              .addAllRoles(row.roles())
              .addAllCompetences(row.competences())
              .formalHealthEducation(row.formalHealthEducation())
              .minimum(wards * row.minimum());
      row.label().ifPresent(label -> scaled.label(label + " (" + units + ")"));
      plan.addRequirement(scaled.build());
    }
    return problem(staff.build(), plan.build());
  }

  private static Problem problem(ImmutableList<Employee> staff, StaffingPlan plan) {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(START, WEEKS))
        .addAllUnits(units())
        .addAllRoles(Role.STANDARD)
        .addCompetence(Competence.MEDICATION_DELEGATION)
        .addAllEmployees(staff)
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .addShiftType(NIGHT)
        .addShiftType(LONG_DAY)
        .staffingPlan(plan)
        .build();
  }

  private static StaffingRequirement everyone(ShiftType shift, DayKind days, int minimum) {
    return StaffingRequirement.builder().shift(shift.code()).days(days).minimum(minimum).build();
  }

  private static StaffingRequirement nurses(ShiftType shift, DayKind days) {
    return StaffingRequirement.builder()
        .shift(shift.code())
        .days(days)
        .addRole(Role.NURSE.id())
        .minimum(1)
        .label("one nurse")
        .build();
  }

  private static StaffingRequirement educated(ShiftType shift, DayKind days, int minimum) {
    return StaffingRequirement.builder()
        .shift(shift.code())
        .days(days)
        .formalHealthEducation(true)
        .minimum(minimum)
        .label(minimum == 1 ? "one with formal health education" : minimum + " with formal health education")
        .build();
  }

  private static Employee.Builder employee(String id, String name, Role role, double percent) {
    return Employee.builder()
        .contractType(ContractType.PERMANENT)
        .id(id)
        .name(name)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .homeUnit(WARD)
        .weekendFrequency(3);
  }
}
