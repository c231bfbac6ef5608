package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
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
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class MaximumCoverTest {

  private static final Problem PROBLEM =
      ward(1, employee("E1", 100), employee("E2", 100), employee("E3", 100))
          .staffingPlan(plan(row(MONDAY, "D", 1).maximum(2).build()))
          .build();

  @Test
  void check_onePersonAboveMaximum_reportsShiftDateAndCounts() {
    ImmutableList<Violation> violations =
        Rules.maximumCover()
            .check(
                PROBLEM,
                roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "D"), on("E3", MONDAY, "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("maximum-cover", v.ruleId());
    assertFalse(v.severity().isHard());
    assertEquals(MONDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(3, v.measured());
    assertEquals(2, v.limit());
    assertEquals(Measure.PEOPLE, v.measure());
    assertEquals(1, v.penalty());
    assertEquals(10, v.cost());
    assertEquals(
        "D on 2027-01-04 has 3 people who count; the staffing plan allows at most 2"
            + " (staffing plan (bemanningsplan)).",
        v.message());
    assertMessagesMention(v, "2027-01-04", " 3 ", " 2 ", "bemanningsplan");
  }

  @Test
  void check_exactlyMaximum_isKept() {
    assertEquals(
        ImmutableList.of(),
        Rules.maximumCover()
            .check(
                PROBLEM,
                roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "D"), on("E3", MONDAY, "A"))));
  }

  @Test
  void check_rowWithoutMaximum_isNeverBroken() {
    Problem problem =
        ward(1, employee("E1", 100), employee("E2", 100))
            .staffingPlan(plan(row(MONDAY, "D", 1).build()))
            .build();
    assertEquals(
        ImmutableList.of(),
        Rules.maximumCover().check(problem, roster(on("E1", MONDAY, "D"), on("E2", MONDAY, "D"))));
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"maximum-cover\",\"maximum\":2}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("maximum"), e.getMessage());
  }

  @Test
  void write_defaultAndHard_roundTrip() {
    assertRoundTrips(Rules.maximumCover());
    assertRoundTrips(Rules.maximumCover().withSeverity(Severity.HARD));
  }
}
