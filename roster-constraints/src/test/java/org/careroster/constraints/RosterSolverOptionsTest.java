package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.rules.ContractHours;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;

/** Pins, stability, weights, listener, cancellation, threads and infeasibility explanations. */
class RosterSolverOptionsTest {

  private static final RosterSolver SOLVER = new RosterSolver();

  /** Six people, one week, 2 on D, 1 on A and 1 on N every day. */
  private static Problem ward6() {
    Employee[] staff = new Employee[6];
    for (int i = 0; i < staff.length; i++) {
      staff[i] = employee("E" + (i + 1), i < 3 ? 100 : 60);
    }
    StaffingPlan plan =
        StaffingPlan.builder()
            .addRequirement(every("D", 2))
            .addRequirement(every("A", 1))
            .addRequirement(every("N", 1))
            .build();
    return ward(7, staff).staffingPlan(plan).build();
  }

  private static StaffingRequirement every(String shift, int minimum) {
    return StaffingRequirement.builder().shift(shift).days(DayKind.EVERY_DAY).minimum(minimum).build();
  }

  private static SolverOptions.Builder nodes() {
    return SolverOptions.builder().maxNodes(4_000).seed(1);
  }

  @Test
  void solve_pinnedAssignments_areKept() {
    Assignment pin = Assignment.of("E5", MONDAY.plusDays(2), "N");
    Assignment off = Assignment.of("E1", MONDAY, "A");
    SolveResult result = SOLVER.solve(ward6(), RuleSets.basic(), nodes().addPinned(pin, off).build());
    Roster roster = result.roster().orElseThrow();
    assertTrue(roster.assignments().contains(pin), roster.toString());
    assertTrue(roster.assignments().contains(off), roster.toString());
  }

  @Test
  void solve_pinnedTwiceOnOneDay_failsNamingBoth() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SOLVER.solve(
                    ward6(),
                    RuleSets.basic(),
                    nodes()
                        .addPinned(Assignment.of("E1", MONDAY, "D"), Assignment.of("E1", MONDAY, "A"))
                        .build()));
    assertEquals(
        "RosterSolver: E1 on 2027-01-04 is pinned to both D and A; the solver gives an employee one shift a day",
        e.getMessage());
  }

  @Test
  void solve_pinnedUnknownEmployee_failsWithPath() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SOLVER.solve(
                    ward6(), RuleSets.basic(), nodes().addPinned(Assignment.of("E9", MONDAY, "D")).build()));
    assertTrue(e.getMessage().startsWith("SolverOptions: pinned[0].employee (\"E9\") is not an employee"), e.getMessage());
  }

  @Test
  void solve_previousRoster_changesOnlyWhatAPinForces() {
    Problem problem = ward6();
    Roster first = SOLVER.solve(problem, RuleSets.basic(), nodes().build()).roster().orElseThrow();
    SolveResult same = SOLVER.solve(problem, RuleSets.basic(), nodes().previous(first).changeWeight(50).build());
    assertEquals(0L, same.objectiveBreakdown().get(RosterSolver.STABILITY));
    assertTrue(same.roster().orElseThrow().changesSince(first).isEmpty(), same.roster().toString());

    // Force E1 off on a day they worked: at least that day changes, and the cost says how many.
    Assignment worked = first.assignmentsOf("E1").get(0);
    Assignment elsewhere =
        Assignment.of("E1", worked.date(), worked.shift().equals("N") ? "D" : "N");
    SolveResult moved =
        SOLVER.solve(
            problem, RuleSets.basic(), nodes().previous(first).changeWeight(50).addPinned(elsewhere).build());
    Roster roster = moved.roster().orElseThrow();
    long changedDays = changedEmployeeDays(first, roster);
    assertTrue(changedDays >= 1);
    assertEquals(50 * changedDays, moved.objectiveBreakdown().get(RosterSolver.STABILITY));
    assertEquals(
        moved.objective(),
        moved.report().orElseThrow().softPenalty() + 50 * changedDays);
  }

  private static long changedEmployeeDays(Roster before, Roster after) {
    java.util.Set<String> a = new java.util.HashSet<>();
    java.util.Set<String> b = new java.util.HashSet<>();
    before.assignments().forEach(x -> a.add(x.employee() + "@" + x.date() + ":" + x.shift()));
    after.assignments().forEach(x -> b.add(x.employee() + "@" + x.date() + ":" + x.shift()));
    java.util.Set<String> days = new java.util.HashSet<>();
    for (String s : a) {
      if (!b.contains(s)) {
        days.add(s.substring(0, s.indexOf(':')));
      }
    }
    for (String s : b) {
      if (!a.contains(s)) {
        days.add(s.substring(0, s.indexOf(':')));
      }
    }
    return days.size();
  }

  @Test
  void solve_weights_replaceSoftWeightInBreakdown() {
    SolveResult result =
        SOLVER.solve(ward6(), RuleSets.basic(), nodes().putWeight(ContractHours.ID, 7).build());
    ValidationReport report = result.report().orElseThrow();
    RuleTotal contract =
        report.totals().stream().filter(t -> t.ruleId().equals(ContractHours.ID)).findFirst().orElseThrow();
    assertEquals(Severity.soft(7), contract.severity());
    assertEquals(7 * contract.penalty(), result.objectiveBreakdown().get(ContractHours.ID));
    assertEquals(result.objective(), report.softPenalty());
  }

  @Test
  void solve_weightOnHardRule_fails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SOLVER.solve(ward6(), RuleSets.basic(), nodes().putWeight(DailyRest.ID, 3).build()));
    assertEquals(
        "SolverOptions: weights[\"daily-rest\"]: the rule is hard; only soft catalogue rules can be weighed",
        e.getMessage());
  }

  @Test
  void solve_weightOnUnknownRule_failsListingRules() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SOLVER.solve(ward6(), RuleSets.basic(), nodes().putWeight("request", 3).build()));
    assertTrue(e.getMessage().contains("[daily-rest, minimum-cover, contract-hours]"), e.getMessage());
  }

  @Test
  void solve_listener_hearsStrictlyImprovingObjectivesEndingAtTheResult() {
    List<Long> heard = new ArrayList<>();
    SolveResult result =
        SOLVER.solve(ward6(), RuleSets.basic(), nodes().listener((objective, elapsed) -> heard.add(objective)).build());
    assertFalse(heard.isEmpty());
    for (int i = 1; i < heard.size(); i++) {
      assertTrue(heard.get(i) < heard.get(i - 1), heard.toString());
    }
    assertEquals(result.objective(), heard.get(heard.size() - 1));
  }

  @Test
  void solve_cancelledFromTheStart_stopsWithoutClaimingInfeasibility() {
    SolveResult result =
        SOLVER.solve(ward6(), RuleSets.basic(), nodes().cancellation(() -> true).build());
    assertTrue(result.status() != SolveStatus.INFEASIBLE, result.status().toString());
    assertTrue(result.nodes() < 1000, "nodes " + result.nodes());
  }

  @Test
  void solve_twoThreadsWithNodeLimit_isRepeatable() {
    SolverOptions twoThreads = SolverOptions.builder().seed(1).threads(2).maxNodes(3_000).build();
    Roster first = SOLVER.solve(ward6(), RuleSets.basic(), twoThreads).roster().orElseThrow();
    Roster second = SOLVER.solve(ward6(), RuleSets.basic(), twoThreads).roster().orElseThrow();
    assertEquals(first, second);
  }

  @Test
  void solve_twoNursesNeededButOneExists_explainsTheShortfall() {
    Employee nurse =
        Employee.builder()
            .id("RN1").name("Nurse").role(Role.NURSE).positionPercent(100)
            .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
    StaffingPlan plan =
        StaffingPlan.builder()
            .addRequirement(
                StaffingRequirement.builder()
                    .shift("N").days(DayKind.DATE).date(MONDAY).addRoles(Role.NURSE.id()).minimum(2).build())
            .build();
    Problem problem = ward(2, nurse, employee("E2", 100)).staffingPlan(plan).build();
    SolveResult result = SOLVER.solve(problem, RuleSets.basic(), nodes().build());
    assertEquals(SolveStatus.INFEASIBLE, result.status());
    Infeasibility why = result.infeasibility().orElseThrow();
    assertEquals(1, why.unmetDemands().size());
    assertEquals(1, why.unmetDemands().get(0).measured());
    assertEquals(1, why.reasons().size());
    assertEquals(
        "N on 2027-01-04 needs 2 nurses but only 1 employee counts for it at all (role, competence,"
            + " education).",
        why.reasons().get(0));
  }

  @Test
  void solve_restBlocksTheOnlyCandidate_namesTheRule() {
    // E1 must work A on Monday (pinned); Tuesday's D needs 2 and only E1 and E2 exist.
    StaffingPlan plan =
        StaffingPlan.builder()
            .addRequirement(
                StaffingRequirement.builder().shift("D").days(DayKind.DATE).date(MONDAY.plusDays(1)).minimum(2).build())
            .build();
    Problem problem = ward(3, employee("E1", 100), employee("E2", 100)).staffingPlan(plan).build();
    SolveResult result =
        SOLVER.solve(problem, RuleSets.basic(), nodes().addPinned(Assignment.of("E1", MONDAY, "A")).build());
    assertEquals(SolveStatus.INFEASIBLE, result.status());
    String reason = result.infeasibility().orElseThrow().reasons().get(0);
    assertTrue(reason.startsWith("D on 2027-01-05 needs 2 people but the best roster found staffs 1: E1 would break"), reason);
    assertTrue(reason.contains("E1 would break daily-rest (E1 rests 9 h 30 min"), reason);
  }
}
