package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.SequenceRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.SequenceRuleFixtures.cyclicWard;
import static org.careroster.constraints.rules.SequenceRuleFixtures.day;
import static org.careroster.constraints.rules.SequenceRuleFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Weekends;
import org.careroster.core.Problem;
import org.careroster.core.WeekendWindow;
import org.junit.jupiter.api.Test;

class WeekendFrequencyTest {

  private static final WeekendFrequency EVERY_THIRD = Rules.weekendFrequency(3);

  @Test
  void check_weekendsTwoWeeksApart_reportsGapOfTwo() {
    Problem problem = ward(21, employee("E1", 100)).build();
    Violation v =
        only(EVERY_THIRD.check(problem, roster(on("E1", day(5), "D"), on("E1", day(19), "D"))));
    assertEquals("weekend-frequency", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(day(5), v.date());
    assertEquals(day(20), v.endDate().orElseThrow());
    assertEquals(2, v.measured());
    assertEquals(3, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(
        "E1 works the weekends of 2027-01-09 and 2027-01-23, 2 weeks apart; at most every 3rd"
            + " weekend is allowed (local agreement (KS practice: every 3rd weekend)).",
        v.message());
    assertMessagesMention(v, "E1", "2027-01-09", "2027-01-23", " 2 ", "3", v.source());
  }

  @Test
  void check_weekendsThreeWeeksApart_isLawful() {
    Problem problem = ward(28, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(),
        EVERY_THIRD.check(problem, roster(on("E1", day(6), "D"), on("E1", day(26), "D"))));
  }

  @Test
  void check_fridayNightEndingSaturday_countsAsWeekend() {
    Problem problem = ward(14, employee("E1", 100)).build();
    Violation v =
        only(EVERY_THIRD.check(problem, roster(on("E1", day(4), "N"), on("E1", day(12), "D"))));
    assertEquals(day(5), v.date());
    assertEquals(1, v.measured());
    assertEquals(2, v.penalty());
  }

  @Test
  void check_sundayWorkWindow_ignoresSaturdayDayShift() {
    // D on Saturday ends 15:00, before the Sunday-work window opens at 18:00.
    Problem problem = ward(14, employee("E1", 100)).build();
    WeekendFrequency rule = EVERY_THIRD.withWindow(WeekendWindow.SUNDAY_WORK);
    assertEquals(
        ImmutableList.of(), rule.check(problem, roster(on("E1", day(5), "D"), on("E1", day(13), "D"))));
    assertEquals(1, rule.check(problem, roster(on("E1", day(5), "A"), on("E1", day(13), "D"))).size());
  }

  @Test
  void check_employeeFrequency_overridesEvery() {
    Problem problem =
        ward(
                28,
                SequenceRuleFixtures.employee("E2", Optional.of(2), false),
                SequenceRuleFixtures.employee("E4", Optional.of(4), false))
            .build();
    Violation v =
        only(
            EVERY_THIRD.check(
                problem,
                roster(
                    on("E2", day(5), "D"), on("E2", day(19), "D"),
                    on("E4", day(5), "D"), on("E4", day(26), "D"))));
    assertEquals("E4", v.employee().orElseThrow());
    assertEquals(3, v.measured());
    assertEquals(4, v.limit());
    assertTrue(v.message().contains("every 4th weekend"), v.message());
    assertTrue(v.messageNynorsk().contains("kvar 4. helg"), v.messageNynorsk());
  }

  @Test
  void check_cyclicRotation_wrapsFromLastWeekendToFirst() {
    // Weekends of weeks 1 and 3 of a 3-week rotation: 2 weeks apart, then 1 week to week 1 again.
    Problem problem = cyclicWard(3, employee("E1", 100)).build();
    ImmutableList<Violation> violations =
        EVERY_THIRD.check(problem, roster(on("E1", day(6), "D"), on("E1", day(19), "D")));
    assertEquals(2, violations.size(), violations::toString);
    assertEquals(2, violations.get(0).measured());
    Violation wrap = violations.get(1);
    assertEquals(day(19), wrap.date());
    assertEquals(day(6), wrap.endDate().orElseThrow());
    assertEquals(1, wrap.measured());
    assertEquals(2, wrap.penalty());
    assertTrue(wrap.message().contains("across the end of the rotation"), wrap.message());
  }

  @Test
  void check_cyclicOneWeekendInTwoWeeks_isEveryOtherWeekend() {
    Problem problem = cyclicWard(2, employee("E1", 100)).build();
    Violation v = only(EVERY_THIRD.check(problem, roster(on("E1", day(5), "D"))));
    assertEquals(2, v.measured());
    assertEquals(1, v.penalty());
  }

  @Test
  void check_calendarStartingSunday_countsTheWeekendItCuts() {
    LocalDate sunday = LocalDate.of(2027, 1, 10);
    Problem problem = ward(sunday, 7, employee("E1", 100)).build();
    Violation v =
        only(EVERY_THIRD.check(problem, roster(on("E1", sunday, "D"), on("E1", sunday.plusDays(6), "D"))));
    assertEquals(LocalDate.of(2027, 1, 9), v.date()); // the cut weekend's Saturday, before the horizon
    assertEquals(1, v.measured());
  }

  @Test
  void weekendFrequency_nine_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.weekendFrequency(9));
    assertEquals("rule weekend-frequency: every (9) must be between 1 and 8", e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(WeekendFrequency.builder().build());
    assertRoundTrips(Rules.weekendFrequency(2).withWindow(WeekendWindow.SUNDAY_WORK));
  }
}
