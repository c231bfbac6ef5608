package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.shift;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class FairnessTest {

  private static final Employee E1 = employee("E1", 100);
  private static final Employee E2_HALF = employee("E2", 50);

  @Test
  void check_halfPositionWithTwoOfThreeNights_reportsOneAboveShare() {
    Problem problem = ward(7, E1, E2_HALF).build();
    ImmutableList<Violation> violations =
        Rules.fairness()
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "N"),
                    on("E2", MONDAY.plusDays(1), "N"),
                    on("E2", MONDAY.plusDays(2), "N")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("fairness", v.ruleId());
    assertFalse(v.severity().isHard());
    assertEquals("E2", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals(MONDAY.plusDays(6), v.endDate().orElseThrow());
    assertEquals(2, v.measured());
    assertEquals(1, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(1, v.cost());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(
        "E2 works 2 nights from 2027-01-04 to 2027-01-10; the fair share of the 2 in the"
            + " health-worker group (50 % position, 3 nights in all) is 1.0, so at most 1"
            + " (fairness (local agreement)).",
        v.message());
    assertEquals(
        "E2 har 2 nattevakter frå 2027-01-04 til 2027-01-10; den rettferdige delen blant dei 2 i"
            + " gruppa health-worker (50 % stilling, 3 nattevakter i alt) er 1,0, så høgst 1"
            + " (fairness (local agreement)).",
        v.messageNynorsk());
  }

  @Test
  void check_nightsInProportionToPosition_isKept() {
    Problem problem = ward(7, E1, E2_HALF).build();
    assertEquals(
        ImmutableList.of(),
        Rules.fairness()
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "N"),
                    on("E1", MONDAY.plusDays(1), "N"),
                    on("E2", MONDAY.plusDays(2), "N"))));
  }

  @Test
  void check_shareRoundedUp_allowsTwoOfThreeButNotThree() {
    Problem problem = ward(7, E1, employee("E2", 100)).build();
    assertEquals(
        ImmutableList.of(),
        Rules.fairness()
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "N"),
                    on("E1", MONDAY.plusDays(1), "N"),
                    on("E2", MONDAY.plusDays(2), "N"))));
    ImmutableList<Violation> violations =
        Rules.fairness()
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "N"),
                    on("E1", MONDAY.plusDays(1), "N"),
                    on("E1", MONDAY.plusDays(2), "N")));
    assertEquals(1, violations.size());
    assertEquals(3, violations.get(0).measured());
    assertEquals(2, violations.get(0).limit());
    assertMessagesMention(violations.get(0), "E1", "3 ", "2 (");
    assertTrue(violations.get(0).message().contains("is 1.5"), violations.get(0).message());
    assertTrue(
        violations.get(0).messageNynorsk().contains("er 1,5"), violations.get(0).messageNynorsk());
  }

  @Test
  void check_employeeExemptFromNights_isNotInNightGroup() {
    Problem problem =
        ward(7, E1, employee("E2", 100), person("E3", 100).worksNights(false).build()).build();
    assertEquals(
        ImmutableList.of(),
        Rules.fairness(FairnessMeasure.NIGHTS)
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "N"),
                    on("E1", MONDAY.plusDays(1), "N"),
                    on("E2", MONDAY.plusDays(2), "N"))));
  }

  @Test
  void check_otherRole_isAnotherGroup() {
    Problem problem = ward(7, E1, person("N1", 100, Role.NURSE).build()).build();
    assertEquals(
        ImmutableList.of(),
        Rules.fairness()
            .check(
                problem,
                roster(
                    on("N1", MONDAY, "N"),
                    on("N1", MONDAY.plusDays(1), "N"),
                    on("N1", MONDAY.plusDays(2), "N"))));
  }

  @Test
  void check_saturdaySundayAndFridayNight_countTwoWeekends() {
    Problem problem = ward(14, E1, employee("E2", 100)).build();
    ImmutableList<Violation> violations =
        Rules.fairness(FairnessMeasure.WEEKENDS)
            .check(
                problem,
                roster(
                    on("E1", MONDAY.plusDays(5), "D"),
                    on("E1", MONDAY.plusDays(6), "D"),
                    on("E1", MONDAY.plusDays(11), "N")));
    assertEquals(1, violations.size());
    assertEquals(2, violations.get(0).measured());
    assertEquals(1, violations.get(0).limit());
    assertMessagesMention(violations.get(0), "E1", "2 ", "1 (");
    assertTrue(violations.get(0).message().contains("2 weekends"), violations.get(0).message());
    assertTrue(
        violations.get(0).messageNynorsk().contains("2 helgar"),
        violations.get(0).messageNynorsk());
  }

  @Test
  void check_fridayEveningEndingBeforeMidnight_isNoWeekend() {
    Problem problem = ward(7, E1, employee("E2", 100)).build();
    assertEquals(
        ImmutableList.of(),
        Rules.fairness(FairnessMeasure.WEEKENDS)
            .check(
                problem,
                roster(on("E1", MONDAY.plusDays(4), "A"), on("E1", MONDAY.plusDays(3), "A"))));
  }

  @Test
  void check_longShifts_countOnlyThoseWhoAccept() {
    Problem problem =
        ward(
                7,
                person("E1", 100).acceptsLongShifts(true).build(),
                person("E2", 100).acceptsLongShifts(true).build(),
                employee("E3", 100))
            .addShiftType(shift("LD", 8, 0, 750))
            .build();
    ImmutableList<Violation> violations =
        Rules.fairness(FairnessMeasure.LONG_SHIFTS)
            .check(
                problem,
                roster(
                    on("E1", MONDAY.plusDays(5), "LD"),
                    on("E1", MONDAY.plusDays(6), "LD"),
                    on("E3", MONDAY.plusDays(4), "LD")));
    assertEquals(1, violations.size());
    assertEquals("E1", violations.get(0).employee().orElseThrow());
    assertEquals(2, violations.get(0).measured());
    assertEquals(1, violations.get(0).limit());
    assertTrue(violations.get(0).message().contains("2 long shifts"), violations.get(0).message());
    assertTrue(
        violations.get(0).messageNynorsk().contains("2 langvakter"),
        violations.get(0).messageNynorsk());
  }

  @Test
  void fairness_noMeasures_failsNamingParameter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Fairness.builder().measures(ImmutableSet.of()).build());
    assertEquals(
        "rule fairness: measures (\"[]\") must name at least one of [NIGHTS, WEEKENDS,"
            + " LONG_SHIFTS]",
        e.getMessage());
  }

  @Test
  void fairness_default_sharesAllThree() {
    assertEquals(
        ImmutableSet.of(
            FairnessMeasure.NIGHTS, FairnessMeasure.WEEKENDS, FairnessMeasure.LONG_SHIFTS),
        Rules.fairness().measures());
  }

  @Test
  void write_nightsOnly_roundTrips() {
    Fairness nights = Rules.fairness(FairnessMeasure.NIGHTS).withSeverity(Severity.soft(2));
    assertTrue(RosterJson.strict().write(RuleSet.of(nights)).contains("\"NIGHTS\""));
    assertRoundTrips(nights);
    assertRoundTrips(Rules.fairness());
  }
}
