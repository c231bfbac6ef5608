package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.NIGHT;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/** {@link OrdinaryHoursPerDay} and {@link TotalHoursPerDay}. */
class HoursPerDayTest {

  private static final ShiftType NINE = shift("L9", 8, 0, 540);
  private static final ShiftType NINE_AND_A_MINUTE = shift("L9+", 8, 0, 541);
  private static final ShiftType AFTER_DAY = shift("T", 15, 0, 330);
  private static final ShiftType AFTER_DAY_PLUS = shift("T+", 15, 0, 331);
  private static final OrdinaryHoursPerDay NINE_HOURS = Rules.ordinaryHoursPerDay(Duration.ofHours(9));
  private static final TotalHoursPerDay THIRTEEN_HOURS = Rules.totalHoursPerDay(Duration.ofHours(13));

  private static Problem problem() {
    return TimeRuleFixtures.calendar(MONDAY, 7, DAY, NIGHT, NINE, NINE_AND_A_MINUTE, AFTER_DAY, AFTER_DAY_PLUS);
  }

  @Test
  void ordinary_oneMinuteOverNineHours_reportsIt() {
    ImmutableList<Violation> violations = NINE_HOURS.check(problem(), roster(on("E1", MONDAY, "L9+")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(MONDAY, v.date());
    assertEquals(541, v.measured());
    assertEquals(540, v.limit());
    assertEquals(1, v.penalty());
    assertEquals("aml § 10-4 (1)", v.source());
    assertEquals(
        "E1 works 9 h 1 min of ordinary time on 2027-01-04; the maximum is 9 h (aml § 10-4 (1)).",
        v.message());
    assertEquals(
        "E1 arbeider 9 t 1 min ordinær tid den 2027-01-04; største tillatne er 9 t (aml § 10-4 (1)).",
        v.messageNynorsk());
  }

  @Test
  void ordinary_exactlyNineHours_accepts() {
    assertEquals(ImmutableList.of(), NINE_HOURS.check(problem(), roster(on("E1", MONDAY, "L9"))));
  }

  @Test
  void ordinary_overtimeShift_isNotOrdinaryTime() {
    Roster roster = Roster.of(ImmutableList.of(overtime(MONDAY, "L9+")));
    assertEquals(ImmutableList.of(), NINE_HOURS.check(problem(), roster));
  }

  @Test
  void ordinary_sourceFollowsAgreement() {
    assertEquals("aml § 10-5 (1)", Rules.ordinaryHoursPerDay(Duration.ofHours(10)).source());
    assertEquals("aml § 10-5 (2)", Rules.ordinaryHoursPerDay(Duration.ofMinutes(750)).source());
    assertEquals("aml § 10-12 (4)", Rules.ordinaryHoursPerDay(Duration.ofHours(13)).source());
  }

  @Test
  void ordinary_nightShiftWhenClocksGoBack_measuresElevenRealHours() {
    LocalDate saturday = LocalDate.of(2027, 10, 30); // clocks go back in the night to Sunday
    Problem problem = TimeRuleFixtures.calendar(saturday, 2, NIGHT);
    ImmutableList<Violation> violations =
        Rules.ordinaryHoursPerDay(Duration.ofHours(10)).check(problem, roster(on("E1", saturday, "N")));
    assertEquals(660, violations.get(0).measured());
  }

  @Test
  void ordinary_nightShiftWhenClocksGoForward_measuresNineRealHours() {
    LocalDate saturday = LocalDate.of(2027, 3, 27); // clocks go forward in the night to Sunday
    Problem problem = TimeRuleFixtures.calendar(saturday, 2, NIGHT);
    assertEquals(ImmutableList.of(), NINE_HOURS.check(problem, roster(on("E1", saturday, "N"))));
  }

  @Test
  void total_dayPlusOvertimeOneMinuteOver13Hours_reportsIt() {
    Roster roster = Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY, "D"), overtime(MONDAY, "T+")));
    ImmutableList<Violation> violations = THIRTEEN_HOURS.check(problem(), roster);
    assertEquals(1, violations.size());
    assertEquals(781, violations.get(0).measured());
    assertEquals(780, violations.get(0).limit());
    assertEquals(1, violations.get(0).penalty());
    assertEquals("aml § 10-6 (8)", violations.get(0).source());
    assertTrue(violations.get(0).message().contains("13 h 1 min of working time"));
  }

  @Test
  void total_exactly13Hours_accepts() {
    Roster roster = Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY, "D"), overtime(MONDAY, "T")));
    assertEquals(ImmutableList.of(), THIRTEEN_HOURS.check(problem(), roster));
  }

  private static Assignment overtime(LocalDate date, String shift) {
    return Assignment.of("E1", date, shift).withOvertime(true);
  }
}
