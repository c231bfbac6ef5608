package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
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
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

class LongShiftsTest {

  private static final LongShifts DEFAULTS = LongShifts.builder().build();
  private static final ShiftType LD = shift("LD", 8, 0, 750); // 08:00-20:30, 12 h 30 min
  private static final ShiftType LD_PLUS = shift("LX", 8, 0, 751); // one minute longer
  private static final Employee VOLUNTEER = SequenceRuleFixtures.employee("E1", Optional.empty(), true);
  private static final Employee OTHER = SequenceRuleFixtures.employee("E2", Optional.empty(), false);

  private static Problem.Builder ward(int days, Employee... staff) {
    return Fixtures.ward(days, staff).addShiftType(LD).addShiftType(LD_PLUS);
  }

  @Test
  void check_volunteerOnSaturdayAndSunday_isLawful() {
    Problem problem = ward(7, VOLUNTEER).build();
    assertEquals(
        ImmutableList.of(), DEFAULTS.check(problem, roster(on("E1", day(5), "LD"), on("E1", day(6), "LD"))));
  }

  @Test
  void check_employeeWhoHasNotAgreed_isReported() {
    Problem problem = ward(7, OTHER).build();
    Violation v = only(DEFAULTS.check(problem, roster(on("E2", day(5), "LD"))));
    assertEquals("long-shifts", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E2", v.employee().orElseThrow());
    assertEquals(day(5), v.date());
    assertEquals("LD", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(1, v.penalty());
    assertEquals("aml § 10-5 (2); voluntary (NSF)", v.source());
    assertMessagesMention(v, "E2", "LD", "2027-01-09", v.source());
  }

  @Test
  void check_oneMinuteTooLong_reportsOneMinute() {
    Problem problem = ward(7, VOLUNTEER).build();
    Violation v = only(DEFAULTS.check(problem, roster(on("E1", day(5), "LX"))));
    assertEquals(751, v.measured());
    assertEquals(750, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.MINUTES, v.measure());
    assertEquals(
        "E1 works long shift LX on 2027-01-09 for 12 h 31 min (08:00 to 20:31); maximum is 12 h 30 min"
            + " (aml § 10-5 (2); voluntary (NSF)).",
        v.message());
    assertTrue(v.messageNynorsk().contains("12 t 31 min"), v.messageNynorsk());
    assertTrue(v.messageNynorsk().contains("12 t 30 min"), v.messageNynorsk());
  }

  @Test
  void check_clocksGoBack_measuresRealDuration() {
    // 15:00 Saturday to 03:30 Sunday on the wall; the clocks go back at 03:00, so 13 h 30 min pass.
    LocalDate saturday = LocalDate.of(2027, 10, 30);
    ShiftType late = shift("LA", 15, 0, 750);
    Problem problem = Fixtures.ward(saturday, 2, VOLUNTEER).addShiftType(late).build();
    Violation v = only(DEFAULTS.check(problem, roster(on("E1", saturday, "LA"))));
    assertEquals(810, v.measured());
    assertEquals(60, v.penalty());
  }

  @Test
  void check_wednesday_isReportedAsDayNotAllowed() {
    Problem problem = ward(7, VOLUNTEER).build();
    Violation v = only(DEFAULTS.check(problem, roster(on("E1", day(2), "LD"))));
    assertEquals(day(2), v.date());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works long shift LD on 2027-01-06, a Wednesday; long shifts are allowed only on Saturday,"
            + " Sunday and public holidays (aml § 10-5 (2); voluntary (NSF)).",
        v.message());
    assertTrue(v.messageNynorsk().contains("onsdag"), v.messageNynorsk());
    assertTrue(v.messageNynorsk().contains("laurdag, sundag og helgedagar"), v.messageNynorsk());
  }

  @Test
  void check_maundyThursday_isAllowedOnlyWithHolidays() {
    LocalDate maundyThursday = LocalDate.of(2027, 3, 25);
    Problem problem =
        Fixtures.ward(maundyThursday, 1, VOLUNTEER).addShiftType(LD).build();
    assertEquals(ImmutableList.of(), DEFAULTS.check(problem, roster(on("E1", maundyThursday, "LD"))));
    Violation v =
        only(DEFAULTS.withOnHolidays(false).check(problem, roster(on("E1", maundyThursday, "LD"))));
    assertTrue(v.message().contains("a Thursday and public holiday"), v.message());
  }

  @Test
  void check_threeInOneWeek_reportsCountOverTwo() {
    LongShifts weekend = DEFAULTS.withDays(ImmutableSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    Problem problem = ward(7, VOLUNTEER).build();
    Violation v =
        only(
            weekend.check(
                problem, roster(on("E1", day(4), "LD"), on("E1", day(5), "LD"), on("E1", day(6), "LD"))));
    assertEquals(MONDAY, v.date());
    assertEquals(day(6), v.endDate().orElseThrow());
    assertEquals(3, v.measured());
    assertEquals(2, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertMessagesMention(v, "E1", "3 ", "2027-01-04", "2027-01-10", " 2 ", v.source());
  }

  @Test
  void check_cyclicWindowAcrossWrap_countsBothEnds() {
    // Two weeks per window, at most 2: week 3 has two long shifts and week 1 one.
    LongShifts rule = Rules.longShifts(2, 2);
    Problem problem = cyclicWard(3, VOLUNTEER).addShiftType(LD).build();
    Violation v =
        only(rule.check(problem, roster(on("E1", day(5), "LD"), on("E1", day(19), "LD"), on("E1", day(20), "LD"))));
    assertEquals(day(14), v.date());
    assertEquals(day(6), v.endDate().orElseThrow());
    assertEquals(3, v.measured());
    assertTrue(v.message().contains("across the end of the rotation"), v.message());
  }

  @Test
  void check_nightShiftOfTenHours_isNotALongShift() {
    Problem problem = ward(7, OTHER).build();
    assertEquals(ImmutableList.of(), DEFAULTS.check(problem, roster(on("E2", day(2), "N"))));
  }

  @Test
  void builder_noParameters_usesDefaults() {
    assertEquals(Duration.ofMinutes(750), DEFAULTS.maxDuration());
    assertEquals(ImmutableSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), DEFAULTS.days());
    assertTrue(DEFAULTS.onHolidays());
    assertEquals(2, DEFAULTS.maxCount());
    assertEquals(1, DEFAULTS.periodWeeks());
    assertTrue(DEFAULTS.severity().isHard());
    assertEquals("aml § 10-12 (4); voluntary (NSF)", DEFAULTS.withMaxDuration(Duration.ofHours(13)).source());
  }

  @Test
  void longShifts_zeroCount_failsNamingValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.longShifts(0, 1));
    assertEquals("rule long-shifts: maxCount (0) must be 1 or more", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Rules.longShifts(2, 53));
    assertEquals("rule long-shifts: periodWeeks (53) must be between 1 and 52", e.getMessage());
  }

  @Test
  void write_rule_roundTrips() {
    assertRoundTrips(DEFAULTS);
    assertRoundTrips(
        LongShifts.builder()
            .maxDuration(Duration.ofHours(13))
            .days(ImmutableSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
            .onHolidays(false)
            .maxCount(3)
            .periodWeeks(4)
            .severity(Severity.soft(10))
            .build());
  }
}
