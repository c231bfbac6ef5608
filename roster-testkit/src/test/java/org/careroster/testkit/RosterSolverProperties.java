package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the solver over the testkit's feasible wards. */
class RosterSolverProperties {

  private static final RosterSolver SOLVER = new RosterSolver();
  // Each shrink step solves again: keep a failing run short.
  private static final int SHRINK_CYCLES = 25;
  /** Wards of 2 to 8 people over one week that have a lawful roster by construction. */
  static Gen<Problem> problems() {
    return integers().between(2, 8).zip(longs().all(), (staff, seed) -> Wards.feasible(new SplittableRandom(seed), staff, 1).problem());
  }

  private static SolverOptions options(long seed) {
    return SolverOptions.builder().maxNodes(3_000).seed(seed).build();
  }

  @Test
  void solvedRosterHasNoHardViolations() {
    qt().withExamples(40)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(problems(), longs().between(0, 1000))
        .checkAssert(
            (problem, seed) -> {
              SolveResult result = SOLVER.solve(problem, RuleSets.basic(), options(seed));
              assertTrue(result.roster().isPresent(), () -> "no roster: " + result.status());
              ValidationReport report =
                  RosterValidator.validate(problem, result.roster().get(), RuleSets.basic());
              assertEquals(0, report.hardViolationCount(), report.violations()::toString);
            });
  }

  @Test
  void kommuneDefaultRosterPassesTheValidatorOrIsExplained() {
    qt().withExamples(30)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(problems(), longs().between(0, 1000))
        .checkAssert(
            (problem, seed) -> {
              // The solver re-validates what it returns and throws if the two paths disagree.
              SolveResult result = SOLVER.solve(problem, RuleSets.kommuneDefault(), options(seed));
              if (result.roster().isPresent()) {
                ValidationReport report =
                    RosterValidator.validate(problem, result.roster().get(), RuleSets.kommuneDefault());
                assertEquals(0, report.hardViolationCount(), report.violations()::toString);
                assertEquals(result.objective(), report.softPenalty());
              } else {
                assertTrue(result.infeasibility().isPresent(), result::toString);
              }
            });
  }

  @Test
  void sameSeedAndNodeLimitGiveIdenticalRoster() {
    qt().withExamples(20)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(problems(), longs().between(0, 1000))
        .checkAssert(
            (problem, seed) ->
                assertEquals(
                    SOLVER.solve(problem, RuleSets.basic(), options(seed)).roster(),
                    SOLVER.solve(problem, RuleSets.basic(), options(seed)).roster()));
  }

  @Test
  void pinnedAssignmentsAreKept() {
    qt().withExamples(25)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(problems(), longs().between(0, 1L << 30))
        .checkAssert(
            (problem, pick) -> {
              Employee employee = problem.employees().get((int) (pick % problem.employees().size()));
              LocalDate date = problem.horizon().dates().get((int) ((pick >>> 8) % problem.horizon().days()));
              String shift = problem.shiftTypes().get((int) ((pick >>> 16) % problem.shiftTypes().size())).code();
              Assignment pin = Assignment.of(employee.id(), date, shift);
              SolveResult result =
                  SOLVER.solve(
                      problem,
                      RuleSets.basic(),
                      SolverOptions.builder().maxNodes(3_000).seed(pick).addPinned(pin).build());
              if (result.roster().isPresent()) {
                assertTrue(result.roster().get().assignments().contains(pin), result.roster()::toString);
              } else {
                assertTrue(result.infeasibility().isPresent(), result::toString);
              }
            });
  }

  @Test
  void impossibleDemandIsExplainedByName() {
    qt().withExamples(15)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              int staff = problem.employees().size();
              LocalDate first = problem.horizon().start();
              String shift = problem.shiftTypes().get(0).code();
              StaffingPlan plan =
                  StaffingPlan.builder()
                      .addAllRequirements(problem.staffingPlan().requirements())
                      .addRequirement(StaffingRequirement.onDate(first, shift, staff + 1))
                      .build();
              SolveResult result =
                  SOLVER.solve(problem.withStaffingPlan(plan), RuleSets.basic(), options(1));
              assertEquals(SolveStatus.INFEASIBLE, result.status());
              String expected =
                  shift + " on " + first + " needs " + (staff + 1) + " people but only " + staff
                      + (staff == 1 ? " employee counts" : " employees count");
              assertTrue(
                  result.infeasibility().orElseThrow().reasons().stream().anyMatch(r -> r.startsWith(expected)),
                  () -> expected + " in " + result.infeasibility());
            });
  }
}
