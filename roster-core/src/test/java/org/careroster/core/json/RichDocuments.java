package org.careroster.core.json;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Competence;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Qualification;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Task;
import org.careroster.core.TaskPermission;
import org.careroster.core.TaskSharingPolicy;
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.careroster.core.VacantShift;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationHistory;
import org.careroster.core.VacationPeriod;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.careroster.core.WorkRecord;

/**
 * A problem, a roster and work records that use every model type and every optional field, for
 * checking the schemas against what {@link RosterJson} writes.
 */
final class RichDocuments {

  static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);

  private RichDocuments() {}

  static Problem problem() {
    RosterJson json = RosterJson.strict();
    // Role and Competence offer no Java setter for the optional display name; JSON does.
    Role wardHost = json.read("{\"id\":\"ward-host\",\"formalHealthEducation\":false,\"name\":\"avdelingsvert\"}", Role.class);
    Competence delegation =
        json.read("{\"id\":\"medication-delegation\",\"name\":\"legemiddelhandtering\"}", Competence.class);
    return Problem.builder()
        .horizon(PlanningHorizon.of(MONDAY, MONDAY.plusDays(6)))
        .addUnit(Unit.builder().id("solbakken").name("Solbakken sjukeheim").kind(UnitKind.SERVICE).build())
        .addUnit(Unit.builder().id("ward-2").name("Avdeling 2").kind(UnitKind.WARD).parent("solbakken").build())
        .addUnit(Unit.builder().id("ward-3").name("Avdeling 3").kind(UnitKind.WARD).parent("solbakken").build())
        .addAllRoles(Role.STANDARD)
        .addRole(wardHost)
        .addCompetence(delegation)
        .addCompetence(Competence.of("shift-lead"))
        .addEmployee(
            Employee.builder()
                .id("E1")
                .name("Kari Nordmann")
                .role(Role.NURSE)
                .addCompetence(Qualification.of("medication-delegation"))
                .addCompetence(Qualification.of("shift-lead").withExpires(LocalDate.of(2027, 6, 30)))
                .positionPercent(100)
                .contractType(ContractType.PERMANENT)
                .fullTimeWeeklyHours(35.5)
                .homeUnit("ward-2")
                .addOtherUnit("ward-3")
                .weekendFrequency(3)
                .acceptsLongShifts(true)
                .worksNights(false)
                .employmentStart(LocalDate.of(2019, 8, 1))
                .build())
        .addEmployee(
            Employee.builder()
                .id("E2")
                .name("Ola Hansen")
                .role(Role.HEALTH_WORKER)
                .positionPercent(62.91)
                .contractType(ContractType.TEMPORARY)
                .fullTimeWeeklyHours(35.5)
                .homeUnit("ward-2")
                .employmentStart(LocalDate.of(2027, 3, 1))
                .employmentEnd(LocalDate.of(2027, 8, 31))
                .mentor("E1")
                .build())
        .addEmployee(
            Employee.builder()
                .id("E3")
                .name("Sara Ali")
                .role("ward-host")
                .positionPercent(0)
                .contractType(ContractType.HOURLY_SUBSTITUTE)
                .fullTimeWeeklyHours(37.5)
                .build())
        .addShiftType(shift("D", LocalTime.of(7, 30), Duration.ofMinutes(450), ShiftCategory.DAY, Duration.ofMinutes(30)))
        .addShiftType(shift("A", LocalTime.of(14, 30), Duration.ofMinutes(450), ShiftCategory.EVENING, Duration.ZERO))
        .addShiftType(shift("N", LocalTime.of(21, 45), Duration.ofHours(10), ShiftCategory.NIGHT, Duration.ZERO))
        .staffingPlan(
            StaffingPlan.builder()
                .addRequirement(
                    StaffingRequirement.builder()
                        .shift("D")
                        .days(DayKind.WEEKDAY)
                        .minimum(2)
                        .preferred(3)
                        .maximum(4)
                        .label("weekday day shift")
                        .build())
                .addRequirement(
                    StaffingRequirement.builder()
                        .shift("D")
                        .days(DayKind.WEEKDAY)
                        .addRole("nurse")
                        .addCompetence("shift-lead")
                        .minimum(1)
                        .build())
                .addRequirement(
                    StaffingRequirement.builder()
                        .shift("A")
                        .days(DayKind.EVERY_DAY)
                        .formalHealthEducation(true)
                        .minimum(1)
                        .build())
                .addRequirement(StaffingRequirement.onDate(MONDAY.plusDays(4), "D", 1))
                .build())
        .addTask(Task.builder().id("medication-round").name("Medisinrunde").addShift("D").addShift("A").build())
        .taskSharing(
            TaskSharingPolicy.builder()
                .addPermission(
                    TaskPermission.builder()
                        .task("medication-round")
                        .addRole("nurse")
                        .addCompetence("medication-delegation")
                        .build())
                .build())
        .addAbsence(
            Absence.builder()
                .employee("E2")
                .kind(AbsenceKind.SICK_LEAVE)
                .from(MONDAY.plusDays(1))
                .to(MONDAY.plusDays(2))
                .degreePercent(50)
                .build())
        .addRequest(
            Request.builder().employee("E1").date(MONDAY.plusDays(5)).kind(RequestKind.OFF).weight(5).build())
        .addRequest(
            Request.builder()
                .employee("E2")
                .date(MONDAY)
                .kind(RequestKind.WORK)
                .shift("A")
                .weight(1)
                .build())
        .addFixedAssignment(Assignment.of("E1", MONDAY, "D").withUnit("ward-2").withOvertime(true))
        .build();
  }

  static Roster roster() {
    return Roster.builder()
        .id("ward-2/2027-w12/v2")
        .previous("ward-2/2027-w12/v1")
        .addAssignment(Assignment.of("E1", MONDAY, "D").withUnit("ward-2").withOvertime(true))
        .addAssignment(Assignment.of("E2", MONDAY, "A"))
        .addVacantShift(
            VacantShift.builder().date(MONDAY.plusDays(1)).shift("N").count(1).role("nurse").unit("ward-2").build())
        .build();
  }

  /** A summer's vacation planning that sets every field, defaults included. */
  static VacationYear vacationYear() {
    LocalDate july5 = LocalDate.of(2027, 7, 5);
    return VacationYear.builder()
        .year(2027)
        .mainFrom(LocalDate.of(2027, 6, 1))
        .mainTo(LocalDate.of(2027, 9, 30))
        .peakFrom(LocalDate.of(2027, 7, 1))
        .peakTo(LocalDate.of(2027, 7, 31))
        .addPeriods(
            VacationPeriod.builder().name("P1").from(LocalDate.of(2027, 6, 14)).weeks(3).build(),
            VacationPeriod.builder().name("P2").from(july5).weeks(3).build())
        .addEntitlements(
            VacationEntitlement.builder().employee("E1").days(30).turnsSixty(false).demandsMainHoliday(true).build(),
            VacationEntitlement.builder().employee("E2").days(36).turnsSixty(true).demandsMainHoliday(false).build())
        .addWishes(
            VacationWish.builder().employee("E1").rank(1).from(july5).weeks(3).must(false).build(),
            VacationWish.builder().employee("E2").rank(1).from(LocalDate.of(2027, 6, 14)).weeks(2).must(true).build())
        .addHistory(VacationHistory.builder().employee("E1").peakWeeks(3).build())
        .decisionDate(LocalDate.of(2027, 3, 31))
        .build();
  }

  /** Scenarios that together use every field, the rich problem's task-sharing policy among them. */
  static ImmutableList<org.careroster.core.Scenario> scenarios() {
    return ImmutableList.of(
        org.careroster.core.Scenario.builder().name("TØRN pilot").weekendEvery(2).rotationWeeks(12).longShifts(true)
            .longShiftConsentPercent(java.math.BigDecimal.valueOf(60)).taskSharing(problem().taskSharing())
            .addRemove("E3")
            .addMerge(org.careroster.core.Scenario.Merge.of("E1", "E2"))
            .addPositions(org.careroster.core.Scenario.Position.of("E1", 100))
            .addAdd(org.careroster.core.Scenario.Heads.of("nurse", 80, 1))
            .addAdd(org.careroster.core.Scenario.Heads.of("health-worker", 75, 2).withAcceptsLongShifts(true))
            .addShiftLengths(org.careroster.core.Scenario.ShiftLength.of("D", java.time.Duration.ofHours(8)))
            .build(),
        org.careroster.core.Scenario.builder().name("no long shifts").longShifts(false).build());
  }

  static ImmutableList<WorkRecord> workRecords() {
    return ImmutableList.of(
        WorkRecord.builder()
            .employee("E2")
            .date(MONDAY)
            .unit("ward-2")
            .ordinary(Duration.ofMinutes(450))
            .extra(Duration.ofHours(2))
            .overtime(Duration.ofMinutes(30))
            .absence(Duration.ZERO)
            .build(),
        WorkRecord.builder().date(MONDAY).unit("ward-3").agency(Duration.ofMinutes(450)).build());
  }

  private static ShiftType shift(
      String code, LocalTime start, Duration duration, ShiftCategory category, Duration paidBreak) {
    return ShiftType.builder()
        .code(code)
        .start(start)
        .duration(duration)
        .category(category)
        .paidBreak(paidBreak)
        .build();
  }
}
