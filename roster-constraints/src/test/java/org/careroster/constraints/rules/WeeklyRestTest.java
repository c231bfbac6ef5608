package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.NIGHT;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

class WeeklyRestTest {

  private static final ShiftType AT_0200 = shift("F", 2, 0, 240);
  private static final ShiftType AT_0159 = shift("G", 1, 59, 240);
  private static final ShiftType AT_1100 = shift("M", 11, 0, 240);
  private static final WeeklyRest LAW = Rules.weeklyRest(Duration.ofHours(35));

  /** D Mon–Wed (ends Wed 15:00), then {@code friday} early on Friday, then D Fri–Sun. */
  private static Roster week(ShiftType friday) {
    return roster(
        on("E1", MONDAY, "D"),
        on("E1", MONDAY.plusDays(1), "D"),
        on("E1", MONDAY.plusDays(2), "D"),
        on("E1", MONDAY.plusDays(4), friday.code()),
        on("E1", MONDAY.plusDays(4), "D"),
        on("E1", MONDAY.plusDays(5), "D"),
        on("E1", MONDAY.plusDays(6), "D"));
  }

  @Test
  void check_longestRestOneMinuteShort_reportsWeek() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, DAY, AT_0159);
    ImmutableList<Violation> violations = LAW.check(problem, week(AT_0159));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(6), v.endDate().orElseThrow());
    assertEquals(35 * 60 - 1, v.measured());
    assertEquals(35 * 60, v.limit());
    assertEquals(1, v.penalty());
    assertEquals("aml § 10-8 (2)", v.source());
    assertEquals(
        "E1's longest rest in the week of 2027-01-04 is 34 h 59 min; each week needs 35 h in one"
            + " stretch (aml § 10-8 (2)).",
        v.message());
    assertTrue(v.messageNynorsk().contains("34 t 59 min"), v.messageNynorsk());
  }

  @Test
  void check_longestRestExactly35Hours_accepts() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, DAY, AT_0200);
    assertEquals(ImmutableList.of(), LAW.check(problem, week(AT_0200)));
  }

  @Test
  void check_agreement28Hours_acceptsShorterRestAndCitesParagraph3() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, DAY, AT_0159);
    assertEquals(ImmutableList.of(), Rules.weeklyRest(Duration.ofHours(28)).check(problem, week(AT_0159)));
    assertEquals("aml § 10-8 (3)", Rules.weeklyRest(Duration.ofHours(28)).source());
  }

  @Test
  void check_incompleteWeek_isNotJudged() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 6, DAY, AT_0159);
    assertEquals(ImmutableList.of(), LAW.check(problem, roster(on("E1", MONDAY, "D"))));
  }

  /** M Tue 11:00, D Wed–Sat, N Sun: 35 h free from Monday 00:00, unless last turn's N ends 07:45. */
  private static Roster wrapping() {
    return roster(
        on("E1", MONDAY.plusDays(1), "M"),
        on("E1", MONDAY.plusDays(2), "D"),
        on("E1", MONDAY.plusDays(3), "D"),
        on("E1", MONDAY.plusDays(4), "D"),
        on("E1", MONDAY.plusDays(5), "D"),
        on("E1", MONDAY.plusDays(6), "N"));
  }

  @Test
  void check_cyclicRotation_countsSundayNightOfPreviousTurn() {
    Problem problem = TimeRuleFixtures.cyclic(MONDAY, 1, DAY, NIGHT, AT_1100);
    ImmutableList<Violation> violations = LAW.check(problem, wrapping());
    assertEquals(1, violations.size());
    // Sat 15:00 to Sun 21:45 is now the longest; Mon 07:45 to Tue 11:00 is only 27 h 15 min.
    assertEquals(30 * 60 + 45, violations.get(0).measured());
  }

  @Test
  void check_calendarPlan_startsRestAtMidnightMonday() {
    Problem problem = TimeRuleFixtures.calendar(MONDAY, 7, DAY, NIGHT, AT_1100);
    assertEquals(ImmutableList.of(), LAW.check(problem, wrapping()));
  }

  @Test
  void weeklyRest_longerThanAWeek_failsNamingValue() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Rules.weeklyRest(Duration.ofHours(169)));
    assertEquals("rule weekly-rest: minimum (\"PT169H\") must be more than 0 and at most 7 days", e.getMessage());
  }
}
