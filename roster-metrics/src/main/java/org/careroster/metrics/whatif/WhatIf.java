package org.careroster.metrics.whatif;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.Scenario;
import org.careroster.core.ShiftType;
import org.careroster.core.WeekendWindow;
import org.careroster.metrics.AveragePositionSize;
import org.careroster.metrics.BaseRotation;
import org.careroster.metrics.FullTimeShare;
import org.careroster.metrics.Population;
import org.careroster.metrics.WeekendHoursCoverage;

/**
 * Answers what-if questions for a ward's cyclic base rotation: for each {@link Scenario}, the
 * {@link WeekendBound} (no search) and, if asked, a rotation solved under the scenario with its
 * KPIs ({@link Achieved}) side by side.
 *
 * <pre>{@code
 * WhatIf whatIf = new WhatIf(RuleSets.kommuneDefault());
 * List<Scenario> grid = Scenario.grid(List.of(weekendsEvery(2, 3, 4), longShiftsOnOff()));
 * for (ScenarioResult r : whatIf.evaluate(ward, grid, SolverOptions.builder().timeLimit(Duration.ofSeconds(20)).build(), 2)) {
 *   System.out.println(r.scenario() + ": at most " + r.bound().maxFullTimePercent() + " % full-time");
 * }
 * }</pre>
 *
 * <p>The weekend frequency of a scenario without one is the rule set's {@link WeekendFrequency}
 * {@code every} (1 without such a rule). Instances are immutable and may be shared.
 */
public final class WhatIf {

  private final RuleSet rules;

  /** An evaluation under {@code rules}. */
  public WhatIf(RuleSet rules) {
    this.rules = checkNotNull(rules, "rules");
  }

  /**
   * The bound of each scenario applied to {@code base}, without search: fast (well under a
   * millisecond a scenario for a ward of 20).
   *
   * @throws org.careroster.core.InvalidModelException if a scenario names what {@code base} does not have
   * @throws IllegalArgumentException if {@code base} is not a cyclic base rotation
   */
  public ImmutableList<ScenarioResult> bounds(Problem base, List<Scenario> scenarios) {
    checkCyclic(base);
    ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
    for (Scenario s : scenarios) {
      long start = System.nanoTime();
      Problem problem = s.apply(base);
      int every = every(s);
      WeekendBound bound = WeekendBound.of(problem, every);
      results.add(ScenarioResult.builder().scenario(s.name()).weekendEvery(every).problem(problem).bound(bound)
          .why(bound.isShort() ? java.util.Optional.of(String.join("; ", bound.shortfalls())) : java.util.Optional.empty())
          .elapsed(Duration.ofNanos(System.nanoTime() - start)).build());
    }
    return results.build();
  }

  /**
   * Each scenario's bound and a rotation solved for it under {@code options} (each solve with its
   * time limit), {@code parallel} scenarios at a time; in the scenarios' order. A scenario the
   * bound already shows short is not solved: it is reported infeasible with the bound's reason.
   *
   * @throws org.careroster.core.InvalidModelException if a scenario names what {@code base} does not have
   * @throws IllegalArgumentException if {@code base} is not a cyclic base rotation, options have
   *     no time limit, or {@code parallel} is not from 1 to 16
   */
  public ImmutableList<ScenarioResult> evaluate(Problem base, List<Scenario> scenarios, SolverOptions options, int parallel) {
    checkNotNull(options, "options");
    checkArgument(options.timeLimit().isPresent(), "what-if solves need a time limit in the solver options");
    checkArgument(parallel >= 1 && parallel <= 16, "parallel (%s) must be from 1 to 16", parallel);
    ImmutableList<ScenarioResult> bounds = bounds(base, scenarios);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<ScenarioResult>> futures = new ArrayList<>();
      for (ScenarioResult b : bounds) {
        futures.add(pool.submit(() -> solve(b, options)));
      }
      ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
      for (Future<ScenarioResult> f : futures) {
        results.add(f.get());
      }
      return results.build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("what-if evaluation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private ScenarioResult solve(ScenarioResult bounded, SolverOptions options) {
    long start = System.nanoTime();
    ImmutableScenarioResult.Builder result = ScenarioResult.builder().scenario(bounded.scenario())
        .weekendEvery(bounded.weekendEvery()).problem(bounded.problem()).bound(bounded.bound());
    bounded.why().ifPresent(result::why);
    if (bounded.bound().isShort()) {
      return result.status(org.careroster.constraints.SolveStatus.INFEASIBLE)
          .elapsed(bounded.elapsed().plusNanos(System.nanoTime() - start)).build();
    }
    Problem problem = bounded.problem();
    SolveResult solved = new RosterSolver().solve(problem, rules, options);
    result.status(solved.status());
    if (solved.roster().isPresent()) {
      Roster roster = solved.roster().get();
      result.roster(roster).achieved(achieved(problem, roster, RosterValidator.validate(problem, roster, rules)));
    } else {
      result.why(solved.infeasibility().map(i -> i.headline())
          .or(() -> java.util.Optional.of("no rotation found within " + options.timeLimit().get().toSeconds() + " s ("
              + solved.status() + ")")));
    }
    return result.elapsed(bounded.elapsed().plusNanos(System.nanoTime() - start)).build();
  }

  /** The KPIs of {@code roster} for the scenario's {@code problem}. */
  static Achieved achieved(Problem problem, Roster roster, ValidationReport report) {
    Population population = Population.of(problem.employees());
    BaseRotation rotation = BaseRotation.builder().horizon(problem.horizon()).addAllAssignments(roster.assignments()).build();
    Map<String, ShiftType> shifts = problem.shiftTypes().stream().collect(ImmutableMap.toImmutableMap(ShiftType::code, s -> s));
    int weeks = problem.horizon().days() / 7;
    Map<String, Long> minutes = new HashMap<>();
    long longShifts = 0;
    for (Assignment a : roster.assignments()) {
      ShiftType type = shifts.get(a.shift());
      minutes.merge(a.employee(), type.duration().toMinutes(), Long::sum);
      if (type.isLong()) {
        longShifts++;
      }
    }
    BigDecimal below = BigDecimal.ZERO;
    BigDecimal above = BigDecimal.ZERO;
    BigDecimal workedPercent = BigDecimal.ZERO;
    for (Employee e : problem.employees()) {
      BigDecimal worked = BigDecimal.valueOf(minutes.getOrDefault(e.id(), 0L)).divide(BigDecimal.valueOf(60L * weeks), 4, RoundingMode.HALF_UP);
      BigDecimal contract = e.fullTimeWeeklyHours().multiply(e.positionPercent()).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
      BigDecimal gap = worked.subtract(contract);
      if (gap.signum() < 0) {
        below = below.subtract(gap);
      } else {
        above = above.add(gap);
      }
      workedPercent = workedPercent.add(worked.multiply(BigDecimal.valueOf(100)).divide(e.fullTimeWeeklyHours(), 4, RoundingMode.HALF_UP));
    }
    int heads = Math.max(1, problem.employees().size());
    long consenting = problem.employees().stream().filter(Employee::acceptsLongShifts).count();
    return Achieved.builder()
        .fullTimePercent(BigDecimal.valueOf(FullTimeShare.of(population).percent().orElse(0)).setScale(1, RoundingMode.HALF_UP))
        .averagePositionPercent(AveragePositionSize.of(population, false).quotient().orElse(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP))
        .weekendHeads((int) roster.assignments().stream()
            .filter(a -> a.date().getDayOfWeek().getValue() >= 6).map(Assignment::employee).distinct().count())
        .averageWorkedPercent(workedPercent.divide(BigDecimal.valueOf(heads), 1, RoundingMode.HALF_UP))
        .weekendCoveragePercent(WeekendHoursCoverage.planned(rotation, problem.staffingPlan(), shifts, WeekendWindow.SATURDAY_SUNDAY)
            .percent().map(p -> p.setScale(1, RoundingMode.HALF_UP)))
        .vacantShifts(VacantShiftReport.of(problem, roster).slots().stream().mapToInt(s -> s.missing()).sum())
        .longShiftsPerConsenting(consenting == 0 ? BigDecimal.ZERO
            : BigDecimal.valueOf(longShifts).divide(BigDecimal.valueOf(consenting), 1, RoundingMode.HALF_UP))
        .hoursBelowContract(below.setScale(1, RoundingMode.HALF_UP))
        .hoursAboveContract(above.setScale(1, RoundingMode.HALF_UP))
        .hardViolations(report.hardViolationCount())
        .build();
  }

  /** The weekend frequency of {@code scenario}: its own, else the rule set's, else 1. */
  int every(Scenario scenario) {
    return scenario.weekendEvery().orElseGet(() -> rules.rules().stream()
        .filter(r -> r instanceof WeekendFrequency).map(r -> ((WeekendFrequency) r).every()).findFirst().orElse(1));
  }

  private static void checkCyclic(Problem base) {
    checkNotNull(base, "base");
    checkArgument(base.horizon().isCyclic(), "what-if questions are asked of a cyclic base rotation; %s is a calendar plan", base.horizon());
  }
}
