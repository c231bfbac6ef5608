package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.SequenceRuleFixtures.day;
import static org.careroster.constraints.rules.SequenceRuleFixtures.only;
import static org.careroster.constraints.rules.SequenceRuleFixtures.rosterOf;
import static org.careroster.constraints.rules.SequenceRuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/**
 * The period limits: shift counts, worked time and working weekends over the whole plan, and the
 * individual (per-employee) limits of the run rules.
 */
class PeriodLimitRulesTest {

  private static final Problem TWO_WEEKS = ward(14, employee("E1", 100), employee("E2", 50)).build();

  private static Roster dayShifts(String employee, int... days) {
    List<Assignment> assignments = new ArrayList<>();
    for (int d : days) {
      assignments.add(on(employee, day(d), "D"));
    }
    return rosterOf(assignments);
  }

  // shift-counts

  @Test
  void shiftCounts_oneShiftTooMany_reportsCountAndPenalty() {
    Violation v = only(Rules.shiftCounts("D", 2).check(TWO_WEEKS, dayShifts("E1", 0, 2, 4)));
    assertEquals("shift-counts", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(day(0), v.date());
    assertEquals(day(13), v.endDate().orElseThrow());
    assertEquals(3, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works 3 D shifts from 2027-01-04 to 2027-01-17; at most 2 allowed (local agreement).",
        v.message());
    assertMessagesMention(v, "E1", "3 D", "2027-01-04", "2027-01-17", " 2 ", "local agreement");
  }

  @Test
  void shiftCounts_atTheLimit_isLawful() {
    assertEquals(ImmutableList.of(), Rules.shiftCounts("D", 3).check(TWO_WEEKS, dayShifts("E1", 0, 2, 4)));
  }

  @Test
  void shiftCounts_individualLimit_replacesTheGeneralOne() {
    ShiftCounts rule =
        ShiftCounts.builder().putMaximum("D", 5).putMaximumByEmployee("E2", ImmutableMap.of("D", 1)).build();
    assertEquals(ImmutableList.of(), rule.check(TWO_WEEKS, dayShifts("E1", 0, 2, 4)));
    Violation v = only(rule.check(TWO_WEEKS, dayShifts("E2", 0, 2)));
    assertEquals(1, v.limit());
    assertTrue(v.message().contains("by E2's own limit"), v.message());
    assertTrue(v.messageNynorsk().contains("etter grensa til E2"), v.messageNynorsk());
  }

  @Test
  void shiftCounts_limitZero_forbidsTheType() {
    Violation v = only(Rules.shiftCounts("N", 0).check(TWO_WEEKS, roster(on("E1", day(3), "N"))));
    assertEquals(1, v.penalty());
  }

  @Test
  void shiftCounts_unknownEmployeeOrShift_isNamed() {
    ShiftCounts employee = ShiftCounts.builder().putMaximumByEmployee("E9", ImmutableMap.of("D", 1)).build();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> employee.check(TWO_WEEKS, Roster.of(ImmutableList.of())));
    assertEquals("maximumByEmployee.E9", e.path());
    ShiftCounts shift = Rules.shiftCounts("X", 1);
    e = assertThrows(InvalidModelException.class, () -> shift.check(TWO_WEEKS, Roster.of(ImmutableList.of())));
    assertEquals("maximum.X", e.path());
    assertThrows(InvalidModelException.class, () -> Rules.shiftCounts("D", -1));
  }

  @Test
  void shiftCounts_roundTrips() {
    assertRoundTrips(
        ShiftCounts.builder().putMaximum("N", 8).putMaximumByEmployee("E2", ImmutableMap.of("D", 1)).build());
  }

  // worked-time

  @Test
  void workedTime_halfAnHourTooMuch_reportsMinutes() {
    // Three day shifts of 7 h 30 min: 22 h 30 min against a maximum of 22 h.
    WorkedTime rule = Rules.workedTime(Duration.ZERO, Duration.ofHours(22));
    Violation v = only(rule.check(TWO_WEEKS, dayShifts("E1", 0, 1, 2)));
    assertEquals("worked-time", v.ruleId());
    assertEquals(1350, v.measured());
    assertEquals(1320, v.limit());
    assertEquals(30, v.penalty());
    assertEquals(Measure.MINUTES, v.measure());
    assertEquals(
        "E1 works 22 h 30 min from 2027-01-04 to 2027-01-17; at most 22 h (local agreement).",
        v.message());
    assertTrue(v.messageNynorsk().contains("22 t 30 min"), v.messageNynorsk());
  }

  @Test
  void workedTime_belowTheMinimum_reportsMissingMinutes() {
    WorkedTime rule = WorkedTime.builder().putMinimumByEmployee("E2", Duration.ofHours(15)).build();
    Violation v = only(rule.check(TWO_WEEKS, dayShifts("E2", 0)));
    assertEquals("E2", v.employee().orElseThrow());
    assertEquals(450, v.measured());
    assertEquals(900, v.limit());
    assertEquals(450, v.penalty());
    assertTrue(v.message().contains("at least 15 h by E2's own limit"), v.message());
  }

  @Test
  void workedTime_withinBounds_isLawful() {
    WorkedTime rule = Rules.workedTime(Duration.ofMinutes(450), Duration.ofMinutes(1350));
    assertEquals(
        ImmutableList.of(),
        rule.check(TWO_WEEKS, rosterOf(ImmutableList.<Assignment>builder().addAll(dayShifts("E1", 0, 1, 2).assignments())
            .add(on("E2", day(5), "D")).build())));
  }

  @Test
  void workedTime_badBounds_areRejected() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Rules.workedTime(Duration.ofHours(10), Duration.ofHours(9)));
    assertEquals("minimum", e.path());
    WorkedTime own =
        WorkedTime.builder().maximum(Duration.ofHours(9)).putMinimumByEmployee("E1", Duration.ofHours(10)).build();
    e = assertThrows(InvalidModelException.class, () -> own.check(TWO_WEEKS, Roster.of(ImmutableList.of())));
    assertEquals("minimumByEmployee.E1", e.path());
    assertRoundTrips(own);
  }

  // working-weekends

  @Test
  void workingWeekends_oneWeekendTooMany_listsTheSaturdays() {
    Roster roster = roster(on("E1", day(5), "D"), on("E1", day(13), "D"));
    Violation v = only(Rules.workingWeekends(1).check(TWO_WEEKS, roster));
    assertEquals("working-weekends", v.ruleId());
    assertEquals(day(5), v.date());
    assertEquals(day(13), v.endDate().orElseThrow());
    assertEquals(2, v.measured());
    assertEquals(1, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works 2 weekends from 2027-01-04 to 2027-01-17 (Saturdays [2027-01-09, 2027-01-16]);"
            + " at most 1 allowed (local agreement).",
        v.message());
  }

  @Test
  void workingWeekends_saturdayAndSunday_areOneWeekend() {
    Roster roster = roster(on("E1", day(5), "D"), on("E1", day(6), "D"));
    assertEquals(ImmutableList.of(), Rules.workingWeekends(1).check(TWO_WEEKS, roster));
  }

  @Test
  void workingWeekends_fridayNightIntoSaturday_counts() {
    WorkingWeekends none = WorkingWeekends.builder().putMaximumByEmployee("E2", 0).build();
    Violation v = only(none.check(TWO_WEEKS, roster(on("E2", day(4), "N"))));
    assertEquals(0, v.limit());
    assertTrue(v.message().contains("by E2's own limit"), v.message());
    assertRoundTrips(none);
  }

  // individual run limits

  @Test
  void consecutiveWorkingDays_singleDayInside_isTooShort() {
    ConsecutiveWorkingDays rule = ConsecutiveWorkingDays.builder().minimum(2).build();
    Violation v = only(rule.check(TWO_WEEKS, dayShifts("E1", 3)));
    assertEquals(1, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works only 1 day in a row from 2027-01-07 to 2027-01-07; minimum is 2 (local agreement).", v.message());
  }

  @Test
  void consecutiveWorkingDays_shortRunsAtTheCalendarEdges_areNotJudged() {
    ConsecutiveWorkingDays rule = ConsecutiveWorkingDays.builder().minimum(3).build();
    assertEquals(ImmutableList.of(), rule.check(TWO_WEEKS, dayShifts("E1", 0, 13)));
  }

  @Test
  void consecutiveWorkingDays_individualLimits_replaceTheGeneralOnes() {
    ConsecutiveWorkingDays rule =
        ConsecutiveWorkingDays.builder().maximum(6).putMaximumByEmployee("E2", 3).putMinimumByEmployee("E2", 2).build();
    assertEquals(ImmutableList.of(), rule.check(TWO_WEEKS, rosterOf(run("E1", day(1), 6, "D"))));
    Violation v = only(rule.check(TWO_WEEKS, rosterOf(run("E2", day(1), 4, "D"))));
    assertEquals(3, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(1, rule.check(TWO_WEEKS, dayShifts("E2", 3)).size());
    assertEquals(ImmutableList.of(), rule.check(TWO_WEEKS, dayShifts("E1", 3)));
    assertRoundTrips(rule);
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> ConsecutiveWorkingDays.builder().putMinimumByEmployee("E9", 2).build().check(TWO_WEEKS, Roster.of(ImmutableList.of())));
    assertEquals("minimumByEmployee.E9", e.path());
  }

  @Test
  void consecutiveDaysOff_individualMinimum_replacesTheGeneralOne() {
    ConsecutiveDaysOff rule = ConsecutiveDaysOff.builder().minimum(1).putMinimumByEmployee("E2", 2).build();
    assertEquals(ImmutableList.of(), rule.check(TWO_WEEKS, dayShifts("E1", 1, 3)));
    Violation v = only(rule.check(TWO_WEEKS, dayShifts("E2", 1, 3)));
    assertEquals(2, v.limit());
    assertRoundTrips(rule);
  }

  @Test
  void solver_keepsEveryPeriodLimit() {
    Problem problem =
        ward(14, employee("E1", 100), employee("E2", 50))
            .staffingPlan(
                org.careroster.core.StaffingPlan.builder()
                    .addRequirement(
                        org.careroster.core.StaffingRequirement.builder()
                            .shift("D")
                            .days(org.careroster.core.DayKind.EVERY_DAY)
                            .minimum(0)
                            .preferred(2)
                            .build())
                    .build())
            .build();
    RuleSet rules =
        RuleSet.of(
            ShiftCounts.builder().putMaximum("D", 8).putMaximum("N", 0).build(),
            WorkedTime.builder().maximum(Duration.ofHours(60)).putMinimumByEmployee("E2", Duration.ofHours(30)).build(),
            Rules.workingWeekends(1),
            ConsecutiveWorkingDays.builder().maximum(4).minimum(2).build(),
            Rules.consecutiveDaysOff(2),
            Rules.preferredCover());
    SolveResult result =
        new RosterSolver().solve(problem, rules, SolverOptions.builder().maxNodes(20_000).seed(1).build());
    assertTrue(result.roster().isPresent(), result.toString());
    assertEquals(0, result.report().orElseThrow().hardViolationCount(), result.report().toString());
    assertTrue(result.objective() < 28 * 1, "some cover is planned: " + result.objective());
  }
}
