package org.careroster.constraints.replace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.junit.jupiter.api.Test;

class ReplacementAdvisorTest {

  static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  static final LocalDate FRIDAY = MONDAY.plusDays(4);
  static final LocalDate SATURDAY = MONDAY.plusDays(5);
  static final ShiftType DAY = shift("D", LocalTime.of(7, 30), 450, ShiftCategory.DAY);
  static final ShiftType EVENING = shift("A", LocalTime.of(14, 30), 450, ShiftCategory.EVENING);
  static final RuleSet LAW = RuleSets.workingEnvironmentAct();

  static ShiftType shift(String code, LocalTime start, int minutes, ShiftCategory category) {
    return ShiftType.builder().code(code).start(start).duration(Duration.ofMinutes(minutes)).category(category).build();
  }

  static Employee.Builder employee(String id, double percent) {
    return Employee.builder().id(id).name("Name " + id).role(Role.HEALTH_WORKER).positionPercent(percent)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT);
  }

  /**
   * Two weeks from Monday 4 January 2027, two wards (staff without a home unit work in ward-2, the
   * only home unit given), D and A, one person needed on every D.
   */
  static Problem ward(Employee... staff) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(MONDAY, 14))
        .addAllRoles(Role.STANDARD)
        .addUnit(Unit.builder().id("ward-2").name("Ward 2").kind(UnitKind.WARD).build())
        .addUnit(Unit.builder().id("ward-3").name("Ward 3").kind(UnitKind.WARD).build())
        .addAllEmployees(ImmutableList.copyOf(staff))
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(org.careroster.core.DayKind.EVERY_DAY).minimum(1).build())
            .build())
        .build();
  }

  /** {@code employee} on D from Monday for {@code days} days. */
  static List<Assignment> days(String employee, int days) {
    List<Assignment> result = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      result.add(Assignment.of(employee, MONDAY.plusDays(d), "D"));
    }
    return result;
  }

  static Roster roster(List<Assignment> assignments) {
    return Roster.of(assignments);
  }

  @Test
  void advise_partTimerAndFullTimerFree_partTimerFirstAtOrdinaryPay() {
    Problem problem = ward(employee("F", 100).build(), employee("P", 50).build(), employee("W", 100).build());
    // W works Monday to Thursday; F and P have worked two days each; Friday's D is vacant.
    List<Assignment> all = new ArrayList<>(days("W", 4));
    all.add(Assignment.of("F", MONDAY, "A"));
    all.add(Assignment.of("P", MONDAY.plusDays(1), "A"));
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster(all), Vacancy.of(FRIDAY, "D"));

    Candidate first = advice.candidates().get(0);
    assertEquals(Optional.of("P"), first.employee());
    assertEquals(PayTier.EXTRA_HOURS, first.tier());
    assertFalse(first.createsLawOvertime());
    assertFalse(first.createsTariffOvertime());
    assertEquals(new BigDecimal("7.50"), first.cost().total());
    assertEquals(Duration.ofMinutes(450), first.hoursAdded());
    assertEquals(1, first.rank());
    assertTrue(first.stillUnmet().isEmpty());
  }

  @Test
  void advise_noPartTimerFree_overtimeWithFiftyPercentSupplement() {
    // F has worked Monday to Thursday (30 h); the part-timer is on leave on Friday.
    Problem problem = ward(employee("F", 100).build(), employee("P", 50).build())
        .withAbsences(List.of(Absence.builder().employee("P").kind(AbsenceKind.LEAVE).from(FRIDAY).to(FRIDAY).build()));
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster(days("F", 4)), Vacancy.of(FRIDAY, "D"));

    Candidate overtime = advice.best().orElseThrow();
    assertEquals(Optional.of("F"), overtime.employee());
    assertEquals(PayTier.OVERTIME, overtime.tier());
    assertTrue(overtime.createsTariffOvertime());
    assertFalse(overtime.createsLawOvertime(), "37.5 h stays within the law's 40 h week");
    assertEquals(Duration.ofMinutes(450), overtime.tariffOvertime());
    assertEquals(new BigDecimal("7.50"), overtime.cost().pay());
    assertEquals(new BigDecimal("3.75"), overtime.cost().supplement());
    assertEquals(new BigDecimal("11.25"), overtime.cost().total());
    assertEquals("availability", advice.exclusion("P").orElseThrow().violations().get(0).ruleId());
  }

  @Test
  void advise_fullTimerBeyondFortyHours_createsLawOvertimeMarkedOnTheAssignment() {
    Problem problem = ward(employee("F", 100).build());
    // 37.5 h on Monday to Wednesday, Friday and Sunday (Thursday off keeps the 35 h weekly rest);
    // Saturday's D takes the week to 45 h: 5 h beyond the law's 40 h.
    List<Assignment> week = new ArrayList<>();
    for (int d : new int[] {0, 1, 2, 4, 6}) {
      week.add(Assignment.of("F", MONDAY.plusDays(d), "D"));
    }
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster(week), Vacancy.of(SATURDAY, "D"));

    Candidate f = advice.candidate("F").orElseThrow(() -> new AssertionError(advice.excluded()));
    assertEquals(Duration.ofHours(5), f.lawOvertime());
    assertTrue(f.assignment().orElseThrow().overtime(), "counts towards the overtime caps");
    // Saturday is in the raised window: 7.5 h at 100 %.
    assertEquals(Duration.ofMinutes(450), f.raisedOvertime());
    assertEquals(new BigDecimal("15.00"), f.cost().total());
  }

  @Test
  void advise_eveningOvertime_hoursAfterEightPmAtTheRaisedRate() {
    Problem problem = ward(employee("F", 100).build());
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster(days("F", 3)), Vacancy.of(FRIDAY, "A"));

    Candidate f = advice.candidate("F").orElseThrow(() -> new AssertionError(advice.excluded()));
    // A 14:30–22:00: 5.5 h at 50 % and 2 h (20:00–22:00) at 100 %.
    assertEquals(Duration.ofHours(2), f.raisedOvertime());
    assertEquals(new BigDecimal("4.75"), f.cost().supplement());
    assertEquals(new BigDecimal("12.25"), f.cost().total());
  }

  @Test
  void advise_partTimerBeyondAFullTimeWeek_tariffOvertimeForTheHoursAbove() {
    Problem problem = ward(employee("P", 80).build());
    // 30 h Monday to Thursday; Friday adds 7.5 h: 2 h beyond the 35.5 h full-time week.
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster(days("P", 4)), Vacancy.of(FRIDAY, "A"));

    Candidate p = advice.candidate("P").orElseThrow();
    assertEquals(PayTier.OVERTIME, p.tier());
    assertEquals(Duration.ofHours(2), p.tariffOvertime());
    assertFalse(p.createsLawOvertime());
    // The last 2 h of A (20:00–22:00) are the overtime, all in the raised window.
    assertEquals(Duration.ofHours(2), p.raisedOvertime());
    assertEquals(new BigDecimal("9.50"), p.cost().total());

    ReplacementAdvice weekly = new ReplacementAdvisor(LAW, CostModel.builder().tariffWeekly(false).build())
        .advise(problem, roster(days("P", 4)), Vacancy.of(FRIDAY, "A"));
    assertEquals(PayTier.EXTRA_HOURS, weekly.candidate("P").orElseThrow().tier());
  }

  @Test
  void advise_staffFromAnotherUnit_afterOvertimeAndWorkingInTheVacantUnit() {
    Problem problem = ward(
        employee("F", 100).homeUnit("ward-2").build(),
        employee("X", 50).homeUnit("ward-3").addOtherUnit("ward-2").build(),
        employee("Y", 50).homeUnit("ward-3").build(),
        employee("Z", 50).homeUnit("ward-2").build(),
        employee("W", 50).homeUnit("ward-2").build());
    // W is on the shift already; ward-2 is the home unit of most staff.
    RuleSet rules = LAW.with(Rules.unitEligibility());
    ReplacementAdvice advice = new ReplacementAdvisor(rules)
        .advise(problem, roster(List.of(Assignment.of("W", FRIDAY, "D"))), Vacancy.of(FRIDAY, "D"));

    assertEquals(Optional.of("ward-2"), advice.unit(), "the home unit of most staff");
    List<String> order = advice.candidates().stream().map(c -> c.employee().orElse("agency")).toList();
    assertEquals(List.of("Z", "F", "X", "agency"), order);
    Candidate x = advice.candidate("X").orElseThrow();
    assertEquals(PayTier.OTHER_UNIT, x.tier());
    assertEquals(Optional.of("ward-2"), x.assignment().orElseThrow().unit());
    Exclusion y = advice.exclusion("Y").orElseThrow();
    assertEquals(List.of("unit-eligibility"), y.violations().stream().map(Violation::ruleId).toList());
  }

  @Test
  void advise_agency_alwaysLastAtTheAgencyRate() {
    Problem problem = ward(employee("P", 50).build());
    ReplacementAdvice advice = new ReplacementAdvisor(LAW, CostModel.builder().agencyPercent(250).build())
        .advise(problem, roster(List.of()), Vacancy.of(FRIDAY, "D"));
    Candidate agency = advice.candidates().get(advice.candidates().size() - 1);
    assertTrue(agency.isAgency());
    assertEquals(PayTier.AGENCY, agency.tier());
    assertEquals(new BigDecimal("18.75"), agency.cost().total());
    assertTrue(agency.employee().isEmpty() && agency.roster().isEmpty());
  }

  @Test
  void advise_shortRest_excludedWithTheDailyRestViolation() {
    Problem problem = ward(employee("E", 50).build(), employee("P", 50).build());
    // E works A on Thursday (ends 22:00): Friday's D at 07:30 leaves 9 h 30 min of rest.
    Roster roster = roster(List.of(Assignment.of("E", FRIDAY.minusDays(1), "A")));
    ReplacementAdvice advice = new ReplacementAdvisor(LAW).advise(problem, roster, Vacancy.of(FRIDAY, "D"));

    assertTrue(advice.candidate("E").isEmpty());
    Exclusion e = advice.exclusion("E").orElseThrow();
    assertEquals("daily-rest", e.violations().get(0).ruleId());
    assertTrue(e.reason().startsWith("would break daily-rest"), e.reason());
    assertTrue(advice.candidate("P").isPresent());
  }

  @Test
  void advise_shiftAlreadyStaffed_listsWhoWorksItAsExcluded() {
    Problem problem = ward(employee("E", 50).build(), employee("P", 50).build());
    ReplacementAdvice advice = new ReplacementAdvisor(LAW)
        .advise(problem, roster(List.of(Assignment.of("E", FRIDAY, "D"))), Vacancy.of(FRIDAY, "D"));
    assertTrue(advice.unmet().isEmpty());
    assertEquals("already works D on 2027-01-08", advice.exclusion("E").orElseThrow().reason());
  }

  @Test
  void advise_unknownShiftOrDateOutsideHorizon_throwsNamingTheValue() {
    Problem problem = ward(employee("P", 50).build());
    ReplacementAdvisor advisor = new ReplacementAdvisor(LAW);
    InvalidModelException shift = assertThrows(InvalidModelException.class,
        () -> advisor.advise(problem, roster(List.of()), Vacancy.of(FRIDAY, "N")));
    assertTrue(shift.getMessage().contains("\"N\"") && shift.getMessage().contains("[D, A]"), shift.getMessage());
    InvalidModelException date = assertThrows(InvalidModelException.class,
        () -> advisor.advise(problem, roster(List.of()), Vacancy.of(MONDAY.plusDays(30), "D")));
    assertTrue(date.getMessage().contains("2027-02-03"), date.getMessage());
  }

  @Test
  void advise_ruleSetWithoutAvailability_stillLeavesTheAbsentOut() {
    Problem problem = ward(employee("S", 50).build(), employee("P", 50).build())
        .withAbsences(List.of(Absence.builder().employee("S").kind(AbsenceKind.SICK_LEAVE).from(FRIDAY).to(FRIDAY).build()));
    ReplacementAdvisor advisor = new ReplacementAdvisor(RuleSets.basic());
    ReplacementAdvice advice = advisor.advise(problem, roster(List.of()), Vacancy.of(FRIDAY, "D"));

    assertTrue(advisor.rules().rule("availability").isPresent());
    assertEquals("availability", advice.exclusion("S").orElseThrow().violations().get(0).ruleId());
    assertEquals(Optional.of("P"), advice.best().orElseThrow(() -> new AssertionError(advice.excluded())).employee());
  }

  @Test
  void costModel_raisedSupplementBelowOrdinary_rejectedNamingTheField() {
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> CostModel.builder().overtimeSupplementPercent(60).raisedSupplementPercent(50).build());
    assertEquals("raisedSupplementPercent", e.path());
  }
}
