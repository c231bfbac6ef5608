package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class UnitEligibilityTest {

  private static Unit unit(String id) {
    return Unit.builder().id(id).name("Ward " + id).kind(UnitKind.WARD).build();
  }

  private static Problem problem(Employee employee) {
    return ward(1, employee)
        .addUnit(unit("ward-1"))
        .addUnit(unit("ward-2"))
        .addUnit(unit("ward-3"))
        .build();
  }

  @Test
  void check_shiftInOtherUnit_reportsUnitAndAllowedUnits() {
    Problem problem = problem(person("E1", 100).homeUnit("ward-1").addOtherUnit("ward-2").build());
    ImmutableList<Violation> violations =
        Rules.unitEligibility().check(problem, roster(on("E1", MONDAY, "D").withUnit("ward-3")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("unit-eligibility", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E1 works D on 2027-01-04 in unit ward-3, which is not one of their units (ward-1, ward-2)"
            + " (employment contract).",
        v.message());
    assertEquals(
        "E1 har D 2027-01-04 i eininga ward-3, som ikkje er ei av einingane til E1 (ward-1, ward-2)"
            + " (employment contract).",
        v.messageNynorsk());
  }

  @Test
  void check_homeAndOtherUnitAndNoUnit_areKept() {
    Problem problem = problem(person("E1", 100).homeUnit("ward-1").addOtherUnit("ward-2").build());
    assertEquals(
        ImmutableList.of(),
        Rules.unitEligibility()
            .check(
                problem,
                roster(
                    on("E1", MONDAY, "D").withUnit("ward-1"),
                    on("E1", MONDAY, "N").withUnit("ward-2"))));
    assertEquals(
        ImmutableList.of(), Rules.unitEligibility().check(problem, roster(on("E1", MONDAY, "D"))));
  }

  @Test
  void check_employeeWithoutUnits_mayWorkInNone() {
    Problem problem = problem(person("E1", 100).build());
    ImmutableList<Violation> violations =
        Rules.unitEligibility().check(problem, roster(on("E1", MONDAY, "D").withUnit("ward-1")));
    assertEquals(1, violations.size());
    assertTrue(violations.get(0).message().contains("(none)"), violations.get(0).message());
    assertTrue(
        violations.get(0).messageNynorsk().contains("(ingen)"), violations.get(0).messageNynorsk());
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"unit-eligibility\",\"units\":[]}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("units"), e.getMessage());
  }

  @Test
  void write_hard_roundTrips() {
    assertRoundTrips(Rules.unitEligibility());
  }
}
