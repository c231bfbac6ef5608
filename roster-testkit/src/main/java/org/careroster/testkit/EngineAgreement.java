package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleTotal;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;

/**
 * The engine and the validator agree on a rule: what the engine returns under the rule, the
 * validator accepts (no hard violation of a hard rule), and for a soft rule the engine's cost of
 * it (its objective's share) equals the validator's. A rule whose Choco posting and whose check
 * disagree fails here.
 *
 * <pre>{@code
 * EngineAgreement.assertAgrees(Rules.dailyRest(Duration.ofHours(11)), ward.problem(),
 *     SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).seed(1).build());
 * }</pre>
 */
public final class EngineAgreement {

  private EngineAgreement() {}

  /**
   * Solves {@code problem} under {@code rule} alone and asserts the validator agrees with the
   * roster returned; returns the solve for further checks. A solve that returns no roster asserts
   * nothing.
   *
   * @throws IllegalArgumentException if the options have neither a time nor a node limit
   */
  public static SolveResult assertAgrees(Rule rule, Problem problem, SolverOptions options) {
    checkNotNull(rule, "rule");
    checkArgument(options.timeLimit().isPresent() || options.maxNodes().isPresent(), "the solve needs a time or node limit");
    RuleSet alone = RuleSet.of(List.of(rule));
    SolveResult result;
    try {
      result = new RosterSolver().solve(problem, alone, options);
    } catch (IllegalStateException e) {
      // The solver checks its own rosters against the validator and reports a disagreement this way.
      return fail(rule.id() + ": the engine and the validator disagree: " + e.getMessage(), e);
    }
    result.roster().ifPresent(roster -> {
      ValidationReport report = RosterValidator.validate(problem, roster, alone);
      if (rule.severity().isHard()) {
        assertTrue(report.isFeasible(), () -> "the engine returned a roster that " + rule.id() + " rejects: " + report.violations());
      } else {
        long validator = report.totals().stream().filter(t -> t.ruleId().equals(rule.id())).mapToLong(RuleTotal::cost).sum();
        assertEquals(validator, result.objectiveBreakdown().getOrDefault(rule.id(), 0L).longValue(),
            () -> "the engine's cost of " + rule.id() + " differs from the validator's: " + report.violations());
      }
    });
    return result;
  }
}
