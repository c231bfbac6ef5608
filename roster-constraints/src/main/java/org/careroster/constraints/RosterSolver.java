package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.careroster.constraints.internal.search.WholeModelSolver;
import org.careroster.constraints.internal.search.YearScaleSearch;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * Generates rosters with Choco Solver: every hard rule of the rule set is posted as a constraint,
 * every soft rule's penalty enters the objective it minimises.
 *
 * <pre>{@code
 * SolveResult result = new RosterSolver().solve(problem, RuleSets.kommuneDefault(),
 *     SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).build());
 * Roster roster = result.roster().orElseThrow(() ->
 *     new IllegalStateException(result.infeasibility().map(Object::toString).orElse("no roster")));
 * }</pre>
 *
 * <p>A solver holds no state between calls and no global state: one instance may serve several
 * threads, each solve building its own models. Every roster it returns has zero hard violations
 * according to {@link RosterValidator}, and its objective equals the validator's soft penalty plus
 * the cost of changes from {@link SolverOptions#previous()}; the solver checks both before
 * returning.
 */
public final class RosterSolver {

  /** Id under which the cost of changes from the previous roster appears in the objective. */
  public static final String STABILITY = "stability";

  /**
   * Longest calendar horizon solved as one model; longer plans are solved piece by piece (see
   * {@link #solve}). Eight weeks: the search still finds rosters for the demo ward over 8 weeks, and
   * no longer over 12 (issue 15).
   */
  public static final int WHOLE_MODEL_DAYS = 56;

  /** Days either side of replanned dates that the solver sees, pinned: three weeks. */
  public static final int CONTEXT_DAYS = 21;

  /**
   * Searches for a roster of {@code problem} that keeps every hard rule of {@code rules} and the
   * pinned assignments and minimises the weighted penalties of its soft rules (plus the cost of
   * changes from a previous roster), within the limits of {@code options}.
   *
   * @throws IllegalArgumentException if the rule set holds a rule the solver cannot encode yet, an
   *     objective weight names a rule that is not soft or not in the set, or a pinned assignment
   *     or the previous roster does not fit the problem
   */
  public SolveResult solve(Problem problem, RuleSet rules, SolverOptions options) {
    if (!problem.horizon().isCyclic() && problem.horizon().days() > WHOLE_MODEL_DAYS) {
      return new YearScaleSearch(problem, rules, options).solve();
    }
    return WholeModelSolver.solveWhole(problem, rules, options, true);
  }

  /**
   * Plans again only the dates from {@code from} to {@code to} of a calendar roster and keeps
   * every other assignment: the part of a year plan (årsturnus) that a holiday, an absence or a
   * change of demand touches. The solver sees the weeks around the dates as they are (up to {@value
   * #CONTEXT_DAYS} days either side: worked days pinned, days off kept off), so rest, runs,
   * weekends and free Sundays across the edges of the dates are judged; the cover of those weeks is
   * not the replanning's to meet (a shortfall there stays as it is, in the report). Rules over
   * longer periods (the plan's contract hours, averages over many weeks, fairness) are judged over
   * those weeks only while solving, and over the whole plan in the returned report. The result's roster is the whole plan, its objective and report
   * those of the whole plan.
   *
   * <pre>{@code
   * SolveResult easter = new RosterSolver().replan(plan, rules, roster,
   *     LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 4),
   *     SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).previous(roster).changeWeight(100).build());
   * }</pre>
   *
   * @throws IllegalArgumentException if the horizon is cyclic, the dates do not lie in it or span
   *     more than {@value #WHOLE_MODEL_DAYS} days, the roster does not fit the problem, or the
   *     options do not fit (see {@link #solve})
   */
  public SolveResult replan(
      Problem problem, RuleSet rules, Roster roster, LocalDate from, LocalDate to, SolverOptions options) {
    return WholeModelSolver.replan(problem, rules, roster, from, to, options);
  }

  /**
   * Mends a calendar roster of any length: replans, a few weeks at a time with the weeks around
   * them pinned, the dates around every hard violation (widening them while some are left), each
   * changed employee-day costing {@link SolverOptions#changeWeight()} (with {@link
   * SolverOptions#previous()} set, against that roster; else against {@code roster}). Minimum
   * cover and task-sharing are weighed softly while mending, so a demand nobody can lawfully meet
   * is left short rather than failing the whole plan. The result holds the mended roster, whose
   * report may still list such shortfalls (status {@code UNKNOWN} then) but no other hard
   * violation the search could remove in time.
   *
   * <p>This is how a base rotation laid out over a year ({@link
   * org.careroster.core.CalendarRollout}) is fitted around public holidays and absences.
   *
   * @throws IllegalArgumentException if the horizon is cyclic, the roster does not fit the
   *     problem, or the options do not fit (see {@link #solve})
   */
  public SolveResult mend(Problem problem, RuleSet rules, Roster roster, SolverOptions options) {
    checkArgument(!problem.horizon().isCyclic(),
        "RosterSolver.mend: the horizon %s is cyclic; mend a calendar plan, or solve the base rotation",
        problem.horizon());
    try {
      problem.checkReferences(roster);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException("RosterSolver.mend: roster: " + e.getMessage(), e);
    }
    return new YearScaleSearch(problem, rules, options).mend(roster);
  }
}
