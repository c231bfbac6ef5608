package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.rules.CatalogueRule;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.search.limits.FailCounter;
import org.chocosolver.solver.search.restart.GeometricalCutoff;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(RosterSolver.class);

  /** Id under which the cost of changes from the previous roster appears in the objective. */
  public static final String STABILITY = "stability";

  /** Fails before the first restart while looking for the first roster. */
  private static final long FIRST_ROSTER_FAILS = 200;

  /** Fails allowed in one neighbourhood before the LNS moves on to another. */
  private static final long LNS_FAILS = 200;

  /** Weight of a missing person when cover may fall short to explain infeasibility. */
  private static final int RELAXED_COVER_WEIGHT = 1000;

  /** Shortfalls described in words; the rest are only counted. */
  private static final int MAX_REASONS = 10;

  /**
   * Longest calendar horizon solved as one model; longer plans are solved piece by piece (see
   * {@link #solve}). Eight weeks: the search still finds rosters for the demo ward over 8 weeks, and
   * no longer over 12 (issue 15).
   */
  public static final int WHOLE_MODEL_DAYS = 56;

  /** Days either side of replanned dates that the solver sees, pinned: three weeks. */
  public static final int CONTEXT_DAYS = 21;

  /** Largest model (employees × days) on which the minimal conflicting set is searched for. */
  private static final int CONFLICT_SET_CELLS = 400;

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
      return new YearScaleSearch(this, problem, weighted(checkEncodable(rules), options.weights()), options).solve();
    }
    return solveWhole(problem, rules, options, true);
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
    return replan(problem, rules, roster, from, to, options, true);
  }

  /** {@link #replan}, explaining a failure ({@link SolveResult#infeasibility()}) only if {@code explain}. */
  SolveResult replan(
      Problem problem, RuleSet rules, Roster roster, LocalDate from, LocalDate to, SolverOptions options,
      boolean explain) {
    return replan(problem, rules, roster, from.minusDays(CONTEXT_DAYS), from, to, to.plusDays(CONTEXT_DAYS), options, explain);
  }

  /**
   * {@link #replan} with the days kept as they are around the window given: from {@code first} to
   * {@code from} and from {@code to} to {@code last} (cut to the horizon). A caller that knows of
   * hard violations in the context leaves their days out of it, since the model could not remove
   * them.
   */
  SolveResult replan(
      Problem problem, RuleSet rules, Roster roster, LocalDate first, LocalDate from, LocalDate to, LocalDate last,
      SolverOptions options, boolean explain) {
    checkArgument(!problem.horizon().isCyclic(),
        "RosterSolver.replan: the horizon %s is cyclic; replan a calendar plan, or solve the base rotation",
        problem.horizon());
    checkArgument(problem.horizon().contains(from) && problem.horizon().contains(to) && !to.isBefore(from),
        "RosterSolver.replan: the dates %s..%s must lie in the horizon %s, from before to",
        from, to, problem.horizon());
    checkArgument(from.until(to, java.time.temporal.ChronoUnit.DAYS) < WHOLE_MODEL_DAYS,
        "RosterSolver.replan: the dates %s..%s span more than %s days; replan fewer weeks at a time",
        from, to, WHOLE_MODEL_DAYS);
    try {
      problem.checkReferences(roster);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException("RosterSolver.replan: roster: " + e.getMessage(), e);
    }
    long startNanos = System.nanoTime();
    RuleSet weighted = weighted(checkEncodable(rules), options.weights());
    LocalDate firstKept = max(problem.horizon().start(), min(first, from));
    LocalDate lastKept = min(problem.horizon().end(), max(last, to));
    Problem part = Windows.problem(problem, firstKept, lastKept, from, to);
    SolverOptions.Builder partOptions = SolverOptions.builder()
        .seed(options.seed())
        .threads(options.threads())
        .changeWeight(options.changeWeight())
        .putAllWeights(options.weights());
    options.timeLimit().ifPresent(partOptions::timeLimit);
    options.maxNodes().ifPresent(partOptions::maxNodes);
    options.listener().ifPresent(partOptions::listener);
    options.cancellation().ifPresent(partOptions::cancellation);
    // The days around the window stay as they are: worked days pinned, days off kept off.
    Set<Long> off = new HashSet<>();
    int partDays = part.horizon().days();
    for (int e = 0; e < part.employees().size(); e++) {
      for (int d = 0; d < partDays; d++) {
        LocalDate date = part.horizon().dates().get(d);
        if (date.isBefore(from) || date.isAfter(to)) {
          off.add((long) e * partDays + d);
        }
      }
    }
    for (Assignment a : Windows.between(roster, firstKept, lastKept)) {
      if (a.date().isBefore(from) || a.date().isAfter(to)) {
        partOptions.addPinned(a);
        off.remove((long) indexOf(part, a.employee()) * partDays + part.horizon().indexOf(a.date()));
      }
    }
    for (Assignment a : options.pinned()) {
      if (!a.date().isBefore(from) && !a.date().isAfter(to)) {
        partOptions.addPinned(a);
      }
    }
    options.previous().ifPresent(p -> partOptions.previous(Roster.of(Windows.between(p, firstKept, lastKept))));
    SolveResult solved = solveWhole(part, weighted, partOptions.build(), explain, off);
    SolveResult.Builder result = SolveResult.builder()
        .nodes(solved.nodes())
        .solutions(solved.solutions());
    solved.timeToBest().ifPresent(result::timeToBest);
    solved.infeasibility().ifPresent(result::infeasibility);
    if (solved.roster().isPresent()) {
      Roster whole = Windows.splice(roster, solved.roster().get(), from, to);
      Scored scored = score(problem, weighted, whole, options);
      result.roster(whole).report(scored.report).putAllObjectiveBreakdown(scored.breakdown)
          .status(scored.objective == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
    } else {
      result.status(solved.status());
    }
    return result.elapsed(Duration.ofNanos(System.nanoTime() - startNanos)).build();
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
    RuleSet weighted = weighted(checkEncodable(rules), options.weights());
    return new YearScaleSearch(this, problem, weighted, options).mend(roster);
  }

  /**
   * The validation of {@code roster} under {@code rules} and its objective: the soft costs by rule,
   * plus the cost of changes from the options' previous roster.
   */
  Scored score(Problem problem, RuleSet rules, Roster roster, SolverOptions options) {
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    Map<String, Long> breakdown = new LinkedHashMap<>();
    for (RuleTotal total : report.totals()) {
      if (!total.severity().isHard()) {
        breakdown.put(total.ruleId(), total.cost());
      }
    }
    if (options.previous().isPresent()) {
      breakdown.put(STABILITY, (long) options.changeWeight() * changes(problem, previous(problem, options), roster));
    }
    return new Scored(report, breakdown);
  }

  /** A roster's validation and objective. */
  static final class Scored {
    final ValidationReport report;
    final Map<String, Long> breakdown;
    final long objective;

    Scored(ValidationReport report, Map<String, Long> breakdown) {
      this.report = report;
      this.breakdown = breakdown;
      this.objective = breakdown.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** {@code rules}, checked to hold only rules the solver can encode in their severity. */
  private static RuleSet checkEncodable(RuleSet rules) {
    List<String> unsupported = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (rule instanceof CatalogueRule && !((CatalogueRule) rule).encoded()) {
        unsupported.add(rule.id() + " (" + rule.severity() + ")");
      }
    }
    checkArgument(
        unsupported.isEmpty(),
        "RosterSolver: the rule set holds rules the solver cannot encode in that severity: %s. "
            + "Maybe give them their catalogue severity (docs/CATALOGUE.md) or leave them to the "
            + "validator",
        unsupported);
    return rules;
  }

  /** One model over the whole horizon: the search of every horizon up to {@link #WHOLE_MODEL_DAYS} days. */
  SolveResult solveWhole(Problem problem, RuleSet rules, SolverOptions options, boolean explain) {
    return solveWhole(problem, rules, options, explain, Set.of());
  }

  /**
   * {@link #solveWhole(Problem, RuleSet, SolverOptions, boolean)} with the employee-days in {@code
   * off} (keys employee index × days + day index) kept free of work.
   */
  private SolveResult solveWhole(Problem problem, RuleSet rules, SolverOptions options, boolean explain, Set<Long> off) {
    long startNanos = System.nanoTime();
    RuleSet weighted = weighted(rules, options.weights());
    checkEncodable(weighted);
    Setup setup = new Setup(problem, weighted, options, pins(problem, options), off, previous(problem, options));
    Best best = new Best(options, startNanos);
    List<Attempt> attempts = run(setup, best);
    Attempt winner = null;
    long nodes = 0;
    long solutions = 0;
    boolean stoppedByLimit = false;
    for (Attempt attempt : attempts) {
      nodes += attempt.nodes;
      solutions += attempt.solutions;
      stoppedByLimit |= attempt.stoppedByLimit;
      if (attempt.roster != null && (winner == null || attempt.objective < winner.objective)) {
        winner = attempt;
      }
    }
    SolveResult.Builder result =
        SolveResult.builder().nodes(nodes).solutions(solutions);
    if (winner == null) {
      SolveStatus status = stoppedByLimit ? SolveStatus.UNKNOWN : SolveStatus.INFEASIBLE;
      if (explain) {
        result.infeasibility(explain(setup, startNanos, !stoppedByLimit));
      }
      return result.status(status).elapsed(Duration.ofNanos(System.nanoTime() - startNanos)).build();
    }
    Roster roster = winner.roster;
    Scored scored = score(problem, weighted, roster, options);
    ValidationReport report = scored.report;
    Map<String, Long> breakdown = scored.breakdown;
    long objective = scored.objective;
    if (!report.isFeasible() || objective != winner.objective) {
      throw new IllegalStateException(
          "careroster bug: the solver's roster disagrees with the validator (objective "
              + winner.objective
              + ", validator "
              + objective
              + "): "
              + report.summary()
              + " "
              + report.violations().stream().filter(v -> v.severity().isHard()).limit(3).toList()
              + ". Please report it with the problem that caused it.");
    }
    return result
        .status(winner.objective == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
        .roster(roster)
        .report(report)
        .putAllObjectiveBreakdown(breakdown)
        .timeToBest(Duration.ofNanos(winner.bestNanos))
        .elapsed(Duration.ofNanos(System.nanoTime() - startNanos))
        .build();
  }

  /** The rule set with the options' weights applied. */
  private static RuleSet weighted(RuleSet rules, ImmutableMap<String, Integer> weights) {
    RuleSet weighted = rules;
    for (Map.Entry<String, Integer> weight : weights.entrySet()) {
      Rule rule =
          rules
              .rule(weight.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "SolverOptions: weights names rule \""
                              + weight.getKey()
                              + "\", which the rule set does not have; it has "
                              + rules.ids()));
      checkArgument(
          !rule.severity().isHard() && rule instanceof CatalogueRule,
          "SolverOptions: weights[\"%s\"]: the rule is %s; only soft catalogue rules can be weighed",
          weight.getKey(),
          rule.severity());
      weighted = weighted.with(((CatalogueRule) rule).withSeverity(Severity.soft(weight.getValue())));
    }
    return weighted;
  }

  /** The problem's fixed assignments and the options' pinned ones, by employee index and day. */
  private static Map<Long, Assignment> pins(Problem problem, SolverOptions options) {
    Map<Long, Assignment> pins = new LinkedHashMap<>();
    List<Assignment> all = new ArrayList<>(problem.fixedAssignments());
    all.addAll(options.pinned());
    Roster asRoster;
    try {
      asRoster = Roster.of(options.pinned());
      problem.checkReferences(asRoster);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException(
          "SolverOptions: " + e.path().replace("assignments", "pinned") + " (" + e.value() + ") " + e.expectation(), e);
    }
    for (int i = 0; i < all.size(); i++) {
      Assignment a = all.get(i);
      int e = indexOf(problem, a.employee());
      long key = (long) e * problem.horizon().days() + problem.horizon().indexOf(a.date());
      Assignment earlier = pins.putIfAbsent(key, a);
      checkArgument(
          earlier == null || earlier.shift().equals(a.shift()),
          "RosterSolver: %s on %s is pinned to both %s and %s; the solver gives an employee one shift a day",
          a.employee(),
          a.date(),
          earlier == null ? "" : earlier.shift(),
          a.shift());
    }
    return pins;
  }

  /** The previous roster's value (0 = off, s + 1) per employee and day, or null without one. */
  private static int[][] previous(Problem problem, SolverOptions options) {
    if (options.previous().isEmpty()) {
      return null;
    }
    Roster previous = options.previous().get();
    try {
      problem.checkReferences(previous);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException("SolverOptions: previous roster: " + e.getMessage(), e);
    }
    int[][] values = new int[problem.employees().size()][problem.horizon().days()];
    for (Assignment a : previous.assignments()) {
      int e = indexOf(problem, a.employee());
      int d = problem.horizon().indexOf(a.date());
      checkArgument(
          values[e][d] == ChocoRosterModel.OFF,
          "SolverOptions: the previous roster gives %s two shifts on %s; the solver compares one a day",
          a.employee(),
          a.date());
      values[e][d] = typeIndex(problem, a.shift()) + 1;
    }
    return values;
  }

  private static int indexOf(Problem problem, String employee) {
    for (int e = 0; e < problem.employees().size(); e++) {
      if (problem.employees().get(e).id().equals(employee)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown employee " + employee);
  }

  private static int typeIndex(Problem problem, String code) {
    for (int s = 0; s < problem.shiftTypes().size(); s++) {
      if (problem.shiftTypes().get(s).code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown shift type " + code);
  }

  /** Employee-days of {@code roster} that differ from the previous roster's {@code values}. */
  private static long changes(Problem problem, int[][] previous, Roster roster) {
    int[][] now = new int[problem.employees().size()][problem.horizon().days()];
    for (Assignment a : roster.assignments()) {
      now[indexOf(problem, a.employee())][problem.horizon().indexOf(a.date())] = typeIndex(problem, a.shift()) + 1;
    }
    long changes = 0;
    for (int e = 0; e < now.length; e++) {
      for (int d = 0; d < now[e].length; d++) {
        if (now[e][d] != previous[e][d]) {
          changes++;
        }
      }
    }
    return changes;
  }

  /** Runs one search per thread and returns their outcomes in thread order. */
  private static List<Attempt> run(Setup setup, Best best) {
    int threads = setup.options.threads();
    if (threads == 1) {
      return List.of(attempt(setup, setup.rules, setup.options.seed(), best));
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
        futures.add(pool.submit(() -> attempt(setup, setup.rules, seed, best)));
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

  /** One complete search: build the model, search, and keep the best roster. */
  private static Attempt attempt(Setup setup, RuleSet rules, long seed, Best best) {
    ChocoRosterModel rosterModel = build(setup, rules);
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
    options.timeLimit().ifPresent(limit -> solver.limitTime(remaining(limit, best.startNanos)));
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
      attempt.bestNanos = System.nanoTime() - best.startNanos;
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

  /** The model of {@code setup} with {@code rules} posted, the pins and the stability penalty. */
  private static ChocoRosterModel build(Setup setup, RuleSet rules) {
    Problem problem = setup.problem;
    ChocoRosterModel rosterModel = new ChocoRosterModel(problem);
    for (Rule rule : rules.rules()) {
      rule.post(rosterModel);
    }
    rosterModel.postImpliedConstraints();
    Model model = rosterModel.chocoModel();
    int days = problem.horizon().days();
    for (Map.Entry<Long, Assignment> pin : setup.pins.entrySet()) {
      int e = (int) (pin.getKey() / days);
      int d = (int) (pin.getKey() % days);
      Assignment a = pin.getValue();
      Constraint keep = model.arithm(rosterModel.shift(e, d), "=", typeIndex(problem, a.shift()) + 1);
      keep.setName(rosterModel.name("pinned", a.employee() + "@" + a.date() + ":" + a.shift()));
      keep.post();
    }
    for (long key : setup.off) {
      int e = (int) (key / days);
      int d = (int) (key % days);
      Constraint keep = model.arithm(rosterModel.shift(e, d), "=", 0);
      keep.setName(rosterModel.name("kept off", problem.employees().get(e).id() + "@" + problem.horizon().dates().get(d)));
      keep.post();
    }
    if (setup.previous != null) {
      List<BoolVar> changed = new ArrayList<>();
      for (int e = 0; e < problem.employees().size(); e++) {
        for (int d = 0; d < days; d++) {
          changed.add(model.isNeq(rosterModel.shift(e, d), setup.previous[e][d]));
        }
      }
      IntVar count = model.intVar(STABILITY, 0, changed.size(), true);
      model.sum(changed.toArray(new BoolVar[0]), "=", count).post();
      rosterModel.addPenalty(STABILITY, count, setup.options.changeWeight());
    }
    return rosterModel;
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

  /**
   * Why no roster keeps the hard rules: solve again with cover allowed to fall short at a high
   * cost, and for each shortfall say what keeps each person who counts from filling it; on small
   * models also ask Choco for a minimal conflicting set of named constraints.
   */
  private static Infeasibility explain(Setup setup, long startNanos, boolean proven) {
    Infeasibility.Builder explanation = Infeasibility.builder().proven(proven);
    setup.options.timeLimit().ifPresent(explanation::limit);
    Optional<Rule> cover = setup.rules.rule(MinimumCover.ID);
    boolean explained = false;
    if (cover.isPresent() && cover.get().severity().isHard() && cover.get() instanceof MinimumCover) {
      RuleSet relaxed =
          setup.rules.with(((MinimumCover) cover.get()).withSeverity(Severity.soft(RELAXED_COVER_WEIGHT)));
      // The relaxed search shares the caller's time limit: what is left of it, but at least a tenth.
      long relaxedStart = System.nanoTime();
      if (setup.options.timeLimit().isPresent()) {
        long limit = setup.options.timeLimit().get().toNanos();
        relaxedStart = Math.max(startNanos, relaxedStart - (limit - limit / 10));
      }
      Attempt attempt = attempt(setup, relaxed, setup.options.seed(), new Best(quiet(setup.options), relaxedStart));
      if (attempt.found) {
        explained = describeShortfalls(setup, relaxed, attempt.roster, explanation);
      }
    }
    if (!explained) {
      explanation.addReasons(
          proven
              ? "No roster keeps the hard rules even when cover may fall short: the conflict is between"
                  + " other rules (pinned or fixed assignments, availability, sequences)."
              : "No lawful roster was found even when cover may fall short, and the search was not"
                  + " finished: the conflict may be between other rules (pinned or fixed assignments,"
                  + " availability, sequences), or the search needs more time.");
    }
    int cells = setup.problem.employees().size() * setup.problem.horizon().days();
    if (!explained && cells <= CONFLICT_SET_CELLS) {
      explanation.addAllConflictingConstraints(conflictSet(setup));
    }
    return explanation.build();
  }

  private static SolverOptions quiet(SolverOptions options) {
    SolverOptions.Builder copy = SolverOptions.builder().seed(options.seed()).changeWeight(options.changeWeight());
    options.timeLimit().ifPresent(copy::timeLimit);
    options.maxNodes().ifPresent(copy::maxNodes);
    options.previous().ifPresent(copy::previous);
    return copy.build();
  }

  /** Adds one reason per cover shortfall of {@code roster}; false if it has none. */
  private static boolean describeShortfalls(
      Setup setup, RuleSet relaxed, Roster roster, Infeasibility.Builder explanation) {
    Problem problem = setup.problem;
    RosterView view = RosterView.of(problem, roster);
    RuleSet hard = hardRules(setup.rules);
    Set<String> before = keys(RosterValidator.validate(problem, roster, hard));
    boolean any = false;
    int shortfalls = 0;
    List<String> certain = new ArrayList<>();
    List<String> searched = new ArrayList<>();
    for (Violation v : RosterValidator.validate(problem, roster, relaxed).violations()) {
      if (v.ruleId().equals(MinimumCover.ID)) {
        explanation.addUnmetDemands(v);
      }
    }
    for (CoverRequirement requirement : problem.coverRequirements()) {
      int staffed = MinimumCover.staffed(view, requirement);
      if (staffed >= requirement.minimum()) {
        continue;
      }
      any = true;
      long counted =
          problem.employees().stream()
              .filter(e -> problem.counts(requirement.requirement(), e, requirement.date()))
              .count();
      if (counted < requirement.minimum()) {
        certain.add(
            String.format(
                Locale.ROOT,
                "%s on %s needs %s but only %d %s for it at all (role, competence,"
                    + " education).",
                requirement.shift(), requirement.date(), needs(requirement), counted,
                counted == 1 ? "employee counts" : "employees count"));
        continue;
      }
      if (++shortfalls > MAX_REASONS) {
        continue;
      }
      // Per person who counts: the hard rules moving them onto the shift would newly break.
      Map<String, List<String>> detail = new LinkedHashMap<>();
      for (Employee candidate : problem.employees()) {
        if (!problem.counts(requirement.requirement(), candidate, requirement.date())
            || view.on(requirement.date(), requirement.shift()).stream()
                .anyMatch(w -> w.employee().id().equals(candidate.id()))) {
          continue;
        }
        Roster moved = move(roster, candidate.id(), requirement.date(), requirement.shift());
        List<Violation> reasons = new ArrayList<>();
        for (Violation v : RosterValidator.validate(problem, moved, hard).violations()) {
          if (!before.contains(key(v)) && !(v.ruleId().equals(MinimumCover.ID)
              && v.date().equals(requirement.date()) && v.shift().orElse("").equals(requirement.shift()))) {
            reasons.add(v);
          }
        }
        detail.put(candidate.id(), reasons.stream().map(v -> v.ruleId() + " (" + v.message() + ")").toList());
      }
      searched.add(
          String.format(
              Locale.ROOT,
              "%s on %s needs %s but the best roster found staffs %d%s",
              requirement.shift(),
              requirement.date(),
              needs(requirement),
              staffed,
              detail.isEmpty()
                  ? "; nobody else counts for it (role, competence or education)."
                  : ": " + blockers(detail) + "."));
    }
    // Demand above the people who count is certain; the rest depends on how far the search got.
    explanation.addAllReasons(certain).addAllReasons(searched);
    if (shortfalls > MAX_REASONS) {
      explanation.addReasons(
          (shortfalls - MAX_REASONS) + " more shortfalls are left out; unmetDemands() lists them all.");
    }
    return any;
  }

  /**
   * What keeps each candidate off the shift: for up to three candidates the rules they would
   * break in full ("E1 would break daily-rest (E1 rests ...)"), for more the candidates grouped by
   * rule ("weekend-frequency: S2, S3, H1; daily-rest: S1").
   */
  private static String blockers(Map<String, List<String>> detail) {
    List<String> free = new ArrayList<>();
    if (detail.size() <= 3) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, List<String>> candidate : detail.entrySet()) {
        List<String> reasons = candidate.getValue();
        parts.add(
            candidate.getKey()
                + (reasons.isEmpty()
                    ? " could (the search stopped before finding that roster)"
                    : " would break " + String.join("; and ", reasons.subList(0, Math.min(2, reasons.size())))));
      }
      return String.join(". ", parts);
    }
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> candidate : detail.entrySet()) {
      if (candidate.getValue().isEmpty()) {
        free.add(candidate.getKey());
      }
      Set<String> rules = new java.util.LinkedHashSet<>();
      for (String reason : candidate.getValue()) {
        rules.add(reason.substring(0, reason.indexOf(' ')));
      }
      for (String rule : rules) {
        byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(candidate.getKey());
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : byRule.entrySet()) {
      parts.add(rule.getKey() + ": " + String.join(", ", rule.getValue()));
    }
    String grouped = "each person who counts would break " + String.join("; ", parts);
    return free.isEmpty()
        ? grouped
        : grouped + "; " + String.join(", ", free) + " could (the search stopped before finding that roster)";
  }

  /** "2 nurses", "1 person with medication-delegation", "3 people with formal health education". */
  private static String needs(CoverRequirement cover) {
    int n = cover.minimum();
    StringBuilder who = new StringBuilder().append(n).append(' ');
    if (cover.roles().isEmpty()) {
      who.append(n == 1 ? "person" : "people");
    } else {
      who.append(String.join(" or ", cover.roles().stream().map(r -> n == 1 ? r : r + "s").toList()));
    }
    if (!cover.requirement().competences().isEmpty()) {
      who.append(" with ").append(String.join(" and ", cover.requirement().competences()));
    }
    if (cover.requirement().formalHealthEducation()) {
      who.append(" with formal health education");
    }
    return who.toString();
  }

  static RuleSet hardRules(RuleSet rules) {
    return rules.hardOnly();
  }


  private static Set<String> keys(ValidationReport report) {
    Set<String> keys = new HashSet<>();
    for (Violation v : report.violations()) {
      keys.add(key(v));
    }
    return keys;
  }

  private static String key(Violation v) {
    return v.ruleId() + "|" + v.employee().orElse("") + "|" + v.date() + "|" + v.shift().orElse("") + "|" + v.measured();
  }

  /** {@code roster} with the employee working {@code shift} on {@code date} instead of their day's shifts. */
  private static Roster move(Roster roster, String employee, LocalDate date, String shift) {
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    for (Assignment a : roster.assignments()) {
      if (!(a.employee().equals(employee) && a.date().equals(date))) {
        assignments.add(a);
      }
    }
    assignments.add(Assignment.of(employee, date, shift));
    return Roster.of(assignments.build());
  }

  /** Names of a minimal set of named constraints that cannot hold together, or empty. */
  private static List<String> conflictSet(Setup setup) {
    ChocoRosterModel rosterModel = build(setup, setup.rules);
    Model model = rosterModel.chocoModel();
    List<Constraint> named = new ArrayList<>();
    for (Constraint c : model.getCstrs()) {
      if (c.getName() != null && c.getName().contains("[")) {
        named.add(c);
      }
    }
    // QuickXPlain solves many times over: one deadline for all of them, a tenth of the caller's
    // limit (at least a second); a search cut short proves nothing, so then no set is named.
    long deadline =
        System.nanoTime()
            + setup.options.timeLimit().map(limit -> Math.max(1_000_000_000L, limit.toNanos() / 10)).orElse(Long.MAX_VALUE / 4);
    model.getSolver().addStopCriterion(() -> System.nanoTime() > deadline);
    setup.options.maxNodes().ifPresent(model.getSolver()::limitNode);
    List<String> names = new ArrayList<>();
    for (Constraint c : model.getSolver().findMinimumConflictingSet(named)) {
      names.add(c.getName());
    }
    if (System.nanoTime() > deadline || model.getSolver().isStopCriterionMet()) {
      return List.of();
    }
    return names;
  }

  private static long remaining(Duration limit, long startNanos) {
    long spentMillis = (System.nanoTime() - startNanos) / 1_000_000;
    return Math.max(1, limit.toMillis() - spentMillis);
  }

  /** What every search of one solve shares. */
  private static final class Setup {
    final Problem problem;
    final RuleSet rules;
    final SolverOptions options;
    final Map<Long, Assignment> pins;
    final Set<Long> off;
    final int[][] previous;

    Setup(Problem problem, RuleSet rules, SolverOptions options, Map<Long, Assignment> pins, Set<Long> off,
        int[][] previous) {
      this.problem = problem;
      this.rules = rules;
      this.options = options;
      this.pins = pins;
      this.off = off;
      this.previous = previous;
    }
  }

  /** The best objective over all threads, to tell the listener only about real improvements. */
  private static final class Best {
    final SolverOptions options;
    final long startNanos;
    private long objective = Long.MAX_VALUE;

    Best(SolverOptions options, long startNanos) {
      this.options = options;
      this.startNanos = startNanos;
    }

    synchronized void offer(long candidate, long nanos) {
      if (candidate < objective) {
        objective = candidate;
        options.listener().ifPresent(l -> l.improved(candidate, Duration.ofNanos(nanos)));
      }
    }
  }

  /** The outcome of one search. */
  private static final class Attempt {
    boolean found;
    Roster roster;
    long objective = Long.MAX_VALUE;
    long bestNanos;
    long nodes;
    long solutions;
    boolean stoppedByLimit;
  }
}
