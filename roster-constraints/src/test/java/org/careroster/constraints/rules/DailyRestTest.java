package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

class DailyRestTest {

  private static final Rule ELEVEN_HOURS = Rules.dailyRest(Duration.ofHours(11));
  // Ends 22:00; a D at 07:30 the next morning leaves 9 h 30 min.
  private static final ShiftType LATE_D = shift("D9", 9, 0, 450); // 09:00-16:30

  @Test
  void check_eveningThenDay_reportsNineAndAHalfHours() {
    Problem problem = ward(2, employee("E7", 100)).build();
    ImmutableList<Violation> violations =
        ELEVEN_HOURS.check(problem, roster(on("E7", MONDAY, "A"), on("E7", MONDAY.plusDays(1), "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("daily-rest", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E7", v.employee().orElseThrow());
    assertEquals(MONDAY.plusDays(1), v.date());
    assertEquals(570, v.measured());
    assertEquals(660, v.limit());
    assertEquals(90, v.penalty());
    assertEquals("aml § 10-8 (1)", v.source());
    assertEquals(
        "E7 rests 9 h 30 min between A on 2027-01-04 (ends 22:00) and D on 2027-01-05 (starts 07:30);"
            + " minimum is 11 h (aml § 10-8 (1)).",
        v.message());
  }

  @Test
  void check_oneMinuteShort_reportsOneMinute() {
    ShiftType early = shift("E", 8, 59, 60); // 08:59, 10 h 59 min after A ends at 22:00
    Problem problem = ward(2, employee("E1", 100)).addShiftType(early).build();
    ImmutableList<Violation> violations =
        ELEVEN_HOURS.check(problem, roster(on("E1", MONDAY, "A"), on("E1", MONDAY.plusDays(1), "E")));
    assertEquals(1, violations.size());
    assertEquals(1, violations.get(0).penalty());
  }

  @Test
  void check_exactlyElevenHours_isLawful() {
    ShiftType nine = shift("E", 9, 0, 60); // 11 h after A ends at 22:00
    Problem problem = ward(2, employee("E1", 100)).addShiftType(nine).build();
    assertEquals(
        ImmutableList.of(),
        ELEVEN_HOURS.check(problem, roster(on("E1", MONDAY, "A"), on("E1", MONDAY.plusDays(1), "E"))));
  }

  @Test
  void check_eightHourAgreement_acceptsNineAndAHalfHours() {
    Problem problem = ward(2, employee("E7", 100)).build();
    assertEquals(
        ImmutableList.of(),
        Rules.dailyRest(Duration.ofHours(8))
            .check(problem, roster(on("E7", MONDAY, "A"), on("E7", MONDAY.plusDays(1), "D"))));
  }

  @Test
  void check_clocksGoForward_measuresRealElapsedTime() {
    // 22:00 Saturday to 09:00 Sunday reads 11 h on the wall, but the clocks skip 02:00-03:00.
    LocalDate saturday = LocalDate.of(2027, 3, 27);
    Problem problem =
        ward(saturday, 2, employee("E1", 100)).addShiftType(LATE_D)
            .build();
    ImmutableList<Violation> violations =
        ELEVEN_HOURS.check(problem, roster(on("E1", saturday, "A"), on("E1", saturday.plusDays(1), "D9")));
    assertEquals(1, violations.size());
    assertEquals(600, violations.get(0).measured());
  }

  @Test
  void check_overlappingShiftsOnOneDay_reportNegativeRest() {
    Problem problem = ward(1, employee("E1", 100)).build();
    ImmutableList<Violation> violations =
        ELEVEN_HOURS.check(problem, roster(on("E1", MONDAY, "D"), on("E1", MONDAY, "A")));
    assertEquals(1, violations.size());
    assertEquals(-30, violations.get(0).measured()); // D ends 15:00, A starts 14:30
  }

  @Test
  void check_nightThenFreeDayThenDay_isLawful() {
    Problem problem = ward(3, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(),
        ELEVEN_HOURS.check(problem, roster(on("E1", MONDAY, "N"), on("E1", MONDAY.plusDays(2), "D"))));
  }

  @Test
  void check_cyclicRotation_measuresRestAcrossTheWrap() {
    Roster sundayEveningMondayDay = roster(on("E1", MONDAY, "D"), on("E1", MONDAY.plusDays(6), "A"));
    Problem cyclic = TimeRuleFixtures.cyclic(MONDAY, 1, Fixtures.DAY, Fixtures.EVENING);
    ImmutableList<Violation> violations = ELEVEN_HOURS.check(cyclic, sundayEveningMondayDay);
    assertEquals(1, violations.size());
    assertEquals(MONDAY, violations.get(0).date()); // the next turn's Monday is this turn's first day
    assertEquals(570, violations.get(0).measured());
    Problem calendar = TimeRuleFixtures.calendar(MONDAY, 7, Fixtures.DAY, Fixtures.EVENING);
    assertEquals(ImmutableList.of(), ELEVEN_HOURS.check(calendar, sundayEveningMondayDay));
  }

  @Test
  void dailyRest_zeroMinimum_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.dailyRest(Duration.ZERO));
    assertEquals("rule daily-rest: minimum (\"PT0S\") must be more than 0 and at most 24 hours", e.getMessage());
  }
}
