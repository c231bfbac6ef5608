package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

import java.time.Duration;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.variables.IntVar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates rosters with Choco Solver: every hard rule of the rule set is posted as a constraint,
 * every soft rule's penalty enters the objective it minimises.
 *
 * <pre>{@code
 * SolveResult result = new RosterSolver().solve(problem, RuleSets.basic(),
 *     SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).build());
 * Roster roster = result.roster().orElseThrow();
 * }</pre>
 *
 * <p>A solver holds no state between calls and no global state: one instance may serve several
 * threads, each solve building its own model. Every roster it returns has zero hard violations
 * according to {@link RosterValidator}; the result carries that report.
 */
public final class RosterSolver {

  private static final Logger LOG = LoggerFactory.getLogger(RosterSolver.class);

  /** Creates a solver. */
  public RosterSolver() {}

  /**
   * Searches for a roster of {@code problem} that keeps every hard rule of {@code rules} and
   * minimises the weighted penalties of its soft rules, within the limits of {@code options}.
   *
   * @throws IllegalArgumentException if a rule cannot be encoded for this problem, or the rule
   *     set holds a catalogue rule the solver cannot encode yet (the validator checks every rule)
   */
  public SolveResult solve(Problem problem, RuleSet rules, SolverOptions options) {
    List<String> unsupported = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (rule instanceof CatalogueRule && !((CatalogueRule) rule).encoded()) {
        unsupported.add(rule.id() + " (" + rule.severity() + ")");
      }
    }
    checkArgument(
        unsupported.isEmpty(),
        "RosterSolver: the rule set holds rules the solver cannot encode yet: %s. Maybe validate "
            + "with the full set and solve with RuleSets.basic()",
        unsupported);
    long startNanos = System.nanoTime();
    ChocoRosterModel rosterModel = new ChocoRosterModel(problem);
    for (Rule rule : rules.rules()) {
      rule.post(rosterModel);
    }
    Model model = rosterModel.chocoModel();
    IntVar[] decisions = rosterModel.decisionVariables();
    IntVar objective = rosterModel.hasPenalties() ? rosterModel.objective() : null;

    Solver solver = model.getSolver();
    solver.setSearch(rosterModel.strategy());
    if (objective != null) {
      model.setObjective(Model.MINIMIZE, objective);
      // Large-neighbourhood search takes over after the first roster (it is inert before it).
      solver.setLNS(rosterModel.neighborhood(options.seed()));
    }
    options.timeLimit().ifPresent(limit -> solver.limitTime(remaining(limit, startNanos)));
    options.maxNodes().ifPresent(solver::limitNode);

    Solution best = new Solution(model, decisions);
    boolean found = false;
    long bestObjective = Long.MAX_VALUE;
    long bestNanos = 0;
    long solutions = 0;
    while (solver.solve()) {
      found = true;
      solutions++;
      best.record();
      bestNanos = System.nanoTime() - startNanos;
      bestObjective = objective == null ? 0 : objective.getValue();
      LOG.debug("improving roster: objective {} after {} ms", bestObjective, bestNanos / 1_000_000);
      if (bestObjective == 0) {
        break; // no roster can do better than no penalty at all
      }
    }
    boolean stoppedByLimit = solver.isStopCriterionMet();
    SolveResult.Builder result =
        SolveResult.builder()
            .nodes(solver.getNodeCount())
            .solutions(solutions)
            .elapsed(Duration.ofNanos(System.nanoTime() - startNanos));
    if (!found) {
      return result.status(stoppedByLimit ? SolveStatus.UNKNOWN : SolveStatus.INFEASIBLE).build();
    }
    Roster roster = rosterModel.toRoster(best);
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    if (!report.isFeasible() || report.softPenalty() != bestObjective) {
      throw new IllegalStateException(
          "careroster bug: the solver's roster disagrees with the validator (objective "
              + bestObjective
              + "): "
              + report.summary()
              + ". Please report it with the problem that caused it.");
    }
    return result
        .status(bestObjective == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
        .roster(roster)
        .report(report)
        .timeToBest(Duration.ofNanos(bestNanos))
        .build();
  }

  private static long remaining(Duration limit, long startNanos) {
    long spentMillis = (System.nanoTime() - startNanos) / 1_000_000;
    return Math.max(1, limit.toMillis() - spentMillis);
  }
}
