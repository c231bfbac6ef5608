package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class NightEligibilityTest {

  private static final Problem PROBLEM =
      ward(2, person("E1", 100).worksNights(false).build(), employee("E2", 100)).build();

  @Test
  void check_oneNightForExemptEmployee_reportsIt() {
    ImmutableList<Violation> violations =
        Rules.nightEligibility()
            .check(PROBLEM, roster(on("E1", MONDAY, "A"), on("E1", MONDAY.plusDays(1), "N")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("night-eligibility", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY.plusDays(1), v.date());
    assertEquals("N", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works night shift N on 2027-01-05 (starts 21:45) but is exempt from nights; 0 night"
            + " shifts are allowed (employment contract).",
        v.message());
    assertMessagesMention(v, "E1", "N", "2027-01-05", "21:45", "0 ", "employment contract");
  }

  @Test
  void check_eveningForExemptAndNightForOthers_isKept() {
    assertEquals(
        ImmutableList.of(),
        Rules.nightEligibility()
            .check(PROBLEM, roster(on("E1", MONDAY, "A"), on("E2", MONDAY, "N"))));
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"night-eligibility\",\"window\":1}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("window"), e.getMessage());
  }

  @Test
  void write_soft_roundTrips() {
    assertRoundTrips(Rules.nightEligibility().withSeverity(Severity.soft(2)));
  }
}
