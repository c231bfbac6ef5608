package org.careroster.constraints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/** Solving in tests: a deterministic node limit, and the validator's verdict on the result. */
final class SolveFixtures {
  private SolveFixtures() {}

  /** Options for tests: 20,000 nodes, seed 1, no time limit (the same roster every run). */
  static SolverOptions options() {
    return SolverOptions.builder().maxNodes(20_000).seed(1).build();
  }

  /**
   * Solves {@code problem} with {@code rules}, asserts a roster was found with no hard violation
   * (the solver itself checks that its objective equals the validator's soft penalty), and returns
   * it.
   */
  static Roster solveLawfully(Problem problem, RuleSet rules) {
    SolveResult result = new RosterSolver().solve(problem, rules, options());
    assertTrue(result.roster().isPresent(), () -> "no roster: " + result.status());
    ValidationReport report = RosterValidator.validate(problem, result.roster().get(), rules);
    assertEquals(0, report.hardViolationCount(), report.violations()::toString);
    return result.roster().get();
  }
}
