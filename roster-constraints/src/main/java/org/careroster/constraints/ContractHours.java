package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.stream.IntStream;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;

/**
 * Contract hours: over the horizon, each employee works their position's share of their own
 * full-time week (position % × {@link Employee#fullTimeWeeklyHours()} × days / 7), within a
 * tolerance. A soft rule: each minute beyond the tolerance, above or below, costs the rule's
 * weight.
 */
final class ContractHours extends BaseRule {

  static final String ID = "contract-hours";
  static final String SOURCE = "employment contract (position % × full-time week)";

  /** Minute sums get interval domains: enumerating thousands of values makes propagation crawl. */
  private static final boolean BOUNDED = true;

  /** Percent × hours → minutes per day: × 60 / (100 × 7). */
  private static final BigDecimal PERCENT_HOUR_WEEKS_PER_MINUTE_DAY = BigDecimal.valueOf(100 * 7, 0);

  private final Duration tolerance;

  ContractHours(Duration tolerance, int weight) {
    super(ID, Severity.soft(weight));
    checkArgument(
        !tolerance.isNegative(), "ContractHours: tolerance (%s) must not be negative", tolerance);
    this.tolerance = tolerance;
  }

  /** The employee's contract minutes over the horizon, rounded half up to whole minutes. */
  long targetMinutes(Employee employee, PlanningHorizon horizon) {
    return employee
        .positionPercent()
        .multiply(employee.fullTimeWeeklyHours())
        .multiply(BigDecimal.valueOf(60L * horizon.days()))
        .divide(PERCENT_HOUR_WEEKS_PER_MINUTE_DAY, 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Override
  public ImmutableList<Violation> check(Problem problem, Roster roster) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    long tol = tolerance.toMinutes();
    for (Employee employee : problem.employees()) {
      long worked = 0;
      for (Assignment a : roster.assignmentsOf(employee.id())) {
        worked += problem.shiftType(a.shift()).realDuration(a.date()).toMinutes();
      }
      long target = targetMinutes(employee, problem.horizon());
      long excess = Math.abs(worked - target) - tol;
      if (excess > 0) {
        boolean over = worked > target;
        violations.add(
            Violation.builder()
                .ruleId(ID)
                .severity(severity())
                .employee(employee.id())
                .date(problem.horizon().start())
                .measured(worked)
                .limit(over ? target + tol : target - tol)
                .measure(Measure.MINUTES)
                .penalty(excess)
                .source(SOURCE)
                .message(
                    String.format(
                        "%s works %s over %s; the contract is %s (%s %% of %s a week) ± %s, "
                            + "so that is %s too %s.",
                        employee.id(),
                        Durations.format(worked),
                        problem.horizon(),
                        Durations.format(target),
                        employee.positionPercent().stripTrailingZeros().toPlainString(),
                        Durations.format(
                            employee.fullTimeWeeklyHours().multiply(BigDecimal.valueOf(60)).longValue()),
                        Durations.format(tol),
                        Durations.format(excess),
                        over ? "much" : "little"))
                .build());
      }
    }
    return violations.build();
  }

  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    Model choco = model.chocoModel();
    int days = problem.horizon().days();
    int maxTotal = 0;
    for (int d = 0; d < days; d++) {
      maxTotal += IntStream.of(model.minutesByValue(d)).max().orElse(0);
    }
    int tol = Math.toIntExact(tolerance.toMinutes());
    for (int e = 0; e < problem.employees().size(); e++) {
      Employee employee = problem.employees().get(e);
      IntVar[] minutes = new IntVar[days];
      for (int d = 0; d < days; d++) {
        int[] byValue = model.minutesByValue(d);
        minutes[d] = choco.intVar(IntStream.of(byValue).distinct().sorted().toArray());
        choco.element(minutes[d], byValue, model.shift(e, d)).post();
      }
      IntVar worked = choco.intVar("worked[" + employee.id() + "]", 0, maxTotal, BOUNDED);
      choco.sum(minutes, "=", worked).post();
      int target = Math.toIntExact(targetMinutes(employee, problem.horizon()));
      IntVar deviation =
          choco.intVar("deviation[" + employee.id() + "]", 0, Math.max(target, maxTotal), BOUNDED);
      choco.absolute(deviation, choco.intOffsetView(worked, -target)).post();
      IntVar excess =
          choco.intVar(model.name(ID, employee.id()), 0, Math.max(target, maxTotal), BOUNDED);
      choco.max(excess, choco.intVar(0), choco.intOffsetView(deviation, -tol)).post();
      model.addPenalty(ID, excess, severity().weight());
    }
  }

  @Override
  public String toString() {
    return ID + "(±" + Durations.format(tolerance) + ")";
  }
}
