package org.careroster.constraints.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Absence;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Contract hours: over the horizon, each employee works their position's share of their own
 * full-time week (position % × {@link Employee#fullTimeWeeklyHours()} × days / 7, where days of
 * full absence are not owed; {@link #contractMinutes}), within a tolerance. Soft by default: each minute beyond the tolerance, above or below, costs the rule's
 * weight.
 *
 * <pre>{@code
 * Rule hours = ContractHours.builder().tolerance(Duration.ofHours(4)).severity(Severity.soft(1)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ContractHours.ID)
@JsonSerialize(as = ImmutableContractHours.class)
@JsonDeserialize(as = ImmutableContractHours.class)
public abstract class ContractHours extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "contract-hours";

  static final String SOURCE = "employment contract (position % × full-time week)";

  /** Minute sums get interval domains: enumerating thousands of values makes propagation crawl. */
  private static final boolean BOUNDED = true;

  /** Percent × hours → minutes per day: × 60 / (100 × 7). */
  private static final BigDecimal PERCENT_HOUR_WEEKS_PER_MINUTE_DAY = BigDecimal.valueOf(100 * 7, 0);

  ContractHours() {}

  /** A new builder; {@code tolerance} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** How far over the horizon an employee may be above or below the contract without cost. */
  public abstract Duration tolerance();

  /** Soft with weight 1 per minute unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.soft(1);
  }

  /** A copy with another tolerance. */
  public abstract ContractHours withTolerance(Duration tolerance);

  /** A copy with another severity. */
  public abstract ContractHours withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The employment contract. */
  @JsonIgnore
  @Override
  public final String source() {
    return SOURCE;
  }

  @Value.Check
  void check() {
    require(!tolerance().isNegative(), ID, "tolerance", tolerance(), "must not be negative");
  }

  @Override
  public boolean encoded() {
    return !severity().isHard();
  }

  /**
   * The contract minutes of {@code employee} over the plan of {@code problem}: position % × their
   * full-time week × the planned days they are not fully absent / 7, rounded half up to whole
   * minutes. A day of full absence (sick leave, vacation, leave or a course at 100 %) is not owed;
   * graded absence does not reduce the target.
   *
   * @throws IllegalArgumentException if {@code employee} is not an employee of {@code problem}
   */
  public static long contractMinutes(Employee employee, Problem problem) {
    checkEmployee(employee, problem);
    return contractMinutes(employee, problem.horizon().days() - fullyAbsentDays(employee, problem));
  }

  /**
   * The contract minutes of {@code employee} over every planned day of {@code problem}, absences
   * ignored: position % × their full-time week × the horizon's days / 7, rounded half up. Less
   * {@link #contractMinutes(Employee, Problem)}, this is what the days of full absence would have
   * owed.
   *
   * @throws IllegalArgumentException if {@code employee} is not an employee of {@code problem}
   */
  public static long contractMinutesIgnoringAbsence(Employee employee, Problem problem) {
    checkEmployee(employee, problem);
    return contractMinutes(employee, problem.horizon().days());
  }

  private static void checkEmployee(Employee employee, Problem problem) {
    checkArgument(
        problem.findEmployee(employee.id()).isPresent(),
        "ContractHours: employee %s is not an employee of the problem",
        employee.id());
  }

  /** Contract minutes of {@code days} owed days, rounded half up. */
  static long contractMinutes(Employee employee, long days) {
    return employee
        .positionPercent()
        .multiply(employee.fullTimeWeeklyHours())
        .multiply(BigDecimal.valueOf(60L * days))
        .divide(PERCENT_HOUR_WEEKS_PER_MINUTE_DAY, 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** Planned dates on which {@code employee} has a full absence. */
  static int fullyAbsentDays(Employee employee, Problem problem) {
    PlanningHorizon horizon = problem.horizon();
    boolean[] absent = new boolean[horizon.days()];
    int days = 0;
    for (Absence a : problem.absencesByEmployee().get(employee.id())) {
      if (!a.isFull() || !a.range().isConnected(horizon.range())) {
        continue;
      }
      Range<LocalDate> planned = a.range().intersection(horizon.range());
      for (int d = horizon.indexOf(planned.lowerEndpoint()); d <= horizon.indexOf(planned.upperEndpoint()); d++) {
        if (!absent[d]) {
          absent[d] = true;
          days++;
        }
      }
    }
    return days;
  }

  /** The employee's contract minutes over the problem's horizon (see {@link #contractMinutes}). */
  long targetMinutes(Employee employee, Problem problem) {
    return contractMinutes(employee, problem);
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    Problem problem = view.problem();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    long tol = tolerance().toMinutes();
    for (Employee employee : problem.employees()) {
      long worked = 0;
      for (WorkedShift shift : view.shiftsOf(employee)) {
        worked += shift.minutes();
      }
      long target = targetMinutes(employee, problem);
      int absent = fullyAbsentDays(employee, problem);
      String absentEn = absent == 0 ? "" : ", less " + absent + (absent == 1 ? " day" : " days") + " of full absence";
      String absentNn = absent == 0 ? "" : ", utan " + absent + (absent == 1 ? " dag" : " dagar") + " med fullt fråvær";
      long excess = Math.abs(worked - target) - tol;
      if (excess > 0) {
        boolean over = worked > target;
        violations.add(
            violation()
                .employee(employee.id())
                .date(problem.horizon().start())
                .endDate(problem.horizon().end())
                .measured(worked)
                .limit(over ? target + tol : target - tol)
                .measure(Measure.MINUTES)
                .penalty(excess)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s works %s over %s; the contract is %s (%s %% of %s a week%s) ± %s, "
                            + "so that is %s too %s.",
                        employee.id(),
                        Durations.format(worked),
                        problem.horizon(),
                        Durations.format(target),
                        employee.positionPercent().stripTrailingZeros().toPlainString(),
                        Durations.format(
                            employee.fullTimeWeeklyHours().multiply(BigDecimal.valueOf(60)).longValue()),
                        absentEn,
                        Durations.format(tol),
                        Durations.format(excess),
                        over ? "much" : "little"))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s arbeider %s i %s; kontrakten er %s (%s %% av %s i veka%s) ± %s, "
                            + "så det er %s for %s.",
                        employee.id(),
                        Durations.formatNn(worked),
                        problem.horizon(),
                        Durations.formatNn(target),
                        employee.positionPercent().stripTrailingZeros().toPlainString(),
                        Durations.formatNn(
                            employee.fullTimeWeeklyHours().multiply(BigDecimal.valueOf(60)).longValue()),
                        absentNn,
                        Durations.formatNn(tol),
                        Durations.formatNn(excess),
                        over ? "mykje" : "lite"))
                .build());
      }
    }
    return violations.build();
  }

  @Override
  public void post(RosterModel model) {
    if (severity().isHard()) {
      throw new UnsupportedOperationException(
          "rule \"" + ID + "\" is encoded for the solver only in its catalogue severity, not hard");
    }
    Problem problem = model.problem();
    Model choco = model.chocoModel();
    int days = problem.horizon().days();
    int maxTotal = 0;
    for (int d = 0; d < days; d++) {
      maxTotal += IntStream.of(model.minutesByValue(d)).max().orElse(0);
    }
    int tol = Math.toIntExact(tolerance().toMinutes());
    for (int e = 0; e < problem.employees().size(); e++) {
      Employee employee = problem.employees().get(e);
      IntVar[] minutes = new IntVar[days];
      for (int d = 0; d < days; d++) {
        minutes[d] = model.minutes(e, d);
      }
      IntVar worked = choco.intVar("worked[" + employee.id() + "]", 0, maxTotal, BOUNDED);
      choco.sum(minutes, "=", worked).post();
      int target = Math.toIntExact(targetMinutes(employee, problem));
      IntVar deviation =
          choco.intVar("deviation[" + employee.id() + "]", 0, Math.max(target, maxTotal), BOUNDED);
      choco.absolute(deviation, choco.intOffsetView(worked, -target)).post();
      IntVar excess =
          choco.intVar(model.name(ID, employee.id()), 0, Math.max(target, maxTotal), BOUNDED);
      choco.max(excess, choco.intVar(0), choco.intOffsetView(deviation, -tol)).post();
      model.addPenalty(ID, excess, severity().weight());
    }
  }

  /** Builds a {@link ContractHours}. */
  public static final class Builder extends ImmutableContractHours.Builder {
    Builder() {}
  }
}
