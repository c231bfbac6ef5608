package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.SequenceRuleFixtures.cyclicWard;
import static org.careroster.constraints.rules.SequenceRuleFixtures.day;
import static org.careroster.constraints.rules.SequenceRuleFixtures.only;
import static org.careroster.constraints.rules.SequenceRuleFixtures.rosterOf;
import static org.careroster.constraints.rules.SequenceRuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;

class ConsecutiveWorkingDaysTest {

  private static final ConsecutiveWorkingDays SIX = Rules.consecutiveWorkingDays(6);

  @Test
  void check_sevenDaysWithMaximumSix_reportsRunOfSeven() {
    Problem problem = ward(9, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(1), 4, "D"));
    shifts.addAll(run("E1", day(5), 3, "A"));
    Violation v = only(SIX.check(problem, rosterOf(shifts)));
    assertEquals("consecutive-working-days", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(day(1), v.date());
    assertEquals(day(7), v.endDate().orElseThrow());
    assertEquals(7, v.measured());
    assertEquals(6, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals("local agreement", v.source());
    assertEquals(
        "E1 works 7 days in a row from 2027-01-05 to 2027-01-11; maximum is 6 (local agreement).",
        v.message());
    assertMessagesMention(v, "E1", "7 ", "2027-01-05", "2027-01-11", " 6 ", "local agreement");
  }

  @Test
  void check_sixDays_isLawful() {
    Problem problem = ward(9, employee("E1", 100)).build();
    assertEquals(ImmutableList.of(), SIX.check(problem, rosterOf(run("E1", day(1), 6, "D"))));
  }

  @Test
  void check_nightShift_countsOnlyForItsStartDay() {
    // Six D, then an N starting on day 6 ending on day 7, then a day off: a run of seven.
    Problem problem = ward(9, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", MONDAY, 6, "D"));
    shifts.add(on("E1", day(6), "N"));
    shifts.add(on("E1", day(8), "D"));
    Violation v = only(SIX.check(problem, rosterOf(shifts)));
    assertEquals(7, v.measured());
    assertEquals(day(6), v.endDate().orElseThrow());
  }

  @Test
  void check_cyclicRunAcrossWrap_reportsItOnce() {
    // Thu-Sun of week 2, then Mon-Wed of week 1 in the next turn: seven days.
    Problem problem = cyclicWard(2, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(10), 4, "D"));
    shifts.addAll(run("E1", MONDAY, 3, "D"));
    Violation v = only(SIX.check(problem, rosterOf(shifts)));
    assertEquals(day(10), v.date());
    assertEquals(day(2), v.endDate().orElseThrow());
    assertEquals(7, v.measured());
    assertTrue(v.messageNynorsk().contains("over slutten av turnusen"), v.messageNynorsk());
  }

  @Test
  void check_calendarRunCutByEdges_judgesOnlyWhatIsInside() {
    Problem problem = ward(14, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(10), 4, "D"));
    shifts.addAll(run("E1", MONDAY, 3, "D"));
    assertEquals(ImmutableList.of(), SIX.check(problem, rosterOf(shifts)));
  }

  @Test
  void check_everyDayOfRotation_reportsOneEndlessRun() {
    Problem problem = cyclicWard(2, employee("E1", 100)).build();
    Violation v = only(SIX.check(problem, rosterOf(run("E1", MONDAY, 14, "D"))));
    assertEquals(MONDAY, v.date());
    assertEquals(day(13), v.endDate().orElseThrow());
    assertEquals(14, v.measured());
    assertEquals(14, v.penalty());
    assertTrue(v.message().contains("every day of the 14-day rotation"), v.message());
  }

  @Test
  void builder_noParameters_usesSixAndHard() {
    ConsecutiveWorkingDays rule = ConsecutiveWorkingDays.builder().build();
    assertEquals(6, rule.maximum());
    assertTrue(rule.severity().isHard());
  }

  @Test
  void consecutiveWorkingDays_negativeMaximum_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.consecutiveWorkingDays(-1));
    assertEquals("rule consecutive-working-days: maximum (-1) must be 1 or more", e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(Rules.consecutiveWorkingDays(5).withSeverity(Severity.soft(2)));
  }
}
