package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class RequestsTest {

  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  private static ImmutableList<Violation> check(Request request, Roster roster) {
    Problem problem = ward(2, employee("E1", 100)).addRequest(request).build();
    return Rules.requests().check(problem, roster);
  }

  @Test
  void check_workDayShiftWishButEvening_costsWeight() {
    ImmutableList<Violation> violations =
        check(
            request("E1", MONDAY, RequestKind.WORK, 3).shift("D").build(),
            roster(on("E1", MONDAY, "A")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("requests", v.ruleId());
    assertFalse(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(MONDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(0, v.measured());
    assertEquals(1, v.limit());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(3, v.penalty());
    assertEquals(3, v.cost());
    assertEquals(
        "E1 asked to work D on 2027-01-04 (weight 3) but works A that day; the wish costs 3"
            + " (wish (ønsketurnus)).",
        v.message());
    assertEquals(
        "E1 ønskte å arbeide D 2027-01-04 (vekt 3), men har A den dagen; ønsket kostar 3"
            + " (wish (ønsketurnus)).",
        v.messageNynorsk());
  }

  @Test
  void check_workDayShiftWishMet_isKept() {
    assertEquals(
        ImmutableList.of(),
        check(
            request("E1", MONDAY, RequestKind.WORK, 3).shift("D").build(),
            roster(on("E1", MONDAY, "D"))));
  }

  @Test
  void check_workAnyShiftWithoutShift_isBrokenAndMetByNight() {
    Request any = request("E1", TUESDAY, RequestKind.WORK, 1).build();
    ImmutableList<Violation> violations = check(any, roster(on("E1", MONDAY, "N")));
    assertEquals(1, violations.size());
    assertTrue(violations.get(0).shift().isEmpty());
    assertMessagesMention(violations.get(0), "E1", "2027-01-05", "1");
    assertEquals(ImmutableList.of(), check(any, roster(on("E1", TUESDAY, "N"))));
  }

  @Test
  void check_dayOffWithOneShift_costsWeight() {
    ImmutableList<Violation> violations =
        check(request("E1", TUESDAY, RequestKind.OFF, 5).build(), roster(on("E1", TUESDAY, "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(5, v.penalty());
    assertEquals(
        "E1 asked to be off on 2027-01-05 (weight 5) but works D that day; the wish costs 5"
            + " (wish (ønsketurnus)).",
        v.message());
  }

  @Test
  void check_dayOffAfterNightEndingThatMorning_isKept() {
    assertEquals(
        ImmutableList.of(),
        check(request("E1", TUESDAY, RequestKind.OFF, 5).build(), roster(on("E1", MONDAY, "N"))));
  }

  @Test
  void check_offOneShiftWorkingAnother_isKeptButThatShiftBreaks() {
    Request offD = request("E1", MONDAY, RequestKind.OFF, 2).shift("D").build();
    assertEquals(ImmutableList.of(), check(offD, roster(on("E1", MONDAY, "A"))));
    ImmutableList<Violation> violations = check(offD, roster(on("E1", MONDAY, "D")));
    assertEquals(1, violations.size());
    assertMessagesMention(violations.get(0), "E1", "D", "2027-01-04", "2");
    assertTrue(violations.get(0).messageNynorsk().contains("å sleppe D"));
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"requests\",\"weight\":2}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("weight"), e.getMessage());
  }

  @Test
  void write_softThree_roundTrips() {
    assertRoundTrips(Rules.requests().withSeverity(Severity.soft(3)));
  }
}
