package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the solver over generated small problems. */
class RosterSolverProperties {

  private static final RosterSolver SOLVER = new RosterSolver();
  // Each shrink step solves again: keep a failing run short.
  private static final int SHRINK_CYCLES = 25;
  // Includes the spring-forward weekend of 2027 so that real-time rest is exercised.
  private static final LocalDate FIRST_START = LocalDate.of(2027, 3, 22);

  /**
   * Problems that have a lawful roster by construction: shifts last at most 13 h, and each day
   * needs at most half the staff, so working every other day (at least 24 h apart, hence 11 h of
   * rest) covers it.
   */
  static Gen<Problem> problems() {
    Gen<Integer> staff = integers().between(2, 8);
    Gen<Integer> days = integers().between(1, 7);
    Gen<Integer> types = integers().between(1, 3);
    Gen<Long> layout = longs().between(0, 1L << 40);
    return staff.zip(days, types, layout, RosterSolverProperties::problem);
  }

  private static Problem problem(int staff, int days, int types, long layout) {
    LocalDate start = FIRST_START.plusDays(layout % 7);
    Problem.Builder problem =
        Problem.builder().horizon(PlanningHorizon.ofDays(start, days)).addAllRoles(Role.STANDARD);
    for (int i = 0; i < staff; i++) {
      problem.addEmployee(
          Employee.builder()
              .id("E" + i)
              .name("Person " + i)
              .role(i % 2 == 0 ? Role.NURSE : Role.ASSISTANT)
              .positionPercent(40 + (layout >>> i) % 61)
              .fullTimeWeeklyHours(35.5)
              .contractType(ContractType.PERMANENT)
              .build());
    }
    for (int t = 0; t < types; t++) {
      long bits = layout >>> (8 * t + 3);
      problem.addShiftType(
          ShiftType.builder()
              .code("S" + t)
              .start(LocalTime.of((int) (bits % 24), 0))
              .duration(Duration.ofHours(4 + (bits >>> 5) % 10))
              .category(ShiftCategory.DAY)
              .build());
    }
    StaffingPlan.Builder plan = StaffingPlan.builder();
    int perDay = staff / 2;
    for (int d = 0; d < days; d++) {
      int remaining = perDay;
      for (int t = 0; t < types && remaining > 0; t++) {
        int need = (int) Math.min(remaining, 1 + ((layout >>> (d + t)) & 1));
        plan.addRequirement(StaffingRequirement.onDate(start.plusDays(d), "S" + t, need));
        remaining -= need;
      }
    }
    return problem.staffingPlan(plan.build()).build();
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
