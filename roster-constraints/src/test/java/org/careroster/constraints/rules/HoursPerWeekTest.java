package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/** {@link HoursPerWeek} and {@link AverageWeeklyHours}. */
class HoursPerWeekTest {

  private static final ShiftType EIGHT = shift("H8", 8, 0, 480);
  private static final ShiftType EIGHT_PLUS = shift("H8+", 8, 0, 481);
  private static final ShiftType TEN = shift("T10", 7, 0, 600);
  private static final ShiftType SIX = shift("T6", 8, 0, 360);
  private static final ShiftType SIX_PLUS = shift("T6+", 8, 0, 361);
  private static final HoursPerWeek FORTY_EIGHT = Rules.hoursPerWeek(Duration.ofHours(48));

  /** Six shifts Monday to Saturday of the week starting {@code weeks} after MONDAY. */
  private static List<Assignment> sixDays(int weeks, String first, String rest) {
    List<Assignment> shifts = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      shifts.add(on("E1", MONDAY.plusWeeks(weeks).plusDays(d), d == 0 ? first : rest));
    }
    return shifts;
  }

  @Test
  void week_oneMinuteOver48Hours_reportsWeek() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, EIGHT, EIGHT_PLUS);
    ImmutableList<Violation> violations = FORTY_EIGHT.check(problem, Roster.of(sixDays(0, "H8+", "H8")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(6), v.endDate().orElseThrow());
    assertEquals(48 * 60 + 1, v.measured());
    assertEquals(48 * 60, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works 48 h 1 min in the week of 2027-01-04; the maximum is 48 h (aml § 10-6 (8)).",
        v.message());
    assertTrue(v.messageNynorsk().startsWith("E1 arbeider 48 t 1 min i veka frå 2027-01-04"));
  }

  @Test
  void week_exactly48Hours_accepts() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, EIGHT, EIGHT_PLUS);
    assertEquals(ImmutableList.of(), FORTY_EIGHT.check(problem, Roster.of(sixDays(0, "H8", "H8"))));
  }

  @Test
  void week_agreementSources() {
    assertEquals("aml § 10-5 (1)", Rules.hoursPerWeek(Duration.ofHours(50)).source());
    assertEquals("aml § 10-5 (2)", Rules.hoursPerWeek(Duration.ofHours(54)).source());
  }

  /** Week 1: 5 × 10 h = 50 h; week 2: 4 × 10 h + {@code last}. */
  private static Roster fiftyThen(String last) {
    List<Assignment> shifts = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      shifts.add(on("E1", MONDAY.plusDays(d), "T10"));
    }
    for (int d = 0; d < 4; d++) {
      shifts.add(on("E1", MONDAY.plusDays(7 + d), "T10"));
    }
    shifts.add(on("E1", MONDAY.plusDays(11), last));
    return Roster.of(shifts);
  }

  @Test
  void average_oneMinuteOver48HoursOverTwoWeeks_reportsWindow() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 14, TEN, SIX, SIX_PLUS);
    ImmutableList<Violation> violations =
        Rules.averageWeeklyHours(Duration.ofHours(48), 2).check(problem, fiftyThen("T6+"));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(13), v.endDate().orElseThrow());
    assertEquals(48 * 60 + 1, v.measured()); // 96 h 1 min / 2, rounded up
    assertEquals(48 * 60, v.limit());
    assertEquals(1, v.penalty());
    assertTrue(v.message().contains("over the 2 weeks from 2027-01-04 to 2027-01-17"), v.message());
  }

  @Test
  void average_exactly48HoursWithA50HourWeek_accepts() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 14, TEN, SIX, SIX_PLUS);
    assertEquals(
        ImmutableList.of(),
        Rules.averageWeeklyHours(Duration.ofHours(48), 2).check(problem, fiftyThen("T6")));
  }

  /** Weeks of 50 h, 40 h and 47 h. */
  private static Roster threeWeeks() {
    List<Assignment> shifts = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      shifts.add(on("E1", MONDAY.plusDays(d), "T10"));
    }
    for (int d = 0; d < 4; d++) {
      shifts.add(on("E1", MONDAY.plusDays(7 + d), "T10"));
    }
    for (int d = 0; d < 4; d++) {
      shifts.add(on("E1", MONDAY.plusDays(14 + d), "T10"));
    }
    shifts.add(on("E1", MONDAY.plusDays(18), "H7"));
    return Roster.of(shifts);
  }

  @Test
  void average_cyclicRotation_averagesAcrossTheWrap() {
    Problem problem = TimeRuleFixtures.cyclic(MONDAY, 3, TEN, shift("H7", 8, 0, 420));
    ImmutableList<Violation> violations =
        Rules.averageWeeklyHours(Duration.ofHours(48), 2).check(problem, threeWeeks());
    assertEquals(1, violations.size());
    assertEquals(MONDAY.plusWeeks(2), violations.get(0).date()); // week 3 and week 1: 97 h
    assertEquals(MONDAY.plusDays(6), violations.get(0).endDate().orElseThrow());
    assertEquals(48 * 60 + 30, violations.get(0).measured());
  }

  @Test
  void average_calendarPlan_doesNotWrap() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 21, TEN, shift("H7", 8, 0, 420));
    assertEquals(
        ImmutableList.of(), Rules.averageWeeklyHours(Duration.ofHours(48), 2).check(problem, threeWeeks()));
  }

  @Test
  void average_zeroWeeks_failsNamingValue() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> Rules.averageWeeklyHours(Duration.ofHours(48), 0));
    assertEquals("rule average-weekly-hours: weeks (0) must be between 1 and 52", e.getMessage());
  }
}
