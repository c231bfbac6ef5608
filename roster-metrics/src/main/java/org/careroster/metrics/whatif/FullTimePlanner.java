package org.careroster.metrics.whatif;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;

/**
 * Full-time planning (heltidsplanlegging): under a scenario, which part-time positions can grow
 * towards 100 % without more heads than the ward has and within a budget of positions (the
 * current total unless given), with a solved rotation as the proof.
 *
 * <p>Greedy, largest part-time position first (it needs the least to become full-time): the
 * budget's room pays first; when it runs out, the smallest part-time post whose loss leaves every
 * kind of people at or above the {@link WeekendBound}'s minimum is merged in (it is not refilled
 * when it falls vacant), and its percent pays. What is left at the end raises the largest
 * remaining part-time position. Then the plan is solved; if no lawful rotation with full cover is
 * found within the limit, the last step is taken back and the plan solved again, up to {@link
 * #MAX_BACKOFFS} times. Objective: full-time share first, then the average position size.
 *
 * <pre>{@code
 * FullTimePlan plan = new FullTimePlanner(RuleSets.kommuneDefault())
 *     .plan(ward, Scenario.builder().name("every 2nd weekend").weekendEvery(2).build(), Optional.empty(), options);
 * plan.changes().forEach(System.out::println);   // e.g. S2 80 % -> 100 %, merged from A7
 * }</pre>
 */
public final class FullTimePlanner {

  /** How many times a plan without a proof is shortened by its last step and solved again. */
  public static final int MAX_BACKOFFS = 3;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RuleSet rules;

  /** A planner whose proofs keep every hard rule of {@code rules}. */
  public FullTimePlanner(RuleSet rules) {
    this.rules = checkNotNull(rules, "rules");
  }

  /**
   * The full-time plan of {@code base} under {@code scenario}.
   *
   * @param budgetPercent the positions the plan may use, in percent; the current total when empty
   * @throws InvalidModelException if a given budget is below the hours the staffing plan needs
   *     (full-time equivalents of its minimum cover, as {@link WeekendBound} counts them), or the
   *     scenario names what {@code base} does not have
   * @throws IllegalArgumentException if {@code base} is not cyclic or the options have no time limit
   */
  public FullTimePlan plan(Problem base, Scenario scenario, Optional<BigDecimal> budgetPercent, SolverOptions options) {
    checkNotNull(base, "base");
    checkNotNull(scenario, "scenario");
    checkArgument(options.timeLimit().isPresent(), "full-time planning solves its proof and needs a time limit");
    WhatIf whatIf = new WhatIf(rules);
    ScenarioResult bounded = whatIf.bounds(base, List.of(scenario)).get(0);
    Problem problem = bounded.problem();
    int every = bounded.weekendEvery();
    WeekendBound bound = bounded.bound();
    BigDecimal before = total(problem.employees());
    BigDecimal budget = budgetPercent.orElse(before);
    BigDecimal needed = bound.fullTimeEquivalents().multiply(HUNDRED);
    if (budgetPercent.isPresent() && budget.compareTo(needed) < 0) {
      throw new InvalidModelException("FullTimePlanner", "budget", budget.stripTrailingZeros().toPlainString() + " %",
          "is below the " + needed.stripTrailingZeros().toPlainString() + " % of positions the staffing plan's hours need");
    }
    List<PositionChange> steps = steps(problem, every, budget);
    FullTimePlan plan = null;
    for (int backoff = 0; backoff <= MAX_BACKOFFS; backoff++) {
      plan = prove(scenario, problem, bound, budget, before, steps, options);
      if (plan.isProven() || steps.isEmpty() || bound.isShort()) {
        return plan;
      }
      steps = steps.subList(0, steps.size() - 1);
    }
    return plan;
  }

  /** The greedy steps: raise the largest part-timers, paid by the budget's room, then by merged posts. */
  private static List<PositionChange> steps(Problem problem, int every, BigDecimal budget) {
    Map<String, BigDecimal> positions = new LinkedHashMap<>();
    problem.employees().forEach(e -> positions.put(e.id(), e.positionPercent()));
    BigDecimal room = budget.subtract(total(problem.employees()));
    List<PositionChange> steps = new ArrayList<>();
    List<String> merged = new ArrayList<>();
    while (true) {
      Comparator<String> largestFirstThenStaffOrder = Comparator.comparing((String id) -> positions.get(id))
          .thenComparing((String id) -> -order(problem, id));
      Optional<String> next = partTimers(positions, merged).stream().max(largestFirstThenStaffOrder);
      if (next.isEmpty()) {
        break;
      }
      String raise = next.get();
      BigDecimal from = positions.get(raise);
      BigDecimal missing = HUNDRED.subtract(from);
      // Posts merged in, smallest first, until the room pays for the raise or none can go.
      List<String> donors = new ArrayList<>();
      while (room.compareTo(missing) < 0) {
        Optional<String> donor = donor(problem, every, positions, merged, raise);
        if (donor.isEmpty()) {
          break;
        }
        room = room.add(positions.remove(donor.get()));
        merged.add(donor.get());
        donors.add(donor.get());
      }
      BigDecimal give = room.min(missing);
      if (give.signum() <= 0) {
        break;
      }
      positions.put(raise, from.add(give));
      room = room.subtract(give);
      steps.add(PositionChange.builder().employee(raise).from(from).to(from.add(give)).addAllMergedFrom(donors).build());
      if (give.compareTo(missing) < 0) {
        break;
      }
    }
    return steps;
  }

  private static List<String> partTimers(Map<String, BigDecimal> positions, List<String> merged) {
    return positions.entrySet().stream()
        .filter(e -> e.getValue().compareTo(HUNDRED) < 0 && !merged.contains(e.getKey()))
        .map(Map.Entry::getKey).toList();
  }

  /** The smallest part-time post other than {@code raise} whose loss keeps every kind at its weekend minimum. */
  private static Optional<String> donor(Problem problem, int every, Map<String, BigDecimal> positions, List<String> merged, String raise) {
    List<String> candidates = new ArrayList<>(partTimers(positions, merged));
    candidates.remove(raise);
    candidates.sort(Comparator.comparing((String id) -> positions.get(id)).thenComparing(id -> -order(problem, id)));
    for (String id : candidates) {
      List<String> gone = new ArrayList<>(merged);
      gone.add(id);
      Problem without = Scenario.builder().name("without").addAllRemove(gone).build().apply(problem);
      if (!WeekendBound.of(without, every).isShort()) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** The plan of {@code steps} solved: the proof, or its failure. */
  private FullTimePlan prove(Scenario scenario, Problem problem, WeekendBound bound, BigDecimal budget, BigDecimal before,
      List<PositionChange> steps, SolverOptions options) {
    // A bound already short proves there is no rotation: no solve.
    Scenario.Builder change = Scenario.builder().name(scenario.name() + " · full-time plan");
    for (PositionChange step : steps) {
      change.addAllRemove(step.mergedFrom());
    }
    Map<String, BigDecimal> last = new LinkedHashMap<>();
    steps.forEach(s -> last.put(s.employee(), s.to()));
    last.forEach((id, to) -> change.addPositions(Scenario.Position.of(id, to.doubleValue())));
    Problem planned = change.build().apply(problem);
    Optional<SolveResult> solved = bound.isShort() ? Optional.empty() : Optional.of(new RosterSolver().solve(planned, rules, options));
    ImmutableFullTimePlan.Builder plan = FullTimePlan.builder()
        .scenario(scenario.name())
        .budgetPercent(budget)
        .positionsBefore(before)
        .positionsAfter(total(planned.employees()))
        .addAllChanges(steps)
        .headsBefore(problem.employees().size())
        .headsAfter(planned.employees().size())
        .fullTimeBefore(fullTime(problem.employees()))
        .fullTimeAfter(fullTime(planned.employees()))
        .averagePositionBefore(average(problem.employees()))
        .averagePositionAfter(average(planned.employees()))
        .bound(bound)
        .status(solved.map(SolveResult::status).orElse(org.careroster.constraints.SolveStatus.INFEASIBLE))
        .problem(planned);
    solved.flatMap(SolveResult::roster)
        .ifPresent(r -> plan.roster(r).achieved(WhatIf.achieved(planned, r, RosterValidator.validate(planned, r, rules))));
    return plan.build();
  }

  private static int order(Problem problem, String id) {
    for (int i = 0; i < problem.employees().size(); i++) {
      if (problem.employees().get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static BigDecimal total(List<Employee> staff) {
    return staff.stream().map(Employee::positionPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal fullTime(List<Employee> staff) {
    long n = staff.stream().filter(Employee::isFullTime).count();
    return staff.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(n * 100.0 / staff.size()).setScale(1, RoundingMode.HALF_UP);
  }

  private static BigDecimal average(List<Employee> staff) {
    return staff.isEmpty() ? BigDecimal.ZERO : total(staff).divide(BigDecimal.valueOf(staff.size()), 1, RoundingMode.HALF_UP);
  }
}
