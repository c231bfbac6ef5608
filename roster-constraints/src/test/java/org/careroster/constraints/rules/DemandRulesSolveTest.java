package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.careroster.constraints.rules.DemandRuleFixtures.request;
import static org.careroster.constraints.rules.DemandRuleFixtures.row;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.hardBasic;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.onDays;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.solve;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.solvedKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.Task;
import org.careroster.core.TaskSharingPolicy;
import org.junit.jupiter.api.Test;

/**
 * The solver encodings of the cover, task-sharing, mentoring, eligibility, request and fairness
 * rules agree with their checks.
 */
class DemandRulesSolveTest {

  private static LocalDate day(int d) {
    return MONDAY.plusDays(d);
  }

  private static Score score(Problem problem, RuleSet rules) {
    SolveResult result = solve(problem, rules);
    assertTrue(result.roster().isPresent(), () -> "no roster: " + result.status());
    return new Score(result.report().orElseThrow().softPenalty(), result.roster().get());
  }

  private record Score(long penalty, Roster roster) {}

  // preferred-cover

  private static Problem preferThree(Employee... staff) {
    return ward(1, staff).staffingPlan(StaffingPlan.builder().addRequirement(row(MONDAY, "D", 1).preferred(3).build()).build()).build();
  }

  @Test
  void post_preferredCover_fillsPreferredNumber() {
    Problem problem = preferThree(employee("E1", 100), employee("E2", 100), employee("E3", 100));
    Rule rule = Rules.preferredCover();
    // The minimum alone is lawful but breaks the preference, so the solve below must do more.
    Roster minimumOnly = Roster.of(com.google.common.collect.ImmutableList.of(org.careroster.core.Assignment.of("E1", MONDAY, "D")));
    assertTrue(RosterValidator.validate(problem, minimumOnly, hardBasic()).isFeasible());
    assertFalse(rule.check(problem, minimumOnly).isEmpty());
    Score score = score(problem, hardBasic(rule));
    assertEquals(0, score.penalty());
    assertEquals(3, score.roster().count(MONDAY, "D"));
  }

  @Test
  void post_preferredCoverTwoPeople_costsOneOrIsInfeasibleWhenHard() {
    Problem problem = preferThree(employee("E1", 100), employee("E2", 100));
    assertEquals(4, score(problem, hardBasic(Rules.preferredCover().withSeverity(Severity.soft(4)))).penalty());
    assertEquals(
        SolveStatus.INFEASIBLE,
        solve(problem, hardBasic(Rules.preferredCover().withSeverity(Severity.HARD))).status());
  }

  // maximum-cover

  /** E1 and E2 both wish to work D on Monday, where at most one is wanted. */
  private static Problem bothWishMonday(int weight) {
    return ward(1, employee("E1", 100), employee("E2", 100))
        .staffingPlan(StaffingPlan.builder().addRequirement(row(MONDAY, "D", 1).maximum(1).build()).build())
        .addRequest(request("E1", MONDAY, RequestKind.WORK, weight).shift("D").build())
        .addRequest(request("E2", MONDAY, RequestKind.WORK, weight).shift("D").build())
        .build();
  }

  @Test
  void post_maximumCover_outweighsAWish() {
    Problem problem = bothWishMonday(1);
    Rule rule = Rules.maximumCover();
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic(Rules.requests()));
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    Score score = score(problem, hardBasic(Rules.requests(), rule));
    assertEquals(1, score.penalty()); // one broken wish rather than 10 for one person too many
    assertEquals(1, score.roster().count(MONDAY, "D"));
    // Wishes weighing 20 are worth the extra person (cost 10).
    assertEquals(10, score(bothWishMonday(20), hardBasic(Rules.requests(), rule)).penalty());
  }

  @Test
  void post_hardMaximumWithHardWishes_isInfeasible() {
    RuleSet rules =
        hardBasic(Rules.requests().withSeverity(Severity.HARD), Rules.maximumCover().withSeverity(Severity.HARD));
    assertEquals(SolveStatus.INFEASIBLE, solve(bothWishMonday(1), rules).status());
  }

  // task-sharing

  private static final Task MEDICATION =
      Task.builder().id("medication-round").name("Medisinrunde").addShift("D").build();

  private static Problem medication(int days, Employee... staff) {
    return ward(days, staff)
        .addTask(MEDICATION)
        .taskSharing(TaskSharingPolicy.empty().allowRole("medication-round", "nurse"))
        .staffingPlan(SequenceRulesSolveTest.everyDay("D", 1))
        .build();
  }

  @Test
  void post_taskSharing_putsANurseOnEveryD() {
    Problem problem = medication(3, employee("E1", 100), person("N1", 20, Role.NURSE).build());
    Rule rule = Rules.taskSharingCover();
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    Roster roster = solvedKeeping(problem, hardBasic(rule), rule);
    for (int d = 0; d < 3; d++) {
      assertTrue(roster.assignments().contains(Fixtures.on("N1", day(d), "D")), roster::toString);
    }
  }

  @Test
  void post_taskSharingWithoutNurse_isInfeasibleOrCostsEachSlot() {
    Problem problem = medication(2, employee("E1", 100));
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.taskSharingCover())).status());
    Rule soft = Rules.taskSharingCover().withSeverity(Severity.soft(3));
    assertEquals(6, score(problem, hardBasic(soft)).penalty());
  }

  // mentoring

  @Test
  void post_mentoring_pairsFirstShiftsWithMentor() {
    Problem problem =
        ward(4, person("T", 100).mentor("M").build(), person("M", 30).build())
            .staffingPlan(SequenceRulesSolveTest.everyDay("D", 1))
            .build();
    Rule rule = Rules.mentoring(2);
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_mentorNotEmployed_isInfeasible() {
    Problem problem =
        ward(3, person("T", 100).mentor("M").build(), person("M", 100).employmentStart(day(5)).build())
            .staffingPlan(onDays("D", 1, 1))
            .build();
    RuleSet rules = hardBasic(Rules.availability());
    assertTrue(solve(problem, rules).roster().isPresent());
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, rules.with(Rules.mentoring(1))).status());
    assertEquals(
        1, score(problem, rules.with(Rules.mentoring(1).withSeverity(Severity.soft(1)))).penalty());
  }

  @Test
  void post_mentoringFromEmploymentStart_ignoresEarlierShifts() {
    // T starts on Wednesday; their Monday shift (breaking availability, soft here) does not count.
    Problem problem =
        ward(3, person("T", 100).mentor("M").employmentStart(day(2)).build(), person("M", 100).build())
            .staffingPlan(SequenceRulesSolveTest.everyDay("D", 1))
            .addRequest(request("T", day(0), RequestKind.WORK, 1).build())
            .addRequest(request("T", day(2), RequestKind.WORK, 1).shift("D").build())
            .build();
    RuleSet rules =
        hardBasic(Rules.requests().withSeverity(Severity.HARD), Rules.mentoring(1));
    Roster roster = SolveFixtures.solveLawfully(problem, rules);
    assertTrue(roster.assignments().contains(Fixtures.on("M", day(2), "D")), roster::toString);
  }

  // availability, unit and night eligibility

  private static Absence sick(String employee, int from, int to) {
    return Absence.builder()
        .employee(employee)
        .kind(AbsenceKind.SICK_LEAVE)
        .from(day(from))
        .to(day(to))
        .degreePercent(100)
        .build();
  }

  @Test
  void post_availability_keepsAbsentAndUnemployedOff() {
    Problem problem =
        ward(5, employee("E1", 100), person("E2", 20).employmentEnd(day(3)).build())
            .staffingPlan(SequenceRulesSolveTest.everyDay("D", 1))
            .addAbsence(sick("E1", 0, 2))
            .build();
    Rule rule = Rules.availability();
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule, Rules.unitEligibility()), rule);
  }

  @Test
  void post_onlyPersonAbsent_isInfeasibleOrCostsEachShift() {
    Problem problem =
        ward(3, employee("E1", 100))
            .staffingPlan(SequenceRulesSolveTest.everyDay("D", 1))
            .addAbsence(sick("E1", 1, 2))
            .build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.availability())).status());
    assertEquals(2, score(problem, hardBasic(Rules.availability().withSeverity(Severity.soft(1)))).penalty());
  }

  @Test
  void post_nightEligibility_keepsExemptOffNights() {
    Problem problem =
        ward(3, person("E1", 100).worksNights(false).build(), employee("E2", 20))
            .staffingPlan(SequenceRulesSolveTest.everyDay("N", 1))
            .build();
    Rule rule = Rules.nightEligibility();
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
    Problem onlyExempt =
        ward(2, person("E1", 100).worksNights(false).build()).staffingPlan(onDays("N", 1, 1)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(onlyExempt, hardBasic(rule)).status());
    assertEquals(
        2, score(onlyExempt, hardBasic(Rules.nightEligibility().withSeverity(Severity.soft(2)))).penalty());
  }

  // requests

  @Test
  void post_requestOff_isGranted() {
    Problem problem =
        ward(2, employee("E1", 100), employee("E2", 20))
            .staffingPlan(onDays("D", 1, 0))
            .addRequest(request("E1", MONDAY, RequestKind.OFF, 5).build())
            .addRequest(request("E2", day(1), RequestKind.WORK, 2).shift("N").build())
            .build();
    Rule rule = Rules.requests();
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    Score score = score(problem, hardBasic(rule));
    assertEquals(0, score.penalty());
    assertTrue(score.roster().assignments().contains(Fixtures.on("E2", day(1), "N")));
  }

  @Test
  void post_requestAgainstCover_costsItsWeightOrIsInfeasibleWhenHard() {
    Problem problem =
        ward(1, employee("E1", 100))
            .staffingPlan(onDays("D", 1, 0))
            .addRequest(request("E1", MONDAY, RequestKind.OFF, 5).shift("D").build())
            .build();
    assertEquals(10, score(problem, hardBasic(Rules.requests().withSeverity(Severity.soft(2)))).penalty());
    assertEquals(
        SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.requests().withSeverity(Severity.HARD))).status());
  }

  // fairness

  /** Exactly one on N every day (maximum cover is hard); E1 wishes to work all of them. */
  private static Problem nightsWanted(int days) {
    StaffingPlan.Builder plan = StaffingPlan.builder();
    Problem.Builder problem = ward(days, employee("E1", 100), employee("E2", 100));
    for (int d = 0; d < days; d++) {
      plan.addRequirement(row(day(d), "N", 1).maximum(1).build());
      problem.addRequest(request("E1", day(d), RequestKind.WORK, 1).shift("N").build());
    }
    return problem.staffingPlan(plan.build()).build();
  }

  private static final Rule HARD_MAXIMUM = Rules.maximumCover().withSeverity(Severity.HARD);

  @Test
  void post_fairNights_outweighWishes() {
    Problem problem = nightsWanted(6);
    Rule rule = Rules.fairness(FairnessMeasure.NIGHTS).withSeverity(Severity.soft(2));
    Roster withoutRule = score(problem, hardBasic(HARD_MAXIMUM, Rules.requests())).roster();
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    // E1 takes the 3 nights of their fair share; the other 3 wishes are broken.
    assertEquals(3, score(problem, hardBasic(HARD_MAXIMUM, Rules.requests(), rule)).penalty());
  }

  @Test
  void post_hardFairnessAgainstHardWishes_isInfeasible() {
    RuleSet rules =
        hardBasic(
            HARD_MAXIMUM,
            Rules.requests().withSeverity(Severity.HARD),
            Rules.fairness(FairnessMeasure.NIGHTS).withSeverity(Severity.HARD));
    assertEquals(SolveStatus.INFEASIBLE, solve(nightsWanted(4), rules).status());
  }

  /**
   * A 2-week rotation with D as the only shift: exactly one person on both Saturdays (maximum
   * cover is hard), both absent on Sundays; E1 wishes both Saturdays.
   */
  private static Problem weekendsWanted(double secondPercent) {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(MONDAY, 2))
        .addAllRoles(Role.STANDARD)
        .addEmployees(employee("E1", 100), employee("E2", secondPercent))
        .addShiftType(Fixtures.DAY)
        .staffingPlan(
            StaffingPlan.builder()
                .addRequirement(row(day(5), "D", 1).maximum(1).build())
                .addRequirement(row(day(12), "D", 1).maximum(1).build())
                .build())
        .addAbsence(sick("E1", 6, 6))
        .addAbsence(sick("E2", 6, 6))
        .addAbsence(sick("E1", 13, 13))
        .addAbsence(sick("E2", 13, 13))
        .addRequest(request("E1", day(5), RequestKind.WORK, 1).build())
        .addRequest(request("E1", day(12), RequestKind.WORK, 1).build())
        .build();
  }

  @Test
  void post_fairWeekends_shareThemByPosition() {
    Rule rule = Rules.fairness(FairnessMeasure.WEEKENDS).withSeverity(Severity.soft(5));
    RuleSet rules = hardBasic(HARD_MAXIMUM, Rules.availability(), Rules.requests(), rule);
    // Shares of 2 weekends: E1 1.33 → 2, E2 0.67 → 1, so E1 may have both.
    assertEquals(0, score(weekendsWanted(50), rules).penalty());
    // Equal positions: 1 each; one wish is broken rather than 5 for fairness.
    assertEquals(1, score(weekendsWanted(100), rules).penalty());
  }
}
