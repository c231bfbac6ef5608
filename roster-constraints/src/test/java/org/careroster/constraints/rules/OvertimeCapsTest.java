package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.wardOver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Measure;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

class OvertimeCapsTest {

  private static final ShiftType TEN_HOURS = shift("O", 8, 0, 600); // 08:00-18:00
  private static final ShiftType FIVE_HOURS_ONE = shift("P", 8, 0, 301); // 08:00-13:01
  private static final ShiftType ONE_MINUTE = shift("M", 8, 0, 1);

  private static Problem problem(PlanningHorizon horizon) {
    return wardOver(horizon, employee("E1", 100))
        .addShiftType(TEN_HOURS)
        .addShiftType(FIVE_HOURS_ONE)
        .addShiftType(ONE_MINUTE)
        .build();
  }

  private static Assignment overtime(LocalDate date, String shift) {
    return on("E1", date, shift).withOvertime(true);
  }

  @Test
  void check_oneMinuteOverWeeklyCap_reportsWeek() {
    Problem problem = problem(PlanningHorizon.ofDays(MONDAY, 7));
    ImmutableList<Violation> violations =
        Rules.overtimeCaps()
            .check(
                problem,
                roster(
                    overtime(MONDAY, "O"),
                    overtime(MONDAY.plusDays(1), "M"),
                    on("E1", MONDAY.plusDays(2), "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("overtime-caps", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(6), v.endDate().orElseThrow());
    assertEquals(601, v.measured());
    assertEquals(600, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.MINUTES, v.measure());
    assertEquals("aml § 10-6 (4)", v.source());
    assertEquals(
        "E1 works 10 h 1 min of overtime in the week 2027-01-04 – 2027-01-10; the cap is 10 h"
            + " (aml § 10-6 (4)).",
        v.message());
    assertEquals(
        "E1 har 10 t 1 min overtid i veka 2027-01-04–2027-01-10; grensa er 10 t (aml § 10-6 (4)).",
        v.messageNynorsk());
  }

  @Test
  void check_exactlyWeeklyCapAndOrdinaryShifts_isKept() {
    Problem problem = problem(PlanningHorizon.ofDays(MONDAY, 7));
    assertEquals(
        ImmutableList.of(),
        Rules.overtimeCaps()
            .check(
                problem,
                roster(
                    overtime(MONDAY, "O"),
                    on("E1", MONDAY.plusDays(1), "O"),
                    on("E1", MONDAY.plusDays(2), "O"))));
  }

  @Test
  void check_oneMinuteOverFourWeekCap_reportsWindow() {
    Problem problem = problem(PlanningHorizon.ofDays(MONDAY, 28));
    ImmutableList<Violation> violations =
        Rules.overtimeCaps()
            .check(
                problem,
                roster(
                    overtime(MONDAY, "O"),
                    overtime(MONDAY.plusWeeks(1), "O"),
                    overtime(MONDAY.plusWeeks(2), "P")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(27), v.endDate().orElseThrow());
    assertEquals(1501, v.measured());
    assertEquals(1500, v.limit());
    assertEquals(1, v.penalty());
    assertMessagesMention(v, "E1", "25 ", "2027-01-04", "2027-01-31", "aml § 10-6 (4)");
  }

  @Test
  void check_fourWeekOvertimeInCalendarFiveWeeks_isKeptButWrapsInRotation() {
    // Weeks 5 and 1 and 2 hold 10 h, 10 h and 5 h 1 min: only the repeating rotation joins them.
    ImmutableList<Assignment> shifts =
        ImmutableList.of(
            overtime(MONDAY, "O"),
            overtime(MONDAY.plusWeeks(1), "P"),
            overtime(MONDAY.plusWeeks(4), "O"));
    assertEquals(
        ImmutableList.of(),
        Rules.overtimeCaps().check(problem(PlanningHorizon.ofDays(MONDAY, 35)), Roster.of(shifts)));
    ImmutableList<Violation> violations =
        fourWeekly(
            Rules.overtimeCaps()
                .check(problem(PlanningHorizon.cyclic(MONDAY, 5)), Roster.of(shifts)));
    assertEquals(2, violations.size());
    assertEquals(MONDAY.plusWeeks(3), violations.get(0).date());
    assertEquals(MONDAY.plusWeeks(3).plusDays(27), violations.get(0).endDate().orElseThrow());
    assertEquals(MONDAY.plusWeeks(4), violations.get(1).date());
    assertEquals(1501, violations.get(0).measured());
    assertEquals(1501, violations.get(1).measured());
  }

  /** The violations of the four-week cap (25 h by default). */
  private static ImmutableList<Violation> fourWeekly(ImmutableList<Violation> violations) {
    return violations.stream()
        .filter(v -> v.limit() == 1500)
        .collect(ImmutableList.toImmutableList());
  }

  @Test
  void check_sundayNightInRotation_countsMorningInFirstWeek() {
    // N on the last Sunday runs 21:45-07:45: 2 h 15 min in week 2, 7 h 45 min in week 1.
    Problem problem = problem(PlanningHorizon.cyclic(MONDAY, 2));
    ImmutableList<Violation> violations =
        Rules.overtimeCaps()
            .check(
                problem,
                roster(overtime(MONDAY.plusDays(1), "P"), overtime(MONDAY.plusDays(13), "N")))
            .stream()
            .filter(v -> v.limit() == 600)
            .collect(ImmutableList.toImmutableList());
    assertEquals(1, violations.size());
    assertEquals(MONDAY, violations.get(0).date());
    assertEquals(301 + 465, violations.get(0).measured());
  }

  @Test
  void check_sundayNightAtCalendarEnd_countsOnlyBeforeMidnight() {
    Problem problem = problem(PlanningHorizon.ofDays(MONDAY, 7));
    ImmutableList<Violation> violations =
        Rules.overtimeCaps()
            .withPerWeek(Duration.ofMinutes(134))
            .check(problem, roster(overtime(MONDAY.plusDays(6), "N")));
    assertEquals(1, violations.size());
    assertEquals(135, violations.get(0).measured()); // 21:45-24:00
  }

  @Test
  void check_yearCapAcrossNewYear_judgesEachCalendarYear() {
    // Caps in order (week ≤ four weeks ≤ year): 10 h, 40 h, 40 h. One 10 h overtime shift each
    // Thursday from 25 Nov 2027 to 3 Feb 2028 keeps every week and every four weeks within their
    // caps, while each calendar year's part holds more than 40 h: 2027 six shifts, 2028 five.
    LocalDate monday = LocalDate.of(2027, 11, 22);
    Problem problem = problem(PlanningHorizon.ofDays(monday, 77));
    OvertimeCaps caps =
        Rules.overtimeCaps(Duration.ofHours(10), Duration.ofHours(40), Duration.ofHours(40));
    List<Assignment> thursdays = new ArrayList<>();
    for (LocalDate d = monday.plusDays(3); d.isBefore(monday.plusDays(77)); d = d.plusDays(7)) {
      thursdays.add(on("E1", d, "O").withOvertime(true));
    }
    ImmutableList<Violation> violations = caps.check(problem, Roster.of(thursdays));
    assertEquals(2, violations.size(), violations::toString);
    Violation v2027 = violations.get(0);
    assertEquals(monday, v2027.date());
    assertEquals(LocalDate.of(2027, 12, 31), v2027.endDate().orElseThrow());
    assertEquals(3600, v2027.measured());
    assertEquals(2400, v2027.limit());
    assertEquals(1200, v2027.penalty());
    assertTrue(v2027.message().contains("calendar year 2027"), v2027.message());
    assertTrue(v2027.messageNynorsk().contains("kalenderåret 2027"), v2027.messageNynorsk());
    Violation v2028 = violations.get(1);
    assertEquals(LocalDate.of(2028, 1, 1), v2028.date());
    assertEquals(monday.plusDays(76), v2028.endDate().orElseThrow());
    assertEquals(3000, v2028.measured());
  }

  @Test
  void check_yearInRotation_repeatsRotationOverFiftyTwoWeeks() {
    // 4 h 1 min a week for 52 weeks is 208 h 52 min.
    Problem problem =
        wardOver(PlanningHorizon.cyclic(MONDAY, 1), employee("E1", 100))
            .addShiftType(shift("F", 8, 0, 241))
            .build();
    ImmutableList<Violation> violations =
        Rules.overtimeCaps().check(problem, roster(overtime(MONDAY, "F")));
    assertEquals(1, violations.size());
    assertEquals(52 * 241, violations.get(0).measured());
    assertEquals(200 * 60, violations.get(0).limit());
    assertEquals(MONDAY.plusWeeks(52).minusDays(1), violations.get(0).endDate().orElseThrow());
  }

  @Test
  void source_capAboveLaw_isAgreement() {
    assertEquals("aml § 10-6 (4)", Rules.overtimeCaps().source());
    assertEquals(
        "aml § 10-6 (5)", Rules.overtimeCaps().withPerFourWeeks(Duration.ofHours(50)).source());
  }

  @Test
  void overtimeCaps_weekAboveTwentyHours_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Rules.overtimeCaps().withPerWeek(Duration.ofHours(21)));
    assertEquals(
        "rule overtime-caps: perWeek (\"PT21H\") must be more than 0 and at most 20 hours"
            + " (aml § 10-6 (5))",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Rules.overtimeCaps().withPerYear(Duration.ZERO));
  }

  @Test
  void write_agreedCaps_roundTrip() {
    assertRoundTrips(Rules.overtimeCaps());
    assertRoundTrips(
        Rules.overtimeCaps(Duration.ofHours(20), Duration.ofHours(50), Duration.ofHours(300))
            .withSeverity(Severity.soft(4)));
  }
}
