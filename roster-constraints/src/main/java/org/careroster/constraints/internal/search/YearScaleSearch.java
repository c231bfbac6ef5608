package org.careroster.constraints.internal.search;

import com.google.common.math.IntMath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search for calendar plans longer than {@link RosterSolver#WHOLE_MODEL_DAYS} days, which one
 * model does not solve (its state grows with the horizon and the search falls off a cliff beyond
 * about eight weeks). Three steps, each on models of a few weeks:
 *
 * <ol>
 *   <li>Solve a cyclic base rotation of the same ward (a few weeks, no holidays, absences or
 *       wishes) and lay it out over the calendar with {@link CalendarRollout}: a year plan as wards
 *       make them, and lawful across every seam between repetitions.
 *   <li>Replan ({@link RosterSolver#replan}) the weeks around every hard violation the calendar
 *       adds (public holidays staffed as Sundays, absences, dated demand, fixed assignments), with
 *       the surrounding weeks pinned, until no hard rule is broken.
 *   <li>Until the limit, replan windows of four weeks in turn to lower the whole plan's objective,
 *       keeping a new window only when the whole plan's objective (as the validator computes it)
 *       drops.
 * </ol>
 *
 * <p>Memory and model size grow with the window, not the horizon: the whole plan exists only as a
 * list of assignments between the steps.
 */
public final class YearScaleSearch {

  private static final Logger LOG = LoggerFactory.getLogger(YearScaleSearch.class);

  /** Days replanned at a time while improving. */
  static final int WINDOW_DAYS = 28;

  /** Share of the time limit the base rotation may use. */
  private static final double BASE_SHARE = 0.3;

  /** Rounds of repair, each a week wider, before giving up on the hard violations left. */
  private static final int REPAIR_ROUNDS = 4;

  /** Cost of each changed employee-day while repairing: the rotation's pattern is worth keeping. */
  private static final int REPAIR_CHANGE_WEIGHT = 20;

  /** Work limit per window when the caller gave only a node limit. */
  private static final long WINDOW_NODES = 20_000;

  /** The base rotation's search stops when no better rotation has come for this long. */
  private static final Duration BASE_PATIENCE = Duration.ofSeconds(3);

  /** Weight of each person missing from a minimum while repairing. */
  static final int SOFT_COVER_WEIGHT = 100_000;

  /** Longest search of one window while repairing: a window that needs more gets wider instead. */
  private static final Duration REPAIR_WINDOW_LIMIT = Duration.ofSeconds(4);

  /** Longest search of one window while improving. */
  private static final Duration IMPROVE_WINDOW_LIMIT = Duration.ofSeconds(3);

  /** A window's search stops when no better roster has come for this long. */
  private static final Duration PATIENCE = Duration.ofMillis(1500);

  private final Problem problem;
  private final RuleSet rules;
  private final SolverOptions options;
  private final Deadline deadline;
  private long nodes;
  private long solutions;
  private long bestNanos;
  private long bestObjective = Long.MAX_VALUE;

  /**
   * The search of {@code problem} (a calendar horizon) under {@code rules} with the options'
   * weights applied; its time limit starts now.
   *
   * @throws IllegalArgumentException if the rule set holds a rule the solver cannot encode, or a
   *     weight names a rule that is not soft or not in the set
   */
  public YearScaleSearch(Problem problem, RuleSet rules, SolverOptions options) {
    this.problem = problem;
    this.rules = WholeModelSolver.weighted(WholeModelSolver.checkEncodable(rules), options.weights());
    this.options = options;
    this.deadline = Deadline.start(options.timeLimit());
  }

  /** {@link RosterSolver#solve} of a calendar plan longer than {@link RosterSolver#WHOLE_MODEL_DAYS} days. */
  public SolveResult solve() {
    Problem base = baseRotation();
    SolveResult seed = WholeModelSolver.solveWhole(base, rules, baseOptions(), false);
    account(seed);
    if (seed.roster().isEmpty()) {
      LOG.debug("no base rotation for the year plan: {}", seed.status());
      return noRoster(List.of(), "No lawful base rotation of " + base.horizon().days() / 7
          + " weeks was found to lay out over " + problem.horizon() + " within the limit.");
    }
    Roster roster = pinned(problem.vacate(CalendarRollout.roster(
        base, seed.roster().get(), problem.horizon().start(), problem.horizon().end())));
    roster = repair(roster, REPAIR_CHANGE_WEIGHT);
    List<Violation> left = RosterValidator.validate(problem, roster, rules.hardOnly()).violations();
    if (!left.isEmpty()) {
      return noRoster(left, "The base rotation laid out over " + problem.horizon() + " still breaks "
          + left.size() + " hard rules after replanning the weeks around them.");
    }
    WholeModelSolver.Scored best = WholeModelSolver.score(problem, rules, roster, options);
    offer(best.objective);
    roster = improve(roster, best);
    return result(roster);
  }

  /**
   * {@code roster} with the weeks around its hard violations replanned (see {@link
   * RosterSolver#mend}); a status of {@code UNKNOWN} when hard violations are left.
   */
  public SolveResult mend(Roster roster) {
    return result(repair(roster, options.changeWeight()));
  }

  private SolveResult result(Roster roster) {
    WholeModelSolver.Scored scored = WholeModelSolver.score(problem, rules, roster, options);
    return SolveResult.builder()
        .status(!scored.report.isFeasible() ? SolveStatus.UNKNOWN
            : scored.objective == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
        .roster(roster)
        .report(scored.report)
        .putAllObjectiveBreakdown(scored.breakdown)
        .nodes(nodes)
        .solutions(solutions)
        .timeToBest(Duration.ofNanos(bestNanos))
        .elapsed(elapsed())
        .build();
  }

  /**
   * The ward as a cyclic base rotation from the Monday on or before the plan's start: the plan's
   * staff, shift types and weekly staffing rows, over the least common multiple of the weekend
   * frequencies (at least four weeks, doubled until it is).
   */
  private Problem baseRotation() {
    int weeks = 1;
    for (Employee e : problem.employees()) {
      weeks = lcm(weeks, e.weekendFrequency().orElse(1));
    }
    for (Rule rule : rules.rules()) {
      if (rule instanceof WeekendFrequency) {
        weeks = lcm(weeks, ((WeekendFrequency) rule).every());
      }
    }
    if (weeks > 12) {
      weeks = 6;
    }
    while (weeks < 4) {
      weeks *= 2;
    }
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (StaffingRequirement row : problem.staffingPlan().requirements()) {
      if (row.days() != DayKind.DATE && row.days() != DayKind.PUBLIC_HOLIDAY) {
        plan.addRequirement(row);
      }
    }
    return problem.wardBuilder()
        .horizon(PlanningHorizon.cyclic(
            problem.horizon().start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), weeks))
        .staffingPlan(plan.build())
        .build();
  }

  private static int lcm(int a, int b) {
    return a / IntMath.gcd(a, b) * b;
  }

  /** {@code roster} with the problem's fixed and the options' pinned assignments in place of that day's shift. */
  private Roster pinned(Roster roster) {
    Map<String, Assignment> byDay = new HashMap<>();
    for (Assignment a : roster.assignments()) {
      byDay.put(a.employee() + "@" + a.date(), a);
    }
    for (Assignment a : problem.fixedAssignments()) {
      byDay.put(a.employee() + "@" + a.date(), a);
    }
    for (Assignment a : options.pinned()) {
      byDay.put(a.employee() + "@" + a.date(), a);
    }
    List<Assignment> sorted = new ArrayList<>(byDay.values());
    sorted.sort((x, y) -> x.date().equals(y.date()) ? x.employee().compareTo(y.employee()) : x.date().compareTo(y.date()));
    return Roster.of(sorted);
  }

  /**
   * Replans the weeks around each hard violation, widening them a week each round, until none is
   * left or the rounds or the time run out. Cover is weighed softly ({@link #SOFT_COVER_WEIGHT}
   * per missing person) so that each window gets the roster with the fewest people missing; each
   * changed employee-day costs {@code changeWeight}.
   */
  private Roster repair(Roster start, int changeWeight) {
    Roster roster = start;
    RuleSet hard = rules.hardOnly();
    RuleSet soft = rules.withSoftCover(SOFT_COVER_WEIGHT);
    int before = Integer.MAX_VALUE;
    for (int round = 0; round < REPAIR_ROUNDS && !stopped(); round++) {
      List<Violation> violations = RosterValidator.validate(problem, roster, hard).violations();
      if (violations.isEmpty()) {
        break;
      }
      if (violations.size() >= before && round < REPAIR_ROUNDS - 1) {
        // A wider window found no fewer violations: what is left is likely a shortfall nobody can
        // lawfully cover, so go on to the last round, which leaves it short.
        LOG.debug("repair round {} removed no violation; on to the last round", round - 1);
        round = REPAIR_ROUNDS - 1;
      }
      before = violations.size();
      List<LocalDate[]> windows = windows(violations, 7 * (round + 1));
      if (LOG.isDebugEnabled()) {
        LOG.debug("repair round {}: {} hard violations in windows {}: {}", round, violations.size(),
            windows.stream().map(w -> w[0] + ".." + w[1]).toList(),
            violations.stream().limit(20).map(Violation::message).toList());
      }
      for (int i = 0; i < windows.size() && !stopped(); i++) {
        LocalDate[] w = windows.get(i);
        SolverOptions window = windowOptions(
            cap(remainingShare(windows.size() - i), REPAIR_WINDOW_LIMIT), Roster.of(roster.assignments()), changeWeight);
        // Hard cover lets propagation steer the search to full cover; where that finds nothing in
        // time, and in the last round, cover is weighed softly, so that what nobody can lawfully
        // cover is left short instead of unchanged.
        RuleSet solving = round < REPAIR_ROUNDS - 1 ? rules : soft;
        LocalDate[] context = context(w, violations);
        LocalDate first = context[0];
        LocalDate last = context[1];
        SolveResult result = WholeModelSolver.replan(problem, solving, roster, first, w[0], w[1], last, window, false);
        account(result);
        if (result.roster().isEmpty() && solving != soft && !stopped()) {
          // No full cover in time: the roster with the fewest people missing is still a step on.
          window = windowOptions(
              cap(remainingShare(windows.size() - i), REPAIR_WINDOW_LIMIT), Roster.of(roster.assignments()), changeWeight);
          result = WholeModelSolver.replan(problem, soft, roster, first, w[0], w[1], last, window, false);
          account(result);
        }
        LOG.debug("replanned {}..{}: {} after {} nodes, objective {}", w[0], w[1], result.status(), result.nodes(),
            result.roster().isPresent() ? result.objective() : -1);
        if (result.roster().isPresent()) {
          roster = result.roster().get();
        }
      }
    }
    return roster;
  }

  /**
   * The days kept as they are around window {@code w}: {@link RosterSolver#CONTEXT_DAYS} either
   * side, cut short before the nearest other violation there. Kept as they are, another window's
   * violations would make this window infeasible before its search starts. Cover shortfalls do not
   * cut it (the context needs nobody), so the context stays whole and its seams are judged.
   */
  private static LocalDate[] context(LocalDate[] w, List<Violation> violations) {
    LocalDate first = w[0].minusDays(RosterSolver.CONTEXT_DAYS);
    LocalDate last = w[1].plusDays(RosterSolver.CONTEXT_DAYS);
    for (Violation v : violations) {
      if (v.ruleId().equals(MinimumCover.ID)) {
        continue;
      }
      LocalDate vFrom = v.date();
      LocalDate vTo = v.endDate().orElse(vFrom);
      if (vTo.isBefore(w[0]) && !vTo.isBefore(first)) {
        first = vTo.plusDays(1);
      } else if (vFrom.isAfter(w[1]) && !vFrom.isAfter(last)) {
        last = vFrom.minusDays(1);
      }
    }
    return new LocalDate[] {first, last};
  }

  /**
   * The dates to replan for {@code violations}: each violation's dates and a few days either side
   * (plus {@code widen}), whole weeks, merged where they touch, and cut to the horizon.
   */
  private List<LocalDate[]> windows(List<Violation> violations, int widen) {
    PlanningHorizon horizon = problem.horizon();
    List<LocalDate[]> spans = new ArrayList<>();
    for (Violation v : violations) {
      LocalDate from = v.date().minusDays(3L + widen).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate to = v.endDate().orElse(v.date()).plusDays(3L + widen).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      if (ChronoUnit.DAYS.between(from, to) >= RosterSolver.WHOLE_MODEL_DAYS) {
        to = from.plusDays(RosterSolver.WHOLE_MODEL_DAYS - 1L);
      }
      spans.add(new LocalDate[] {max(from, horizon.start()), min(to, horizon.end())});
    }
    spans.sort((a, b) -> a[0].compareTo(b[0]));
    List<LocalDate[]> merged = new ArrayList<>();
    for (LocalDate[] span : spans) {
      LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null
          && !span[0].isAfter(last[1].plusDays(1))
          && ChronoUnit.DAYS.between(last[0], max(last[1], span[1])) < RosterSolver.WHOLE_MODEL_DAYS) {
        last[1] = max(last[1], span[1]);
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /** Replans four-week windows in turn, keeping each that lowers the whole plan's objective. */
  private Roster improve(Roster start, WholeModelSolver.Scored scored) {
    Roster roster = start;
    long objective = scored.objective;
    PlanningHorizon horizon = problem.horizon();
    Random random = new Random(options.seed());
    int windows = (horizon.days() + WINDOW_DAYS - 1) / WINDOW_DAYS;
    int passes = deadline.limit().isPresent() ? Integer.MAX_VALUE : 1;
    for (int pass = 0; pass < passes && objective > 0 && !stopped(); pass++) {
      int offset = random.nextInt(WINDOW_DAYS / 7) * 7;
      for (int i = 0; i < windows && objective > 0 && !stopped(); i++) {
        LocalDate from = horizon.start().plusDays((long) i * WINDOW_DAYS + offset);
        if (from.isAfter(horizon.end())) {
          break;
        }
        LocalDate to = min(horizon.end(), from.plusDays(WINDOW_DAYS - 1L));
        SolverOptions window = windowOptions(
            cap(remainingShare(windows - i), IMPROVE_WINDOW_LIMIT), options.previous().orElse(null), options.changeWeight());
        SolveResult result = WholeModelSolver.replan(problem, rules, roster, from, to, window);
        account(result);
        if (result.roster().isPresent() && result.report().orElseThrow().isFeasible()
            && result.objective() < objective) {
          roster = result.roster().get();
          objective = result.objective();
          offer(objective);
        }
      }
    }
    return roster;
  }

  /** Options for one window: a share of what is left of the limits, the caller's threads, seed and weights. */
  private SolverOptions windowOptions(Duration limit, Roster previous, int changeWeight) {
    SolverOptions.Builder window = SolverOptions.builder()
        .seed(options.seed())
        .threads(options.threads())
        .putAllWeights(options.weights())
        .addAllPinned(options.pinned())
        .changeWeight(changeWeight);
    if (previous != null) {
      window.previous(previous);
    }
    if (deadline.limit().isPresent()) {
      window.timeLimit(limit);
    }
    if (options.maxNodes().isPresent()) {
      window.maxNodes(Math.min(options.maxNodes().getAsLong(), WINDOW_NODES));
    }
    AtomicLong last = new AtomicLong();
    window.listener((objective, elapsed) -> last.set(System.nanoTime()));
    window.cancellation(() -> {
      long at = last.get();
      return stopped() || (at != 0 && System.nanoTime() - at > PATIENCE.toNanos());
    });
    return window.build();
  }

  /**
   * Options for the base rotation: at most {@link #BASE_SHARE} of the time limit, the caller's
   * node limit, and done once no better rotation has come for {@link #BASE_PATIENCE}: the
   * calendar weeks gain more from the time than the rotation does.
   */
  private SolverOptions baseOptions() {
    SolverOptions.Builder base = SolverOptions.builder()
        .seed(options.seed())
        .threads(options.threads())
        .putAllWeights(options.weights());
    deadline.limit().ifPresent(limit -> base.timeLimit(Duration.ofMillis(Math.max(1, (long) (limit.toMillis() * BASE_SHARE)))));
    options.maxNodes().ifPresent(base::maxNodes);
    AtomicLong last = new AtomicLong();
    base.listener((objective, elapsed) -> last.set(System.nanoTime()));
    base.cancellation(() -> {
      long at = last.get();
      return stopped() || (deadline.limit().isPresent() && at != 0 && System.nanoTime() - at > BASE_PATIENCE.toNanos());
    });
    return base.build();
  }

  /** What is left of the time limit divided over {@code parts} windows, at least a second. */
  private Duration remainingShare(int parts) {
    if (deadline.limit().isEmpty()) {
      return Duration.ofDays(1);
    }
    long left = deadline.leftNanos();
    long share = Math.max(left / Math.max(1, parts), Math.min(left, 1_000_000_000L));
    return Duration.ofNanos(Math.max(1_000_000, Math.min(share, left)));
  }

  private static Duration cap(Duration limit, Duration most) {
    return limit.compareTo(most) > 0 ? most : limit;
  }

  private boolean stopped() {
    if (options.cancellation().isPresent() && options.cancellation().get().getAsBoolean()) {
      return true;
    }
    return deadline.passed();
  }

  private void account(SolveResult result) {
    nodes += result.nodes();
    solutions += result.solutions();
  }

  private void offer(long objective) {
    if (objective < bestObjective) {
      bestObjective = objective;
      bestNanos = System.nanoTime() - deadline.startNanos();
      options.listener().ifPresent(l -> l.improved(objective, Duration.ofNanos(bestNanos)));
    }
  }

  /** No lawful roster: {@code first}, then up to ten of the hard violations left, as reasons. */
  private SolveResult noRoster(List<Violation> left, String first) {
    Infeasibility.Builder why = Infeasibility.builder().proven(false).addReasons(first);
    deadline.limit().ifPresent(why::limit);
    for (Violation v : left) {
      if (v.ruleId().equals(MinimumCover.ID)) {
        why.addUnmetDemands(v);
      }
    }
    left.stream().limit(10).forEach(v -> why.addReasons(v.message()));
    if (left.size() > 10) {
      why.addReasons((left.size() - 10) + " more hard violations are left out.");
    }
    return SolveResult.builder()
        .status(SolveStatus.UNKNOWN)
        .infeasibility(why.build())
        .nodes(nodes)
        .solutions(solutions)
        .elapsed(elapsed())
        .build();
  }

  private Duration elapsed() {
    return deadline.elapsed();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
