package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Worked time in the planning period: the real time an employee works over the whole plan (the
 * calendar plan, or one turn of a rotation) lies between {@link #minimum()} and {@link #maximum()},
 * e.g. an agreed number of hours for a period. {@link #minimumByEmployee()} and {@link
 * #maximumByEmployee()} give individual bounds that replace the general ones. Time is measured as
 * the validator measures every shift: real minutes from start to end in Europe/Oslo, paid breaks
 * included. An employee below the minimum or above the maximum is one violation, penalised by the
 * minutes missing or too many.
 *
 * <pre>{@code
 * Rule period = WorkedTime.builder().putMaximumByEmployee("E7", Duration.ofHours(150)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(WorkedTime.ID)
@JsonSerialize(as = ImmutableWorkedTime.class)
@JsonDeserialize(as = ImmutableWorkedTime.class)
public abstract class WorkedTime extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "worked-time";

  static final String SOURCE = "local agreement";

  WorkedTime() {}

  /** A new builder; without bounds the rule allows everything. */
  public static Builder builder() {
    return new Builder();
  }

  /** The least time everyone works in the planning period; none by default. */
  public abstract Optional<Duration> minimum();

  /** The most time anyone works in the planning period; none by default. */
  public abstract Optional<Duration> maximum();

  /** Individual minimums by employee id, replacing {@link #minimum()}; empty by default. */
  public abstract ImmutableMap<String, Duration> minimumByEmployee();

  /** Individual maximums by employee id, replacing {@link #maximum()}; empty by default. */
  public abstract ImmutableMap<String, Duration> maximumByEmployee();

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another general minimum. */
  public abstract WorkedTime withMinimum(Duration minimum);

  /** A copy with another general maximum. */
  public abstract WorkedTime withMaximum(Duration maximum);

  /** A copy with another severity. */
  public abstract WorkedTime withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@value #SOURCE}. */
  @JsonIgnore
  @Override
  public final String source() {
    return SOURCE;
  }

  /** The minimum that applies to {@code employee}, if any. */
  public final Optional<Duration> minimumFor(Employee employee) {
    Duration own = minimumByEmployee().get(employee.id());
    return own != null ? Optional.of(own) : minimum();
  }

  /** The maximum that applies to {@code employee}, if any. */
  public final Optional<Duration> maximumFor(Employee employee) {
    Duration own = maximumByEmployee().get(employee.id());
    return own != null ? Optional.of(own) : maximum();
  }

  @Value.Check
  void check() {
    minimum().ifPresent(m -> require(!m.isNegative(), ID, "minimum", m, "must not be negative"));
    maximum().ifPresent(m -> require(!m.isNegative(), ID, "maximum", m, "must not be negative"));
    minimumByEmployee()
        .forEach((id, m) -> require(!m.isNegative(), ID, "minimumByEmployee." + id, m, "must not be negative"));
    maximumByEmployee()
        .forEach((id, m) -> require(!m.isNegative(), ID, "maximumByEmployee." + id, m, "must not be negative"));
    if (minimum().isPresent() && maximum().isPresent()) {
      require(
          minimum().get().compareTo(maximum().get()) <= 0,
          ID,
          "minimum",
          minimum().get(),
          "must not exceed the maximum (" + maximum().get() + ")");
    }
  }

  private void requireKnown(Problem problem) {
    Parameters.requireEmployees(ID, "minimumByEmployee", minimumByEmployee().keySet(), problem);
    Parameters.requireEmployees(ID, "maximumByEmployee", maximumByEmployee().keySet(), problem);
    for (Employee employee : problem.employees()) {
      Optional<Duration> min = minimumFor(employee);
      Optional<Duration> max = maximumFor(employee);
      if (min.isPresent() && max.isPresent()) {
        require(
            min.get().compareTo(max.get()) <= 0,
            ID,
            "minimumByEmployee." + employee.id(),
            min.get(),
            "must not exceed " + employee.id() + "'s maximum (" + max.get() + ")");
      }
    }
  }

  /**
   * Per employee with a bound: the sum of the shared {@code minutes(e, d)} variables lies within
   * the bounds (hard), or the minutes below the minimum plus those above the maximum are the
   * penalty (soft).
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    requireKnown(problem);
    Model choco = model.chocoModel();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      Optional<Duration> min = minimumFor(employee);
      Optional<Duration> max = maximumFor(employee);
      if (min.isEmpty() && max.isEmpty()) {
        continue;
      }
      IntVar[] minutes = new IntVar[model.days()];
      int upper = 0;
      for (int d = 0; d < minutes.length; d++) {
        minutes[d] = model.minutes(e, d);
        upper += minutes[d].getUB();
      }
      IntVar total = choco.intVar(model.name(ID, employee.id() + ":total"), 0, upper, true);
      choco.sum(minutes, "=", total).post();
      int low = min.map(m -> (int) Math.min(m.toMinutes(), Integer.MAX_VALUE / 4)).orElse(0);
      int high = max.map(m -> (int) Math.min(m.toMinutes(), Integer.MAX_VALUE / 4)).orElse(upper);
      if (severity().isHard()) {
        model.hintWorkload(e, low, high);
        Encodings.post(this, model, employee.id() + ":min", choco.arithm(total, ">=", low));
        Encodings.post(this, model, employee.id() + ":max", choco.arithm(total, "<=", high));
      } else {
        // minutes below the minimum: max(0, low − total); above the maximum: max(0, total − high)
        IntVar under = TimeEncoding.excess(model, model.name(ID, employee.id() + ":under"), choco.intMinusView(total), -low);
        IntVar over = TimeEncoding.excess(model, model.name(ID, employee.id() + ":over"), total, high);
        Encodings.addPenalty(this, model, employee.id(), java.util.List.of(under, over), null);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    requireKnown(view.problem());
    PlanningHorizon horizon = view.horizon();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      Optional<Duration> min = minimumFor(employee);
      Optional<Duration> max = maximumFor(employee);
      if (min.isEmpty() && max.isEmpty()) {
        continue;
      }
      long total = 0;
      for (WorkedShift shift : view.shiftsOf(employee)) {
        total += shift.minutes();
      }
      if (min.isPresent() && total < min.get().toMinutes()) {
        violations.add(violation(employee, horizon, total, min.get().toMinutes(), true));
      }
      if (max.isPresent() && total > max.get().toMinutes()) {
        violations.add(violation(employee, horizon, total, max.get().toMinutes(), false));
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, PlanningHorizon horizon, long total, long limit, boolean under) {
    boolean own = (under ? minimumByEmployee() : maximumByEmployee()).containsKey(employee.id());
    return violation()
        .employee(employee.id())
        .date(horizon.start())
        .endDate(horizon.end())
        .measured(total)
        .limit(limit)
        .measure(Measure.MINUTES)
        .penalty(Math.abs(total - limit))
        .message(
            String.format(
                Locale.ROOT,
                "%s works %s from %s to %s; %s %s%s (%s).",
                employee.id(),
                Durations.format(total),
                horizon.start(),
                horizon.end(),
                under ? "at least" : "at most",
                Durations.format(limit),
                own ? " by " + employee.id() + "'s own limit" : "",
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s arbeider %s frå %s til %s; %s %s%s (%s).",
                employee.id(),
                Durations.formatNn(total),
                horizon.start(),
                horizon.end(),
                under ? "minst" : "høgst",
                Durations.formatNn(limit),
                own ? " etter grensa til " + employee.id() : "",
                source()))
        .build();
  }

  /** Builds a {@link WorkedTime}. */
  public static final class Builder extends ImmutableWorkedTime.Builder {
    Builder() {}
  }
}
