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

class ConsecutiveNightsTest {

  private static final ConsecutiveNights FOUR = Rules.consecutiveNights(4);

  @Test
  void check_fiveNightsWithMaximumFour_reportsRunOfFive() {
    Problem problem = ward(7, employee("E1", 100)).build();
    Violation v = only(FOUR.check(problem, rosterOf(run("E1", MONDAY, 5, "N"))));
    assertEquals("consecutive-nights", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(day(4), v.endDate().orElseThrow());
    assertEquals(5, v.measured());
    assertEquals(4, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals("local agreement (aml § 10-11 health protection)", v.source());
    assertEquals(
        "E1 works 5 nights in a row from 2027-01-04 to 2027-01-08; maximum is 4"
            + " (local agreement (aml § 10-11 health protection)).",
        v.message());
    assertMessagesMention(v, "E1", "5 ", "2027-01-04", "2027-01-08", " 4 ", v.source());
  }

  @Test
  void check_fourNights_isLawful() {
    Problem problem = ward(7, employee("E1", 100)).build();
    assertEquals(ImmutableList.of(), FOUR.check(problem, rosterOf(run("E1", MONDAY, 4, "N"))));
  }

  @Test
  void check_eveningBetweenNights_breaksTheRun() {
    Problem problem = ward(7, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", MONDAY, 3, "N"));
    shifts.add(on("E1", day(3), "A"));
    shifts.addAll(run("E1", day(4), 3, "N"));
    assertEquals(ImmutableList.of(), FOUR.check(problem, rosterOf(shifts)));
  }

  @Test
  void check_cyclicRunAcrossWrap_reportsItOnce() {
    // Fri-Sun of week 2, then Mon-Tue of week 1 in the next turn: five nights.
    Problem problem = cyclicWard(2, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(11), 3, "N"));
    shifts.addAll(run("E1", MONDAY, 2, "N"));
    Violation v = only(FOUR.check(problem, rosterOf(shifts)));
    assertEquals(day(11), v.date());
    assertEquals(day(1), v.endDate().orElseThrow());
    assertEquals(5, v.measured());
    assertEquals(1, v.penalty());
    assertTrue(v.message().contains("across the end of the rotation"), v.message());
  }

  @Test
  void check_calendarRunCutByEdges_judgesOnlyWhatIsInside() {
    Problem problem = ward(14, employee("E1", 100)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(11), 3, "N"));
    shifts.addAll(run("E1", MONDAY, 2, "N"));
    assertEquals(ImmutableList.of(), FOUR.check(problem, rosterOf(shifts)));
  }

  @Test
  void check_nightEveryDayOfRotation_reportsOneEndlessRun() {
    Problem problem = cyclicWard(1, employee("E1", 100)).build();
    Violation v = only(Rules.consecutiveNights(4).check(problem, rosterOf(run("E1", MONDAY, 7, "N"))));
    assertEquals(MONDAY, v.date());
    assertEquals(day(6), v.endDate().orElseThrow());
    assertEquals(7, v.measured());
    assertEquals(7, v.penalty());
    assertTrue(v.message().contains("endless"), v.message());
  }

  @Test
  void builder_noParameters_usesFourAndHard() {
    ConsecutiveNights rule = ConsecutiveNights.builder().build();
    assertEquals(4, rule.maximum());
    assertTrue(rule.severity().isHard());
  }

  @Test
  void consecutiveNights_zeroMaximum_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.consecutiveNights(0));
    assertEquals("rule consecutive-nights: maximum (0) must be 1 or more", e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(Rules.consecutiveNights(3).withSeverity(Severity.soft(5)));
    assertRoundTrips(ConsecutiveNights.builder().build());
  }
}
