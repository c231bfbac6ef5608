package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.cover;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.shift;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.careroster.core.DayKind;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

class RosterSolverTest {

  private static final RosterSolver SOLVER = new RosterSolver();
  private static final SolverOptions NODES = SolverOptions.builder().maxNodes(20_000).seed(3).build();

  /** Eight people, one week, 2 on D, 1 on A and 1 on N every day. */
  private static Problem smallWard() {
    Employee[] staff = new Employee[8];
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

  @Test
  void solve_smallWard_returnsRosterWithoutHardViolations() {
    Problem problem = smallWard();
    SolveResult result = SOLVER.solve(problem, RuleSets.basic(), NODES);
    assertTrue(
        result.status() == SolveStatus.OPTIMAL || result.status() == SolveStatus.FEASIBLE,
        result.status().toString());
    Roster roster = result.roster().orElseThrow();
    ValidationReport report = RosterValidator.validate(problem, roster, RuleSets.basic());
    assertEquals(0, report.hardViolationCount(), report.violations().toString());
    assertEquals(report, result.report().orElseThrow());
    for (LocalDate date : problem.horizon().dates()) {
      assertTrue(roster.count(date, "D") >= 2, "D on " + date);
      assertTrue(roster.count(date, "N") >= 1, "N on " + date);
    }
    assertTrue(result.timeToBest().orElseThrow().compareTo(result.elapsed()) <= 0);
  }

  @Test
  void solve_sameSeedAndNodeLimit_givesIdenticalRoster() {
    Problem problem = smallWard();
    Roster first = SOLVER.solve(problem, RuleSets.basic(), NODES).roster().orElseThrow();
    Roster second = SOLVER.solve(problem, RuleSets.basic(), NODES).roster().orElseThrow();
    assertEquals(first, second);
  }

  @Test
  void solve_moreCoverThanStaff_isInfeasible() {
    Problem problem =
        ward(1, employee("E1", 100)).staffingPlan(plan(cover(MONDAY, "D", 2))).build();
    SolveResult result = SOLVER.solve(problem, RuleSets.basic(), NODES);
    assertEquals(SolveStatus.INFEASIBLE, result.status());
    assertTrue(result.roster().isEmpty());
    assertTrue(result.report().isEmpty());
  }

  @Test
  void solve_restAcrossSpringForward_usesRealTime() {
    // A ends 22:00 on Saturday; E starts 09:00 on Sunday: 11 h on the wall clock, but only
    // 10 h of real time on the night the clocks go forward. One person cannot do both.
    assertEquals(
        SolveStatus.INFEASIBLE,
        SOLVER.solve(eveningThenNine(LocalDate.of(2027, 3, 27)), RuleSets.basic(), NODES).status());
    assertTrue(
        SOLVER
            .solve(eveningThenNine(LocalDate.of(2027, 3, 20)), RuleSets.basic(), NODES)
            .roster()
            .isPresent());
  }

  /** One person who must work A on {@code saturday} and a 09:00 shift the next day. */
  private static Problem eveningThenNine(LocalDate saturday) {
    return ward(saturday, 2, employee("E1", 100))
        .addShiftType(shift("E", 9, 0, 420))
        .staffingPlan(plan(cover(saturday, "A", 1), cover(saturday.plusDays(1), "E", 1)))
        .build();
  }

  @Test
  void solve_onlyHardRules_stopsAtFirstRosterAsOptimal() {
    RuleSet hardOnly = RuleSet.of(Rules.dailyRest(Duration.ofHours(11)), Rules.minimumCover());
    SolveResult result = SOLVER.solve(smallWard(), hardOnly, NODES);
    assertEquals(SolveStatus.OPTIMAL, result.status());
    assertEquals(1, result.solutions());
  }

  @Test
  void options_withoutAnyLimit_failWithAdvice() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.builder().seed(1).build());
    assertEquals(
        "SolverOptions: set a timeLimit or maxNodes; the improving search does not end by itself",
        e.getMessage());
  }

  @Test
  void options_negativeTimeLimit_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SolverOptions.builder().timeLimit(Duration.ofSeconds(-1)).build());
    assertEquals("SolverOptions: timeLimit (PT-1S) must be positive", e.getMessage());
  }
}
