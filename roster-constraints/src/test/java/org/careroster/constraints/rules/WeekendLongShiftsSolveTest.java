package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.hardBasic;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.onDays;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.solve;
import static org.careroster.constraints.rules.SequenceRulesSolveTest.solvedKeeping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.internal.Weekends;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.junit.jupiter.api.Test;

/** The solver encodings of weekend frequency and long shifts agree with their checks. */
class WeekendLongShiftsSolveTest {

  /** A long day, 08:00 for 12 h 30 min. */
  private static final ShiftType LONG_DAY = Fixtures.shift("LD", 8, 0, 750);

  private static StaffingPlan plan(StaffingPlan... parts) {
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (StaffingPlan part : parts) {
      plan.addAllRequirements(part.requirements());
    }
    return plan.build();
  }

  private static Employee person(String id, double percent, boolean acceptsLongShifts) {
    return DemandRuleFixtures.person(id, percent).acceptsLongShifts(acceptsLongShifts).build();
  }

  // weekend-frequency

  @Test
  void post_weekendsOfThreeWeeks_shareThemOut() {
    Problem problem =
        ward(21, employee("E1", 100), employee("E2", 20), employee("E3", 20))
            .staffingPlan(onDays("D", 1, 5, 6, 12, 13, 19, 20))
            .build();
    Rule rule = Rules.weekendFrequency(3);
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    solvedKeeping(problem, hardBasic(rule), rule);
  }

  @Test
  void post_threeWeekendsTwoPeople_isInfeasible() {
    Problem problem =
        ward(21, employee("E1", 100), employee("E2", 100)).staffingPlan(onDays("D", 1, 5, 12, 19)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.weekendFrequency(3))).status());
    assertTrue(solve(problem, hardBasic(Rules.weekendFrequency(2))).roster().isPresent());
  }

  @Test
  void post_ownFrequency_overridesRule() {
    Problem problem =
        ward(21, DemandRuleFixtures.person("E1", 100).weekendFrequency(1).build())
            .staffingPlan(onDays("D", 1, 5, 12, 19))
            .build();
    solvedKeeping(problem, hardBasic(Rules.weekendFrequency(3)), Rules.weekendFrequency(3));
  }

  @Test
  void post_fridayNightTouchesSaturday_countsAsWeekend() {
    // N on Friday of week 1 ends Saturday morning; D on Saturday of week 2: weekends 1 week apart.
    Problem problem =
        ward(14, employee("E1", 100)).staffingPlan(plan(onDays("N", 1, 4), onDays("D", 1, 12))).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.weekendFrequency(2))).status());
    Problem eveningFriday =
        ward(14, employee("E1", 100)).staffingPlan(plan(onDays("A", 1, 4), onDays("D", 1, 12))).build();
    assertTrue(solve(eveningFriday, hardBasic(Rules.weekendFrequency(2))).roster().isPresent());
  }

  @Test
  void post_cyclicSingleWeekendInShortRotation_isInfeasible() {
    // A two-week rotation repeats a worked weekend every 2 weeks: too often for every 3rd.
    Problem problem =
        SequenceRuleFixtures.cyclicWard(2, employee("E1", 100)).staffingPlan(onDays("D", 1, 12)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.weekendFrequency(3))).status());
    solvedKeeping(problem, hardBasic(Rules.weekendFrequency(2)), Rules.weekendFrequency(2));
  }

  @Test
  void post_softWeekends_penaltyEqualsValidator() {
    // Weekends 1 and 2 of three, every 3rd: 2 short between them.
    Problem problem =
        ward(21, employee("E1", 100)).staffingPlan(onDays("D", 1, 5, 12)).build();
    Rule rule = Rules.weekendFrequency(3).withSeverity(Severity.soft(1));
    assertEquals(2, solve(problem, hardBasic(rule)).report().orElseThrow().softPenalty());
    Problem cyclic =
        SequenceRuleFixtures.cyclicWard(2, employee("E1", 100)).staffingPlan(onDays("D", 1, 5, 12)).build();
    // Both weekends of a two-week rotation: two pairs 1 week apart, each 2 short.
    assertEquals(4, solve(cyclic, hardBasic(rule)).report().orElseThrow().softPenalty());
  }

  // long-shifts

  private static Problem.Builder longWard(int days, Employee... staff) {
    return ward(days, staff).addShiftType(LONG_DAY);
  }

  @Test
  void post_longShiftOnSaturday_goesToWhoAccepts() {
    Problem problem =
        longWard(7, person("E1", 100, false), person("E2", 20, true))
            .staffingPlan(onDays("LD", 1, 5, 6))
            .build();
    Rule rule = Rules.longShifts(2, 1);
    Roster withoutRule = SolveFixtures.solveLawfully(problem, hardBasic());
    assertFalse(rule.check(problem, withoutRule).isEmpty(), withoutRule::toString);
    Roster roster = solvedKeeping(problem, hardBasic(rule), rule);
    assertEquals(2, roster.count(Fixtures.MONDAY.plusDays(5), "LD") + roster.count(Fixtures.MONDAY.plusDays(6), "LD"));
  }

  @Test
  void post_longShiftOnWednesday_isInfeasibleUnlessDayAllowed() {
    Problem problem = longWard(7, person("E1", 100, true)).staffingPlan(onDays("LD", 1, 2)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.longShifts(2, 1))).status());
    LongShifts wednesday =
        LongShifts.builder().days(com.google.common.collect.ImmutableSet.of(DayOfWeek.WEDNESDAY)).build();
    solvedKeeping(problem, hardBasic(wednesday), wednesday);
  }

  @Test
  void post_longerThanMaxDuration_isInfeasible() {
    Problem problem = longWard(7, person("E1", 100, true)).staffingPlan(onDays("LD", 1, 5)).build();
    LongShifts twelve = LongShifts.builder().maxDuration(Duration.ofHours(12)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(twelve)).status());
  }

  @Test
  void post_moreThanMaxCountInWeek_isInfeasible() {
    Problem problem = longWard(7, person("E1", 100, true)).staffingPlan(onDays("LD", 1, 5, 6)).build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.longShifts(1, 1))).status());
    assertTrue(solve(problem, hardBasic(Rules.longShifts(2, 1))).roster().isPresent());
  }

  @Test
  void post_cyclicWindowLongerThanRotation_countsWeekTwice() {
    Problem problem =
        SequenceRuleFixtures.cyclicWard(1, person("E1", 100, true))
            .addShiftType(LONG_DAY)
            .staffingPlan(onDays("LD", 1, 5))
            .build();
    assertEquals(SolveStatus.INFEASIBLE, solve(problem, hardBasic(Rules.longShifts(1, 2))).status());
    solvedKeeping(problem, hardBasic(Rules.longShifts(2, 2)), Rules.longShifts(2, 2));
  }

  @Test
  void post_softLongShifts_penaltyEqualsValidator() {
    // A non-accepting person on a Wednesday long day: 1 for consent, 1 for the day.
    Problem problem = longWard(7, person("E1", 100, false)).staffingPlan(onDays("LD", 1, 2)).build();
    Rule rule = Rules.longShifts(2, 1).withSeverity(Severity.soft(3));
    assertEquals(6, solve(problem, hardBasic(rule)).report().orElseThrow().softPenalty());
  }
}
