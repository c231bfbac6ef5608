package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.careroster.constraints.rules.DemandRuleFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class PreferredCoverTest {

  private static final Problem PROBLEM =
      ward(1, employee("E1", 100), employee("E2", 100))
          .staffingPlan(plan(row(MONDAY, "D", 1).preferred(2).build()))
          .build();

  @Test
  void check_onePersonBelowPreferred_reportsShiftDateAndCounts() {
    ImmutableList<Violation> violations =
        Rules.preferredCover().check(PROBLEM, roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "A")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("preferred-cover", v.ruleId());
    assertFalse(v.severity().isHard());
    assertEquals(MONDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(2, v.limit());
    assertEquals(Measure.PEOPLE, v.measure());
    assertEquals(1, v.penalty());
    assertEquals(1, v.cost());
    assertEquals("staffing plan (bemanningsplan)", v.source());
    assertEquals(
        "D on 2027-01-04 has 1 person who counts; the staffing plan prefers 2"
            + " (staffing plan (bemanningsplan)).",
        v.message());
    assertEquals(
        "D 2027-01-04 har 1 som tel; bemanningsplanen ønskjer 2 (staffing plan (bemanningsplan)).",
        v.messageNynorsk());
  }

  @Test
  void check_preferredNumberWorking_isKept() {
    assertEquals(
        ImmutableList.of(),
        Rules.preferredCover()
            .check(PROBLEM, roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "D"))));
  }

  @Test
  void check_rowWithoutPreferred_asksNoMoreThanMinimum() {
    Problem problem =
        ward(1, employee("E1", 100)).staffingPlan(plan(row(MONDAY, "D", 1).build())).build();
    assertEquals(
        ImmutableList.of(), Rules.preferredCover().check(problem, roster(on("E1", MONDAY, "D"))));
  }

  @Test
  void check_onlyNursesCount_countsNurseAndNamesRole() {
    Problem problem =
        ward(1, person("N1", 100, Role.NURSE).build(), employee("E2", 100))
            .staffingPlan(plan(row(MONDAY, "D", 0).preferred(2).addRole("nurse").build()))
            .build();
    ImmutableList<Violation> violations =
        Rules.preferredCover()
            .withSeverity(Severity.soft(5))
            .check(problem, roster(on("N1", MONDAY, "D"), on("E2", MONDAY, "D")));
    assertEquals(1, violations.size());
    assertEquals(1, violations.get(0).measured());
    assertEquals(5, violations.get(0).cost());
    assertMessagesMention(violations.get(0), "(nurse)", " 1 ", " 2 ");
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"preferred-cover\",\"minimum\":2}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("minimum"), e.getMessage());
  }

  @Test
  void write_softFive_roundTrips() {
    assertRoundTrips(Rules.preferredCover().withSeverity(Severity.soft(5)));
    assertRoundTrips(Rules.preferredCover());
  }
}
