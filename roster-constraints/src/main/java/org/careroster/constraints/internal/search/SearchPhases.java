package org.careroster.constraints.internal.search;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.restart.GeometricalCutoff;
import org.chocosolver.solver.variables.IntVar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search of one model: a first descent with restarts until the first lawful roster, then
 * large-neighbourhood search on the objective; one such search per thread.
 */
final class SearchPhases {

  private static final Logger LOG = LoggerFactory.getLogger(RosterSolver.class);

  /** Fails before the first restart while looking for the first roster. */
  private static final long FIRST_ROSTER_FAILS = 200;

  /** Fails allowed in one neighbourhood before the LNS moves on to another. */
  private static final long LNS_FAILS = 200;

  private SearchPhases() {}

  /** Runs one search per thread and returns their outcomes in thread order. */
  static List<Attempt> run(SolveSetup setup, BestTracker best, Deadline deadline) {
    int threads = setup.options.threads();
    if (threads == 1) {
      return List.of(attempt(setup, setup.rules, setup.options.seed(), best, deadline));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "careroster-solver");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Attempt>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        long seed = setup.options.seed() + i;
        futures.add(pool.submit(() -> attempt(setup, setup.rules, seed, best, deadline)));
      }
      List<Attempt> attempts = new ArrayList<>();
      for (Future<Attempt> future : futures) {
        attempts.add(future.get());
      }
      return attempts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("RosterSolver: interrupted while solving", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One complete search of {@code rules}: build the model, search, and keep the best roster. */
  static Attempt attempt(SolveSetup setup, RuleSet rules, long seed, BestTracker best, Deadline deadline) {
    ChocoRosterModel rosterModel = setup.build(rules);
    Model model = rosterModel.chocoModel();
    IntVar[] decisions = rosterModel.decisionVariables();
    IntVar objective = rosterModel.hasPenalties() ? rosterModel.objective() : null;
    Solver solver = model.getSolver();
    solver.setSearch(rosterModel.strategy());
    // Until the first roster, restart after a growing number of fails; each restart tries the
    // next employee order for the weekends (ChocoRosterModel#strategy). Gated on "no roster yet",
    // so the restarts never interfere with the LNS that follows.
    solver.setRestarts(
        limit -> solver.getSolutionCount() == 0 && solver.getFailCount() >= limit,
        new GeometricalCutoff(FIRST_ROSTER_FAILS, 1.3),
        Integer.MAX_VALUE);
    if (objective != null) {
      model.setObjective(Model.MINIMIZE, objective);
      // Large-neighbourhood search takes over after the first roster (it is inert before it).
      // Each neighbourhood gets a small fail budget, then a fresh one: exhausting a fragment of
      // several whole employees can take millions of nodes.
      solver.setLNS(rosterModel.neighborhood(seed), new FailCounter(model, LNS_FAILS));
    }
    if (setup.previous != null) {
      // Warm start: the first descent tries the previous roster's values first, so a roster that
      // needs a few changes is found near it instead of from scratch.
      for (int e = 0; e < setup.previous.length; e++) {
        for (int d = 0; d < setup.previous[e].length; d++) {
          solver.addHint(rosterModel.shift(e, d), setup.previous[e][d]);
        }
      }
    }
    SolverOptions options = setup.options;
    deadline.limit(solver);
    options.maxNodes().ifPresent(solver::limitNode);
    options.cancellation().ifPresent(cancel -> solver.addStopCriterion(cancel::getAsBoolean));

    Solution solution = new Solution(model, decisions);
    Attempt attempt = new Attempt();
    while (solver.solve()) {
      attempt.solutions++;
      if (attempt.solutions == 1) {
        LOG.debug(
            "first roster after {} nodes, {} fails, {} restarts",
            solver.getNodeCount(),
            solver.getFailCount(),
            solver.getRestartCount());
      }
      solution.record();
      attempt.bestNanos = System.nanoTime() - deadline.startNanos();
      attempt.objective = objective == null ? 0 : objective.getValue();
      attempt.found = true;
      best.offer(attempt.objective, attempt.bestNanos);
      LOG.debug("improving roster: objective {} after {} ms", attempt.objective, attempt.bestNanos / 1_000_000);
      if (attempt.objective == 0) {
        break; // no roster can do better than no penalty at all
      }
    }
    attempt.stoppedByLimit = solver.isStopCriterionMet();
    attempt.nodes = solver.getNodeCount();
    if (attempt.found) {
      attempt.roster = withPinnedFlags(rosterModel.toRoster(solution), setup.pins.values());
    }
    return attempt;
  }

  /** The solver's roster, with pinned assignments as given (unit and overtime flag kept). */
  private static Roster withPinnedFlags(Roster roster, Iterable<Assignment> pins) {
    Map<String, Assignment> pinned = new LinkedHashMap<>();
    for (Assignment a : pins) {
      pinned.put(a.employee() + "@" + a.date() + ":" + a.shift(), a);
    }
    if (pinned.isEmpty()) {
      return roster;
    }
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    for (Assignment a : roster.assignments()) {
      assignments.add(pinned.getOrDefault(a.employee() + "@" + a.date() + ":" + a.shift(), a));
    }
    return Roster.of(assignments.build());
  }

  /** The outcome of one search. */
  static final class Attempt {
    boolean found;
    Roster roster;
    long objective = Long.MAX_VALUE;
    long bestNanos;
    long nodes;
    long solutions;
    boolean stoppedByLimit;
  }
}
