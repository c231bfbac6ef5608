package org.careroster.constraints.internal.search;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleTotal;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.internal.search.SearchPhases.Attempt;
import org.careroster.constraints.rules.CatalogueRule;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * The solve of one Choco model over a whole horizon of up to {@link
 * RosterSolver#WHOLE_MODEL_DAYS} days, or over a window of a longer calendar plan with the days
 * around it kept: setup, search, and the check of the best roster against the validator.
 */
public final class WholeModelSolver {

  private WholeModelSolver() {}

  /**
   * {@link RosterSolver#replan}: the dates from {@code from} to {@code to} planned again, {@link
   * RosterSolver#CONTEXT_DAYS} days either side kept as they are.
   */
  public static SolveResult replan(
      Problem problem, RuleSet rules, Roster roster, LocalDate from, LocalDate to, SolverOptions options) {
    return replan(
        problem, rules, roster, from.minusDays(RosterSolver.CONTEXT_DAYS), from, to,
        to.plusDays(RosterSolver.CONTEXT_DAYS), options, true);
  }

  /**
   * {@link RosterSolver#replan} with the days kept as they are around the window given: from
   * {@code first} to {@code from} and from {@code to} to {@code last} (cut to the horizon). A
   * caller that knows of hard violations in the context leaves their days out of it, since the
   * model could not remove them.
   */
  static SolveResult replan(
      Problem problem, RuleSet rules, Roster roster, LocalDate first, LocalDate from, LocalDate to, LocalDate last,
      SolverOptions options, boolean explain) {
    checkArgument(!problem.horizon().isCyclic(),
        "RosterSolver.replan: the horizon %s is cyclic; replan a calendar plan, or solve the base rotation",
        problem.horizon());
    checkArgument(problem.horizon().contains(from) && problem.horizon().contains(to) && !to.isBefore(from),
        "RosterSolver.replan: the dates %s..%s must lie in the horizon %s, from before to",
        from, to, problem.horizon());
    checkArgument(from.until(to, ChronoUnit.DAYS) < RosterSolver.WHOLE_MODEL_DAYS,
        "RosterSolver.replan: the dates %s..%s span more than %s days; replan fewer weeks at a time",
        from, to, RosterSolver.WHOLE_MODEL_DAYS);
    try {
      problem.checkReferences(roster);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException("RosterSolver.replan: roster: " + e.getMessage(), e);
    }
    Deadline deadline = Deadline.start(options.timeLimit());
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
        off.remove((long) SolveSetup.indexOf(part, a.employee()) * partDays + part.horizon().indexOf(a.date()));
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
    return result.elapsed(deadline.elapsed()).build();
  }

  /**
   * The validation of {@code roster} under {@code rules} and its objective: the soft costs by rule,
   * plus the cost of changes from the options' previous roster.
   */
  static Scored score(Problem problem, RuleSet rules, Roster roster, SolverOptions options) {
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    Map<String, Long> breakdown = new LinkedHashMap<>();
    for (RuleTotal total : report.totals()) {
      if (!total.severity().isHard()) {
        breakdown.put(total.ruleId(), total.cost());
      }
    }
    if (options.previous().isPresent()) {
      breakdown.put(
          RosterSolver.STABILITY,
          (long) options.changeWeight() * SolveSetup.changes(problem, SolveSetup.previous(problem, options), roster));
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

  /**
   * {@code rules}, checked to hold only rules the solver can encode in their severity.
   *
   * @throws IllegalArgumentException naming the rules it cannot encode
   */
  static RuleSet checkEncodable(RuleSet rules) {
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

  /**
   * One model over the whole horizon: the search of every horizon up to {@link
   * RosterSolver#WHOLE_MODEL_DAYS} days; explains a failure ({@link SolveResult#infeasibility()})
   * only if {@code explain}.
   */
  public static SolveResult solveWhole(Problem problem, RuleSet rules, SolverOptions options, boolean explain) {
    return solveWhole(problem, rules, options, explain, Set.of());
  }

  /**
   * {@link #solveWhole(Problem, RuleSet, SolverOptions, boolean)} with the employee-days in {@code
   * off} (keys employee index × days + day index) kept free of work.
   */
  private static SolveResult solveWhole(
      Problem problem, RuleSet rules, SolverOptions options, boolean explain, Set<Long> off) {
    Deadline deadline = Deadline.start(options.timeLimit());
    RuleSet weighted = weighted(rules, options.weights());
    checkEncodable(weighted);
    SolveSetup setup = SolveSetup.of(problem, weighted, options, off);
    List<Attempt> attempts = SearchPhases.run(setup, new BestTracker(options.listener()), deadline);
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
        result.infeasibility(ShortfallExplainer.explain(setup, deadline, !stoppedByLimit));
      }
      return result.status(status).elapsed(deadline.elapsed()).build();
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
        .elapsed(deadline.elapsed())
        .build();
  }

  /**
   * The rule set with the options' weights applied.
   *
   * @throws IllegalArgumentException if a weight names a rule that is not in the set or not soft
   */
  static RuleSet weighted(RuleSet rules, ImmutableMap<String, Integer> weights) {
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
}
