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
import org.careroster.constraints.Measure;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.core.Competence;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Qualification;
import org.careroster.core.Role;
import org.careroster.core.Task;
import org.careroster.core.TaskSharingPolicy;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class TaskSharingCoverTest {

  private static final Task MEDICATION =
      Task.builder().id("medication-round").name("Medisinrunde").addShift("D").build();

  private static final TaskSharingPolicy NURSES_ONLY =
      TaskSharingPolicy.empty().allowRole("medication-round", "nurse");

  private static Problem problem(int days, Employee... staff) {
    return ward(days, staff)
        .addCompetences(Competence.MEDICATION_DELEGATION)
        .addTask(MEDICATION)
        .taskSharing(NURSES_ONLY)
        .build();
  }

  @Test
  void check_onlyHealthWorkerOnShift_reportsTaskShiftAndWhoWorks() {
    Problem problem = problem(1, employee("E1", 100));
    ImmutableList<Violation> violations =
        Rules.taskSharingCover().check(problem, roster(on("E1", MONDAY, "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("task-sharing", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals(MONDAY, v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(0, v.measured());
    assertEquals(1, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(Measure.PEOPLE, v.measure());
    assertEquals("task-sharing policy (hpl § 4, § 5)", v.source());
    assertEquals(
        "Task medication-round (Medisinrunde) on D on 2027-01-04: 0 of the 1 working it (E1) may do"
            + " it; at least 1 must, and anyone with role nurse may (task-sharing policy (hpl § 4,"
            + " § 5)).",
        v.message());
    assertMessagesMention(
        v, "medication-round", "2027-01-04", "E1", "0 ", "1 ", "nurse", "hpl § 4");
  }

  @Test
  void check_nurseOnShift_isKept() {
    Problem problem = problem(1, employee("E1", 100), person("N1", 100, Role.NURSE).build());
    assertEquals(
        ImmutableList.of(),
        Rules.taskSharingCover()
            .check(problem, roster(on("E1", MONDAY, "D"), on("N1", MONDAY, "D"))));
  }

  @Test
  void check_nobodyOnShift_reportsEachDate() {
    Problem problem = problem(2, person("N1", 100, Role.NURSE).build());
    ImmutableList<Violation> violations =
        Rules.taskSharingCover().check(problem, roster(on("N1", MONDAY, "D")));
    assertEquals(1, violations.size());
    assertEquals(MONDAY.plusDays(1), violations.get(0).date());
    assertTrue(
        violations.get(0).message().contains("nobody works the shift"),
        violations.get(0).message());
    assertTrue(violations.get(0).messageNynorsk().contains("ingen arbeider vakta"));
  }

  @Test
  void check_competenceExpiresAfterFirstDay_allowsOnlyWhileValid() {
    Employee delegated =
        person("E1", 100)
            .addCompetence(Qualification.of("medication-delegation").withExpires(MONDAY))
            .build();
    Problem problem =
        problem(2, delegated)
            .withTaskSharing(
                NURSES_ONLY.allowCompetence("medication-round", "medication-delegation"));
    ImmutableList<Violation> violations =
        Rules.taskSharingCover()
            .check(problem, roster(on("E1", MONDAY, "D"), on("E1", MONDAY.plusDays(1), "D")));
    assertEquals(1, violations.size());
    assertEquals(MONDAY.plusDays(1), violations.get(0).date());
    assertMessagesMention(violations.get(0), "medication-delegation");
  }

  @Test
  void read_unknownParameter_isRejected() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                RosterJson.strict()
                    .read(
                        "{\"name\":\"x\",\"rules\":[{\"rule\":\"task-sharing\",\"tasks\":[]}]}",
                        RuleSet.class));
    assertTrue(e.getMessage().contains("tasks"), e.getMessage());
  }

  @Test
  void write_hardAndSoft_roundTrip() {
    assertRoundTrips(Rules.taskSharingCover());
    assertRoundTrips(Rules.taskSharingCover().withSeverity(Severity.soft(3)));
  }
}
