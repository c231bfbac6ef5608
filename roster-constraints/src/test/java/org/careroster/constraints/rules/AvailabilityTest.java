package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
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
import java.time.LocalDate;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Problem;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  private static Absence sick(LocalDate from, LocalDate to, double degree) {
    return Absence.builder()
        .employee("E1")
        .kind(AbsenceKind.SICK_LEAVE)
        .from(from)
        .to(to)
        .degreePercent(degree)
        .build();
  }

  @Test
  void check_shiftOneDayAfterEmploymentEnds_reportsIt() {
    Problem problem = ward(2, person("E1", 100).employmentEnd(MONDAY).build()).build();
    ImmutableList<Violation> violations =
        Rules.availability().check(problem, roster(on("E1", MONDAY, "D"), on("E1", TUESDAY, "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("availability", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E1", v.employee().orElseThrow());
    assertEquals(TUESDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(1, v.measured());
    assertEquals(0, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.COUNT, v.measure());
    assertEquals(
        "E1 works D on 2027-01-05 but is not employed after 2027-01-04; no shift is allowed that"
            + " day (employment contract / registered absence).",
        v.message());
    assertEquals(
        "E1 har D 2027-01-05, men er ikkje tilsett etter 2027-01-04; ingen vakt er lov den dagen"
            + " (employment contract / registered absence).",
        v.messageNynorsk());
  }

  @Test
  void check_shiftOneDayBeforeEmploymentStarts_reportsIt() {
    Problem problem = ward(2, person("E1", 100).employmentStart(TUESDAY).build()).build();
    ImmutableList<Violation> violations =
        Rules.availability().check(problem, roster(on("E1", MONDAY, "D"), on("E1", TUESDAY, "D")));
    assertEquals(1, violations.size());
    assertEquals(MONDAY, violations.get(0).date());
    assertMessagesMention(violations.get(0), "E1", "2027-01-04", "2027-01-05");
  }

  @Test
  void check_shiftsWithinEmployment_areKept() {
    Problem problem =
        ward(2, person("E1", 100).employmentStart(MONDAY).employmentEnd(TUESDAY).build()).build();
    assertEquals(
        ImmutableList.of(),
        Rules.availability().check(problem, roster(on("E1", MONDAY, "D"), on("E1", TUESDAY, "D"))));
  }

  @Test
  void check_shiftOnFirstDayOfFullSickLeave_reportsKind() {
    Problem problem =
        ward(3, person("E1", 100).build())
            .addAbsence(sick(TUESDAY, TUESDAY.plusDays(1), 100))
            .build();
    ImmutableList<Violation> violations =
        Rules.availability().check(problem, roster(on("E1", MONDAY, "A"), on("E1", TUESDAY, "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals(TUESDAY, v.date());
    assertEquals(
        "E1 works D on 2027-01-05 but is on full sick leave from 2027-01-05 to 2027-01-06; no shift"
            + " is allowed that day (employment contract / registered absence).",
        v.message());
    assertTrue(
        v.messageNynorsk().contains("full sjukmelding frå 2027-01-05 til 2027-01-06"),
        v.messageNynorsk());
  }

  @Test
  void check_gradedSickLeave_allowsWork() {
    Problem problem =
        ward(1, person("E1", 100).build()).addAbsence(sick(MONDAY, MONDAY, 50)).build();
    assertEquals(
        ImmutableList.of(), Rules.availability().check(problem, roster(on("E1", MONDAY, "D"))));
  }

  @Test
  void check_vacation_namesKind() {
    Problem problem =
        ward(1, person("E1", 100).build())
            .addAbsence(
                Absence.builder()
                    .employee("E1")
                    .kind(AbsenceKind.VACATION)
                    .from(MONDAY)
                    .to(MONDAY)
                    .build())
            .build();
    ImmutableList<Violation> violations =
        Rules.availability().check(problem, roster(on("E1", MONDAY, "N")));
    assertEquals(1, violations.size());
    assertTrue(violations.get(0).message().contains("is on vacation"), violations.get(0).message());
    assertTrue(
        violations.get(0).messageNynorsk().contains("har ferie"),
        violations.get(0).messageNynorsk());
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"availability\",\"partial\":true}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("partial"), e.getMessage());
  }

  @Test
  void write_hard_roundTrips() {
    assertRoundTrips(Rules.availability());
  }
}
