package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.shift;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/**
 * A 4-week window has (4 × 168 h − 4 × 35 h) / 24 = 22 1/6 periods of 24 hours: at 8 h each, 177 h
 * 20 min (10 640 minutes). A one-week window has 5 13/24 periods: 44 h 20 min (2 660 minutes).
 */
class NightWorkAverageTest {

  private static final NightWorkAverage LAW = NightWorkAverage.builder().build();

  private static Problem.Builder ward(LocalDate start, int days, Employee... staff) {
    return Fixtures.ward(start, days, staff).addShiftType(extra(441)).addShiftType(extra(440));
  }

  /** A day shift from 07:00 of {@code minutes}, no night time, coded X + minutes. */
  private static ShiftType extra(int minutes) {
    return shift("X" + minutes, 7, 0, minutes);
  }

  /** 17 nights (10 200 minutes) from Monday and a day shift of {@code minutes} on day 20. */
  private static List<Assignment> nightsPlus(int minutes) {
    List<Assignment> shifts = new ArrayList<>(run("E1", MONDAY, 17, "N"));
    shifts.add(on("E1", day(20), "X" + minutes));
    return shifts;
  }

  @Test
  void check_oneMinuteOverFourWeekAverage_reportsOneMinute() {
    Problem problem = ward(MONDAY, 28, employee("E1", 100)).build();
    Violation v = only(LAW.check(problem, rosterOf(nightsPlus(441))));
    assertEquals("night-work-average", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(day(27), v.endDate().orElseThrow());
    assertEquals(481, v.measured()); // 10 641 / 22 1/6 = 480.05 minutes, rounded up
    assertEquals(480, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.MINUTES, v.measure());
    assertEquals("aml § 10-11 (6)", v.source());
    assertEquals(
        "E1 works nights: 177 h 21 min from 2027-01-04 to 2027-01-31 (4 weeks, 22.17 periods of 24 h"
            + " after 4 × 35 h weekly rest), 8 h 1 min per 24 h on average; maximum is 8 h"
            + " (aml § 10-11 (6)).",
        v.message());
    assertMessagesMention(v, "E1", "177 ", "21 min", "2027-01-04", "2027-01-31", "8 ", "1 min", v.source());
    assertTrue(v.messageNynorsk().contains("8 t 1 min per 24 t"), v.messageNynorsk());
  }

  @Test
  void check_exactlyTheAverage_isLawful() {
    Problem problem = ward(MONDAY, 28, employee("E1", 100)).build();
    assertEquals(ImmutableList.of(), LAW.check(problem, rosterOf(nightsPlus(440))));
  }

  @Test
  void check_exactlyThreeHoursAtNight_isNotNightWork() {
    // 18:00-24:00 has exactly 3 h of night time; twice a day is far above 8 h per 24 h.
    ShiftType lateEvening = shift("E", 18, 0, 360);
    Problem problem = Fixtures.ward(28, employee("E1", 100)).addShiftType(lateEvening).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", MONDAY, 28, "E"));
    shifts.addAll(run("E1", MONDAY, 28, "D"));
    assertEquals(ImmutableList.of(), LAW.check(problem, rosterOf(shifts)));
    assertEquals(1, LAW.withNightThreshold(Duration.ofMinutes(179)).check(problem, rosterOf(shifts)).size());
  }

  @Test
  void check_oneWeekWindows_slideAndReportTheWeekOverTheAverage() {
    Problem problem = ward(MONDAY, 14, employee("E1", 100)).addShiftType(extra(261)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(7), 4, "N")); // 2 400 minutes
    shifts.add(on("E1", day(12), "X261"));
    Violation v = only(LAW.withWeeks(1).check(problem, rosterOf(shifts)));
    assertEquals(day(7), v.date());
    assertEquals(day(13), v.endDate().orElseThrow());
    assertEquals(1, v.penalty());
  }

  @Test
  void check_fewerCompleteWeeksThanWindow_judgesAllCompleteWeeks() {
    // Two complete weeks: 2 × 133 h / 24 × 8 h = 88 h 40 min (5 320 minutes); 8 N + 521 min = 5 321.
    Problem problem = ward(MONDAY.minusDays(2), 17, employee("E1", 100)).addShiftType(extra(521)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", MONDAY, 8, "N"));
    shifts.add(on("E1", day(10), "X521"));
    shifts.add(on("E1", MONDAY.minusDays(1), "N")); // in no complete week
    Violation v = only(LAW.check(problem, rosterOf(shifts)));
    assertEquals(MONDAY, v.date());
    assertEquals(day(13), v.endDate().orElseThrow());
    assertEquals(1, v.penalty());
  }

  @Test
  void check_cyclicWindowAcrossWrap_isJudged() {
    // 3-week rotation, 2-week windows: week 3 and week 1 together have 5 321 minutes.
    Problem problem =
        SequenceRuleFixtures.cyclicWard(3, employee("E1", 100)).addShiftType(extra(521)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", day(14), 4, "N"));
    shifts.addAll(run("E1", MONDAY, 4, "N"));
    shifts.add(on("E1", day(5), "X521"));
    Violation v = only(LAW.withWeeks(2).check(problem, rosterOf(shifts)));
    assertEquals(day(14), v.date());
    assertEquals(day(6), v.endDate().orElseThrow());
    assertEquals(1, v.penalty());
    assertTrue(v.message().contains("across the end of the rotation"), v.message());
  }

  @Test
  void check_weekWithClockChange_hasOneHourLess() {
    // The week of 2027-03-28 lasts 167 h: 132 h after the weekly rest, 44 h per 8 h (2 640 minutes).
    LocalDate monday = LocalDate.of(2027, 3, 22);
    Problem problem = ward(monday, 7, employee("E1", 100)).addShiftType(extra(250)).build();
    List<Assignment> shifts = new ArrayList<>(run("E1", monday, 4, "N")); // 2 400 minutes
    shifts.add(on("E1", monday.plusDays(4), "X250"));
    Violation v = only(LAW.withWeeks(1).check(problem, rosterOf(shifts)));
    assertEquals(482, v.measured()); // 2 650 / 5.5 periods = 481.8
    assertEquals(10, v.penalty());
  }

  @Test
  void source_lessStrictThanLaw_namesAgreementParagraph() {
    assertEquals("aml § 10-11 (9)", LAW.withMaxAverage(Duration.ofHours(9)).source());
    assertEquals("aml § 10-11 (9)", LAW.withWeeks(6).source());
    assertEquals("aml § 10-11 (6)", Rules.nightWorkAverage(Duration.ofHours(7), 2).source());
  }

  @Test
  void builder_badParameters_failNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LAW.withWeeks(0));
    assertEquals("rule night-work-average: weeks (0) must be between 1 and 52", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LAW.withNightThreshold(Duration.ofHours(9)));
    assertEquals(
        "rule night-work-average: nightThreshold (\"PT9H\") must be at least 0 and less than 9 hours"
            + " (the night window 21:00-06:00)",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Rules.nightWorkAverage(Duration.ZERO, 4));
    assertEquals(
        "rule night-work-average: maxAverage (\"PT0S\") must be more than 0 and at most 24 hours",
        e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(LAW);
    assertRoundTrips(
        NightWorkAverage.builder()
            .maxAverage(Duration.ofMinutes(450))
            .weeks(2)
            .nightThreshold(Duration.ofHours(2))
            .severity(Severity.soft(3))
            .build());
  }
}
