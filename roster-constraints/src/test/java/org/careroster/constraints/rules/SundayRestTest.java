package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.NIGHT;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

class SundayRestTest {

  private static final LocalDate SUNDAY = MONDAY.plusDays(6); // 2027-01-10
  private static final SundayRest NEXT_FREE = Rules.sundayRest();
  private static final SundayRest AVERAGED = Rules.sundayRestAveraged();

  private static Problem weeks(int weeks) {
    return TimeRuleFixtures.calendar(MONDAY, 7 * weeks, DAY, NIGHT);
  }

  @Test
  void nextFree_twoSundaysInARow_reportsTheSecond() {
    ImmutableList<Violation> violations =
        NEXT_FREE.check(weeks(3), roster(on("E1", SUNDAY, "D"), on("E1", SUNDAY.plusWeeks(1), "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(SUNDAY.plusWeeks(1), v.date());
    assertEquals(2, v.measured());
    assertEquals(1, v.limit());
    assertEquals(1, v.penalty());
    assertEquals("aml § 10-8 (4)", v.source());
    assertEquals(
        "E1 works Sunday 2027-01-10 and the next Sunday or holiday, Sunday 2027-01-17; after Sunday"
            + " or holiday work the next one is free (aml § 10-8 (4)).",
        v.message());
    assertTrue(v.messageNynorsk().contains("sundag 2027-01-17"), v.messageNynorsk());
  }

  @Test
  void nextFree_everyOtherSunday_accepts() {
    assertEquals(
        ImmutableList.of(),
        NEXT_FREE.check(weeks(3), roster(on("E1", SUNDAY, "D"), on("E1", SUNDAY.plusWeeks(2), "D"))));
  }

  @Test
  void nextFree_saturdayNightShift_worksTheSunday() {
    ImmutableList<Violation> violations =
        NEXT_FREE.check(
            weeks(3), roster(on("E1", SUNDAY, "D"), on("E1", SUNDAY.plusDays(6), "N")));
    assertEquals(1, violations.size());
    assertEquals(SUNDAY.plusWeeks(1), violations.get(0).date());
  }

  @Test
  void nextFree_maundyThursdayAndGoodFriday_areOnePeriod() {
    LocalDate monday = LocalDate.of(2027, 3, 22);
    Problem problem = TimeRuleFixtures.calendar(monday, 14, DAY, NIGHT);
    assertEquals(
        ImmutableList.of(),
        NEXT_FREE.check(
            problem, roster(on("E1", LocalDate.of(2027, 3, 25), "D"), on("E1", LocalDate.of(2027, 3, 26), "D"))));
    // A night shift from Easter Sunday into Easter Monday works one period, not two.
    assertEquals(ImmutableList.of(), NEXT_FREE.check(problem, roster(on("E1", LocalDate.of(2027, 3, 28), "N"))));
  }

  @Test
  void nextFree_goodFridayThenEasterSunday_reportsTheSunday() {
    LocalDate monday = LocalDate.of(2027, 3, 22);
    Problem problem = TimeRuleFixtures.calendar(monday, 14, DAY, NIGHT);
    ImmutableList<Violation> violations =
        NEXT_FREE.check(
            problem, roster(on("E1", LocalDate.of(2027, 3, 26), "D"), on("E1", LocalDate.of(2027, 3, 29), "D")));
    assertEquals(1, violations.size());
    assertEquals(LocalDate.of(2027, 3, 29), violations.get(0).date());
    assertTrue(
        violations.get(0).message().contains("the holiday 2027-03-26 and the next Sunday or holiday, the holiday 2027-03-29"),
        violations.get(0).message());
  }

  @Test
  void nextFree_cyclicRotation_wrapsFromLastSundayToFirst() {
    Problem problem = TimeRuleFixtures.cyclic(MONDAY, 3, DAY, NIGHT);
    Roster roster = roster(on("E1", SUNDAY, "D"), on("E1", SUNDAY.plusWeeks(2), "D"));
    ImmutableList<Violation> violations = NEXT_FREE.check(problem, roster);
    assertEquals(1, violations.size());
    assertEquals(SUNDAY, violations.get(0).date());
    assertEquals(ImmutableList.of(), NEXT_FREE.check(weeks(3), roster));
  }

  /** D on the Sundays of the given week numbers (0-based). */
  private static Roster sundays(int... weeks) {
    List<Assignment> shifts = new ArrayList<>();
    for (int w : weeks) {
      shifts.add(on("E1", SUNDAY.plusWeeks(w), "D"));
    }
    return Roster.of(shifts);
  }

  @Test
  void averaged_threeOfFourSundays_reportsOneTooMany() {
    ImmutableList<Violation> violations = AVERAGED.check(weeks(4), sundays(0, 1, 2));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(SUNDAY, v.date());
    assertEquals(SUNDAY.plusWeeks(3), v.endDate().orElseThrow());
    assertEquals(3, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works 3 of the 4 Sundays and holidays from 2027-01-10 to 2027-01-31; at most 2, so that"
            + " every other one is free on average (aml § 10-8 (4)).",
        v.message());
  }

  @Test
  void averaged_twoSundaysInARowOfFour_accepts() {
    assertEquals(ImmutableList.of(), AVERAGED.check(weeks(4), sundays(0, 1)));
  }

  @Test
  void averaged_fourSundaysInARow_reportsTheRun() {
    ImmutableList<Violation> violations = AVERAGED.check(weeks(10), sundays(0, 1, 2, 3));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(SUNDAY, v.date());
    assertEquals(SUNDAY.plusWeeks(3), v.endDate().orElseThrow());
    assertEquals(4, v.measured());
    assertEquals(3, v.limit());
    assertEquals(1, v.penalty());
    assertTrue(v.message().contains("at least every 4th Sunday must be free"), v.message());
  }

  @Test
  void averaged_threeSundaysInARow_accepts() {
    assertEquals(ImmutableList.of(), AVERAGED.check(weeks(10), sundays(0, 1, 2)));
  }

  @Test
  void averaged_cyclicRotation_joinsRunAcrossTheWrap() {
    Problem problem = TimeRuleFixtures.cyclic(MONDAY, 10, DAY, NIGHT);
    ImmutableList<Violation> violations = AVERAGED.check(problem, sundays(0, 1, 8, 9));
    assertEquals(1, violations.size());
    assertEquals(SUNDAY.plusWeeks(8), violations.get(0).date());
    assertEquals(SUNDAY.plusWeeks(1), violations.get(0).endDate().orElseThrow());
    assertEquals(4, violations.get(0).measured());
  }

  @Test
  void averaged_planLongerThanWindow_slidesTheWindow() {
    LocalDate monday = LocalDate.of(2027, 8, 2); // eight weeks without public holidays
    Problem problem = TimeRuleFixtures.calendar(monday, 56, DAY, NIGHT);
    SundayRest fourWeeks = AVERAGED.withAveragingWeeks(4);
    LocalDate sunday = monday.plusDays(6);
    Roster everyOther = roster(
        on("E1", sunday, "D"), on("E1", sunday.plusWeeks(2), "D"),
        on("E1", sunday.plusWeeks(4), "D"), on("E1", sunday.plusWeeks(6), "D"));
    assertEquals(ImmutableList.of(), fourWeeks.check(problem, everyOther));
    Roster twoInARow = roster(
        on("E1", sunday, "D"), on("E1", sunday.plusWeeks(2), "D"),
        on("E1", sunday.plusWeeks(4), "D"), on("E1", sunday.plusWeeks(5), "D"));
    ImmutableList<Violation> violations = fourWeeks.check(problem, twoInARow);
    assertEquals(1, violations.size()); // only the window of Sundays 3 to 6 holds three
    assertEquals(sunday.plusWeeks(2), violations.get(0).date());
    assertEquals(sunday.plusWeeks(5), violations.get(0).endDate().orElseThrow());
    assertEquals(3, violations.get(0).measured());
    assertEquals(2, violations.get(0).limit());
  }

  @Test
  void sundayRest_zeroAveragingWeeks_failsNamingValue() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> SundayRest.builder().averagingWeeks(0).build());
    assertEquals("rule sunday-rest: averagingWeeks (0) must be between 1 and 52", e.getMessage());
  }
}
