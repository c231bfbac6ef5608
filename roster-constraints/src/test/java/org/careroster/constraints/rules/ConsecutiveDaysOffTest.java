package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.SequenceRuleFixtures.cyclicWard;
import static org.careroster.constraints.rules.SequenceRuleFixtures.day;
import static org.careroster.constraints.rules.SequenceRuleFixtures.only;
import static org.careroster.constraints.rules.SequenceRuleFixtures.rosterOf;
import static org.careroster.constraints.rules.SequenceRuleFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;

class ConsecutiveDaysOffTest {

  private static final ConsecutiveDaysOff TWO = Rules.consecutiveDaysOff(2);

  @Test
  void check_oneDayOffBetweenWorkingDays_reportsOneDay() {
    Problem problem = ward(5, employee("E1", 100)).build();
    Violation v =
        only(TWO.check(problem, roster(on("E1", day(1), "D"), on("E1", day(3), "D"))));
    assertEquals("consecutive-days-off", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(day(2), v.date());
    assertFalse(v.endDate().isPresent());
    assertEquals(1, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(
        "E1 has 1 day off (2027-01-06) between working days 2027-01-05 and 2027-01-07;"
            + " minimum is 2 (local agreement).",
        v.message());
    assertMessagesMention(v, "E1", "1 ", "2027-01-06", "2027-01-05", "2027-01-07", " 2 ", "local agreement");
  }

  @Test
  void check_twoDaysOff_isLawful() {
    Problem problem = ward(5, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(), TWO.check(problem, roster(on("E1", day(1), "D"), on("E1", day(4), "D"))));
  }

  @Test
  void check_twoDaysOffWithMinimumThree_reportsPeriod() {
    Problem problem = ward(5, employee("E1", 100)).build();
    Violation v =
        only(Rules.consecutiveDaysOff(3).check(problem, roster(on("E1", day(1), "D"), on("E1", day(4), "D"))));
    assertEquals(day(2), v.date());
    assertEquals(day(3), v.endDate().orElseThrow());
    assertEquals(2, v.measured());
    assertEquals(1, v.penalty());
  }

  @Test
  void check_daysOffTouchingCalendarEdges_areNotJudged() {
    Problem problem = ward(3, employee("E1", 100)).build();
    assertEquals(ImmutableList.of(), TWO.check(problem, roster(on("E1", day(1), "D"))));
  }

  @Test
  void check_cyclicDayOffAcrossWrap_isReported() {
    // Works Tuesday to Sunday; Monday is the only day off, between Sunday and the next Tuesday.
    Problem problem = cyclicWard(1, employee("E1", 100)).build();
    Violation v = only(TWO.check(problem, rosterOf(run("E1", day(1), 6, "D"))));
    assertEquals(MONDAY, v.date());
    assertEquals(1, v.measured());
    assertTrue(v.message().contains("between working days 2027-01-10 and 2027-01-05"), v.message());
    assertTrue(v.message().contains("across the end of the rotation"), v.message());
  }

  @Test
  void check_sameDaysInCalendarHorizon_areNotJudged() {
    Problem problem = ward(7, employee("E1", 100)).build();
    assertEquals(ImmutableList.of(), TWO.check(problem, rosterOf(run("E1", day(1), 6, "D"))));
  }

  @Test
  void check_employeeWithoutShifts_isNotJudged() {
    Problem problem = cyclicWard(1, employee("E1", 100), employee("E2", 100)).build();
    assertEquals(ImmutableList.of(), TWO.check(problem, rosterOf(run("E1", MONDAY, 5, "D"))));
  }

  @Test
  void consecutiveDaysOff_zeroMinimum_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.consecutiveDaysOff(0));
    assertEquals("rule consecutive-days-off: minimum (0) must be 1 or more", e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(ConsecutiveDaysOff.builder().minimum(3).severity(Severity.soft(4)).build());
  }
}
