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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class ForbiddenSuccessionsTest {

  private static final ForbiddenSuccessions NO_A_THEN_D =
      Rules.forbiddenSuccessions(Succession.of("A", "D"));

  @Test
  void check_eveningThenDay_reportsTheDayShift() {
    Problem problem = ward(3, employee("E1", 100)).build();
    Violation v = only(NO_A_THEN_D.check(problem, roster(on("E1", day(1), "A"), on("E1", day(2), "D"))));
    assertEquals("forbidden-successions", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(day(2), v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(
        "E1 works D on 2027-01-06 the day after A on 2027-01-05; the succession A → D is forbidden"
            + " (local agreement).",
        v.message());
    assertMessagesMention(v, "E1", "2027-01-06", "2027-01-05", "A → D", "local agreement");
  }

  @Test
  void check_eveningThenDayOff_isLawful() {
    Problem problem = ward(3, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(),
        NO_A_THEN_D.check(problem, roster(on("E1", MONDAY, "A"), on("E1", day(2), "D"))));
  }

  @Test
  void check_reverseOrderOrOtherEmployee_isLawful() {
    Problem problem = ward(3, employee("E1", 100), employee("E2", 100)).build();
    assertEquals(
        ImmutableList.of(),
        NO_A_THEN_D.check(
            problem,
            roster(on("E1", MONDAY, "D"), on("E1", day(1), "A"), on("E2", day(2), "D"))));
  }

  @Test
  void check_cyclicSundayEveningThenMonday_isReportedOnMonday() {
    Problem problem = cyclicWard(1, employee("E1", 100)).build();
    Violation v = only(NO_A_THEN_D.check(problem, roster(on("E1", MONDAY, "D"), on("E1", day(6), "A"))));
    assertEquals(MONDAY, v.date());
    assertTrue(v.message().contains("the day after A on 2027-01-10 (across the end of the rotation)"), v.message());
  }

  @Test
  void check_calendarSundayEveningThenMonday_isNotJudged() {
    Problem problem = ward(7, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(),
        NO_A_THEN_D.check(problem, roster(on("E1", MONDAY, "D"), on("E1", day(6), "A"))));
  }

  @Test
  void check_unknownShiftCode_failsNamingIndexCodeAndKnownCodes() {
    Problem problem = ward(3, employee("E1", 100)).build();
    ForbiddenSuccessions rule =
        Rules.forbiddenSuccessions(Succession.of("A", "D"), Succession.of("LD", "D"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rule.check(problem, roster()));
    assertEquals(
        "rule forbidden-successions: successions[1].from (\"LD\") is not a shift code of the problem;"
            + " known codes: D, A, N",
        e.getMessage());
  }

  @Test
  void forbiddenSuccessions_none_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.forbiddenSuccessions());
    assertTrue(e.getMessage().startsWith("rule forbidden-successions: successions"), e.getMessage());
    assertTrue(e.getMessage().endsWith("must list at least one succession"), e.getMessage());
  }

  @Test
  void forbiddenSuccessions_repeated_failsNamingIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Rules.forbiddenSuccessions(Succession.of("A", "D"), Succession.of("A", "D")));
    assertEquals(
        "rule forbidden-successions: successions[1] (\"A → D\") repeats an earlier succession",
        e.getMessage());
  }

  @Test
  void write_rule_roundTripsWithFromAndTo() {
    ForbiddenSuccessions rule =
        Rules.forbiddenSuccessions(Succession.of("A", "D"), Succession.of("N", "D"));
    String json = RosterJson.strict().write(RuleSet.of(rule));
    assertTrue(json.replaceAll("\\s", "").contains("{\"from\":\"A\",\"to\":\"D\"}"), json);
    assertRoundTrips(rule);
  }
}
