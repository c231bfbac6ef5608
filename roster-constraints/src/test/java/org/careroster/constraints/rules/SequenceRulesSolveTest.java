package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;

/** The solver encodings of the sequence rules agree with their checks. */
class SequenceRulesSolveTest {

  private static final RosterSolver SOLVER = new RosterSolver();

  static SolveResult solve(Problem problem, RuleSet rules) {
    return SOLVER.solve(problem, rules, SolveFixtures.options());
  }

  /** Basic rules without contract hours: only cover and rest drive the roster. */
  static RuleSet hardBasic(Rule... rules) {
    RuleSet set = RuleSets.basic().without(ContractHours.ID);
    for (Rule rule : rules) {
      set = set.with(rule);
    }
    return set;
  }

  static StaffingPlan everyDay(String shift, int minimum) {
    return StaffingPlan.builder()
        .addRequirement(
            StaffingRequirement.builder().shift(shift).days(DayKind.EVERY_DAY).minimum(minimum).build())
        .build();
  }

  static StaffingPlan onDays(String shift, int minimum, int... days) {
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (int d : days) {
      plan.addRequirement(StaffingRequirement.onDate(MONDAY.plusDays(d), shift, minimum));
    }
    return plan.build();
  }

  static Problem cyclic(int weeks, StaffingPlan plan, Employee... staff) {
    return SequenceRuleFixtures.cyclicWard(weeks, staff).staffingPlan(plan).build();
  }

  /** Asserts the rule's check finds nothing in the solved roster and returns it. */
  static Roster solvedKeeping(Problem problem, RuleSet rules, Rule rule) {
    Roster roster = SolveFixtures.solveLawfully(problem, rules);
    assertEquals(List.of(), rule.check(problem, roster));
    return roster;
  }

  // consecutive-nights

  @Test
  void post_nightsEveryDayTwoPeople_splitsRunsWithinMaximum() {
    Problem problem = ward(7, employee("E1", 100), employee("E2", 20)).staffingPlan(everyDay("N", 1)).build();
    Rule rule = Rules.consecutiveNights(3);
    // Without the rule nothing stops four nights in a row (pinned, so the search order cannot
    // hide it); with it, the same pins are infeasible and the free solve splits the runs.
    SolverOptions.Builder fourNights = SolverOptions.builder().maxNodes(20_000).seed(1);
    for (int d = 0; d < 4; d++) {
      fourNights.addPinned(org.careroster.core.Assignment.of("E1", MONDAY.plusDays(d), "N"));
    }
    Roster withoutRule =
        new RosterSolver().solve(problem, hardBasic(), fourNights.build()).roster().orElseThrow();
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    assertEquals(
        SolveStatus.INFEASIBLE, new RosterSolver().solve(problem, hardBasic(rule), fourNights.build()).status());
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_sixNightsForOnePerson_isInfeasible() {
    Problem problem = ward(6, employee("E1", 100)).staffingPlan(everyDay("N", 1)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.consecutiveNights(5))).status());
    assertTrue(solve(problem, hardBasic(Rules.consecutiveNights(6))).roster().isPresent());
  }

  @Test
  void post_cyclicRunAcrossWrap_isForbidden() {
    // Nights Thursday to Sunday and Monday: a run of 5 across the end of the rotation.
    Problem problem = cyclic(1, onDays("N", 1, 0, 3, 4, 5, 6), employee("E1", 100));
    assertTrue(solve(problem, hardBasic()).roster().isPresent());
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.consecutiveNights(4))).status());
  }

  @Test
  void post_cyclicEveryDayWithLargeMaximum_excludesEndlessRun() {
    Problem problem = cyclic(1, everyDay("N", 1), employee("E1", 100));
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.consecutiveNights(8))).status());
  }

  @Test
  void post_softNights_penaltyEqualsValidator() {
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(everyDay("N", 1)).build();
    Rule rule = Rules.consecutiveNights(4).withSeverity(Severity.soft(3));
    SolveResult result = solve(problem, hardBasic(rule));
    // 7 nights in a row: 3 too many, weight 3 (RosterSolver checks objective = validator).
    assertEquals(9, result.report().orElseThrow().softPenalty());
  }

  @Test
  void post_softCyclicEndlessNights_costsRotationLength() {
    Problem problem = cyclic(1, everyDay("N", 1), employee("E1", 100));
    Rule rule = Rules.consecutiveNights(10).withSeverity(Severity.soft(1));
    assertEquals(7, solve(problem, hardBasic(rule)).report().orElseThrow().softPenalty());
  }

  // consecutive-working-days

  @Test
  void post_workEveryDayTwoPeople_keepsMaximum() {
    StaffingPlan plan = everyDay("D", 1);
    Problem problem = ward(14, employee("E1", 100), employee("E2", 20)).staffingPlan(plan).build();
    Rule rule = Rules.consecutiveWorkingDays(4);
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_cyclicWorkAcrossWrap_isInfeasibleAboveMaximum() {
    // Work Friday to Monday (4 days across the wrap) with a maximum of 3.
    Problem problem = cyclic(1, onDays("D", 1, 0, 4, 5, 6), employee("E1", 100));
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.consecutiveWorkingDays(3))).status());
    assertTrue(solve(problem, hardBasic(Rules.consecutiveWorkingDays(4))).roster().isPresent());
  }

  @Test
  void post_softWorkingDays_penaltyEqualsValidator() {
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(onDays("D", 1, 0, 1, 2, 3, 4, 5)).build();
    Rule rule = Rules.consecutiveWorkingDays(4).withSeverity(Severity.soft(2));
    assertEquals(4, solve(problem, hardBasic(rule)).report().orElseThrow().softPenalty());
  }

  // consecutive-days-off

  @Test
  void post_singleDayOffBetweenWork_isAvoided() {
    // E1 or E2 must work D on Monday, Wednesday and Friday; a minimum of 2 days off forbids one
    // person doing Monday and Wednesday.
    Problem problem =
        ward(5, employee("E1", 100), employee("E2", 20)).staffingPlan(onDays("D", 1, 0, 2, 4)).build();
    Rule rule = Rules.consecutiveDaysOff(2);
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_onePersonMondayWednesday_isInfeasible() {
    // At most 1 working day in a row keeps Tuesday off, so Monday and Wednesday enclose 1 day off.
    Problem problem = ward(5, employee("E1", 100)).staffingPlan(onDays("D", 1, 0, 2)).build();
    Rule single = Rules.consecutiveWorkingDays(1);
    assertTrue(solve(problem, hardBasic(single)).roster().isPresent());
    assertEquals(
        SolveStatus.INFEASIBLE, solve(problem, hardBasic(single, Rules.consecutiveDaysOff(2))).status());
    // Runs at the edges of a calendar plan are not judged: Monday alone is fine.
    Problem edge = ward(5, employee("E1", 100)).staffingPlan(onDays("D", 1, 1)).build();
    solvedKeeping(edge, hardBasic(Rules.consecutiveDaysOff(3)), Rules.consecutiveDaysOff(3));
  }

  @Test
  void post_cyclicShortBreakAcrossWrap_isInfeasible() {
    // Work Monday and Saturday of a one-week rotation: Sunday alone is off between them.
    // With at most 1 working day in a row, Monday and Saturday are separate runs of work.
    Problem problem = cyclic(1, onDays("D", 1, 0, 5), employee("E1", 100));
    Rule single = Rules.consecutiveWorkingDays(1);
    assertEquals(
        SolveStatus.INFEASIBLE, solve(problem, hardBasic(single, Rules.consecutiveDaysOff(2))).status());
    assertTrue(solve(problem, hardBasic(single, Rules.consecutiveDaysOff(1))).roster().isPresent());
  }

  @Test
  void post_softDaysOff_penaltyEqualsValidator() {
    // Work Monday, Wednesday, Friday: two runs of 1 day off, each 2 short of 3.
    Problem problem = ward(5, employee("E1", 100)).staffingPlan(onDays("D", 1, 0, 2, 4)).build();
    Rule rule = Rules.consecutiveDaysOff(3).withSeverity(Severity.soft(1));
    RuleSet rules = hardBasic(Rules.consecutiveWorkingDays(1), rule);
    assertEquals(4, solve(problem, rules).report().orElseThrow().softPenalty());
  }

  // forbidden-successions

  @Test
  void post_forbiddenDThenA_isAvoided() {
    // D and A every day, three people taking turns: rest already forbids A then D.
    Problem problem =
        ward(7, employee("E1", 100), employee("E2", 100), employee("E3", 60))
            .staffingPlan(
                StaffingPlan.builder()
                    .addAllRequirements(everyDay("D", 1).requirements())
                    .addAllRequirements(everyDay("A", 1).requirements())
                    .build())
            .build();
    Rule rule = Rules.forbiddenSuccessions(Succession.of("D", "A"));
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_cyclicSuccessionAcrossWrap_isInfeasible() {
    // One person on D Sunday and A Monday: in a rotation Sunday D is followed by Monday A.
    Problem problem =
        SequenceRuleFixtures.cyclicWard(1, employee("E1", 100))
            .staffingPlan(
                StaffingPlan.builder()
                    .addAllRequirements(onDays("D", 1, 6).requirements())
                    .addAllRequirements(onDays("A", 1, 0).requirements())
                    .build())
            .build();
    Rule rule = Rules.forbiddenSuccessions(Succession.of("D", "A"));
    assertTrue(solve(problem, hardBasic()).roster().isPresent());
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(rule)).status());
  }

  @Test
  void post_softSuccessions_penaltyEqualsValidator() {
    Problem problem =
        ward(3, employee("E1", 100))
            .staffingPlan(
                StaffingPlan.builder()
                    .addAllRequirements(onDays("D", 1, 0).requirements())
                    .addAllRequirements(onDays("A", 1, 1).requirements())
                    .addAllRequirements(onDays("N", 1, 2).requirements())
                    .build())
            .build();
    Rule rule = ForbiddenSuccessions.builder()
        .addSuccessions(Succession.of("D", "A"), Succession.of("A", "N"))
        .severity(Severity.soft(5))
        .build();
    assertEquals(10, solve(problem, hardBasic(rule)).report().orElseThrow().softPenalty());
  }
}
