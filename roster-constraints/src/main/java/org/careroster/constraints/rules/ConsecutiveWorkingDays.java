package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.Sequences;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Consecutive working days: an employee works at most {@link #maximum()} days in a row and, when
 * they work, at least {@link #minimum()} days in a row, a local agreement. A working day is a day
 * on which the employee starts a shift (a night shift counts for the day it starts). Each run of
 * working days longer than the maximum, or shorter than the minimum, is one violation, from its
 * first to its last day. {@link #maximumByEmployee()} and {@link #minimumByEmployee()} give
 * individual limits (an individual agreement) that replace the general ones for those employees.
 *
 * <p>In a calendar horizon a run is judged for the maximum as far as it lies inside the horizon
 * (days before the start or after the end are unknown, so count as off). A run touching the
 * horizon's first or last day is never too short: it may go on beyond the edge. In a cyclic
 * horizon runs wrap from the last day to the first; an employee who works every day of the
 * rotation has one endless run, reported once with the rotation's length as measured value and
 * penalty.
 *
 * <pre>{@code
 * Rule days = ConsecutiveWorkingDays.builder().maximum(5).minimum(2).putMaximumByEmployee("E7", 4).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ConsecutiveWorkingDays.ID)
@JsonSerialize(as = ImmutableConsecutiveWorkingDays.class)
@JsonDeserialize(as = ImmutableConsecutiveWorkingDays.class)
public abstract class ConsecutiveWorkingDays extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "consecutive-working-days";

  static final String SOURCE = "local agreement";

  ConsecutiveWorkingDays() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most working days in a row, 1 or more; 6 unless set otherwise. */
  @Value.Default
  public int maximum() {
    return 6;
  }

  /** The fewest working days in a row, 1 or more; 1 (no minimum) unless set otherwise. */
  @Value.Default
  public int minimum() {
    return 1;
  }

  /** Individual maximums by employee id, replacing {@link #maximum()} for them; empty by default. */
  public abstract ImmutableMap<String, Integer> maximumByEmployee();

  /** Individual minimums by employee id, replacing {@link #minimum()} for them; empty by default. */
  public abstract ImmutableMap<String, Integer> minimumByEmployee();

  /** The maximum that applies to {@code employee}. */
  public final int maximumFor(Employee employee) {
    return maximumByEmployee().getOrDefault(employee.id(), maximum());
  }

  /** The minimum that applies to {@code employee}. */
  public final int minimumFor(Employee employee) {
    return minimumByEmployee().getOrDefault(employee.id(), minimum());
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another maximum. */
  public abstract ConsecutiveWorkingDays withMaximum(int maximum);

  /** A copy with another minimum. */
  public abstract ConsecutiveWorkingDays withMinimum(int minimum);

  /** A copy with other individual maximums. */
  public abstract ConsecutiveWorkingDays withMaximumByEmployee(Map<String, ? extends Integer> entries);

  /** A copy with other individual minimums. */
  public abstract ConsecutiveWorkingDays withMinimumByEmployee(Map<String, ? extends Integer> entries);

  /** A copy with another severity. */
  public abstract ConsecutiveWorkingDays withSeverity(Severity severity);

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

  @Value.Check
  void check() {
    require(maximum() >= 1, ID, "maximum", maximum(), "must be 1 or more");
    require(minimum() >= 1, ID, "minimum", minimum(), "must be 1 or more");
    maximumByEmployee()
        .forEach((id, max) -> require(max >= 1, ID, "maximumByEmployee." + id, max, "must be 1 or more"));
    minimumByEmployee()
        .forEach((id, min) -> require(min >= 1, ID, "minimumByEmployee." + id, min, "must be 1 or more"));
    require(minimum() <= maximum(), ID, "minimum", minimum(),
        "must not exceed maximum (" + maximum() + "): no run of working days could keep both");
    minimumByEmployee().forEach((id, min) -> {
      int max = maximumByEmployee().getOrDefault(id, maximum());
      require(min <= max, ID, "minimumByEmployee." + id, min, "must not exceed the employee's maximum ("
          + max + (maximumByEmployee().containsKey(id) ? ", maximumByEmployee." + id : ", maximum") + ")");
    });
    maximumByEmployee().forEach((id, max) -> {
      if (!minimumByEmployee().containsKey(id)) {
        require(minimum() <= max, ID, "maximumByEmployee." + id, max,
            "must not be below minimum (" + minimum() + ") unless minimumByEmployee." + id + " is lower");
      }
    });
  }

  private void requireKnownEmployees(Problem problem) {
    Parameters.requireEmployees(ID, "maximumByEmployee", maximumByEmployee().keySet(), problem);
    Parameters.requireEmployees(ID, "minimumByEmployee", minimumByEmployee().keySet(), problem);
  }


  /**
   * Hard: at most the employee's maximum working days in any {@code maximum + 1} consecutive days
   * (windows wrap in a cyclic horizon). Soft: the penalty counts the windows of {@code maximum + 1}
   * working days, which equals the validator's penalty. For a minimum m above 1, each pattern off,
   * k working days, off with k &lt; m is forbidden (hard) or costs {@code m − k} (soft); a calendar
   * horizon reads only patterns inside it, so runs at its edges are not judged.
   */
  @Override
  public void post(RosterModel model) {
    requireKnownEmployees(model.problem());
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = model.problem().employees().get(e);
      BoolVar[] flags = new BoolVar[model.days()];
      BoolVar[] off = new BoolVar[model.days()];
      for (int d = 0; d < flags.length; d++) {
        flags[d] = model.working(e, d);
        off[d] = flags[d].not();
      }
      Encodings.limitRuns(this, model, employee.id(), Encodings.dates(model), flags, maximumFor(employee));
      int minimum = minimumFor(employee);
      if (severity().isHard()) {
        model.hintRuns(e, minimum, maximumFor(employee), 1);
      }
      if (minimum > 1) {
        Encodings.limitGaps(
            this, model, employee.id() + ":short", Encodings.dates(model), off, 2, minimum, gap -> minimum - (gap - 1));
      }
    }
  }

  private static final LongRuns.Texts TEXTS =
      new LongRuns.Texts(
          "%s works %d days in a row %s; maximum is %d (%s).",
          "%s works every day of the %d-day rotation, %s, an endless run;"
              + " maximum is %d working days in a row (%s).",
          "%s arbeider %d dagar på rad %s; høgst %d er tillate (%s).",
          "%s arbeider kvar dag i turnusen på %d dagar, %s, utan ende;"
              + " høgst %d arbeidsdagar på rad er tillate (%s).");

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    requireKnownEmployees(view.problem());
    ImmutableList<Violation> tooLong = LongRuns.check(this, view, view::workingDays, this::maximumFor, TEXTS);
    if (minimum() == 1 && minimumByEmployee().values().stream().allMatch(m -> m == 1)) {
      return tooLong;
    }
    ImmutableList.Builder<Violation> violations = ImmutableList.<Violation>builder().addAll(tooLong);
    for (Employee employee : view.problem().employees()) {
      int minimum = minimumFor(employee);
      if (minimum == 1) {
        continue;
      }
      for (Sequences.Run run : Sequences.shortRuns(view.workingDays(employee), true, view.isCyclic(), minimum)) {
        violations.add(shortRun(employee, view.horizon(), run, minimum));
      }
    }
    return violations.build();
  }

  private Violation shortRun(Employee employee, PlanningHorizon horizon, Sequences.Run run, int minimum) {
    int days = horizon.days();
    LocalDate first = Sequences.date(horizon, run.start);
    LocalDate last = Sequences.date(horizon, run.last(days));
    boolean wraps = run.wraps(days);
    return violation()
        .employee(employee.id())
        .date(first)
        .endDate(last)
        .measured(run.length)
        .limit(minimum)
        .measure(Measure.COUNT)
        .penalty(minimum - run.length)
        .message(
            String.format(
                Locale.ROOT,
                "%s works only %d %s in a row %s; minimum is %d (%s).",
                employee.id(),
                run.length,
                run.length == 1 ? "day" : "days",
                Sequences.period(first, last, wraps),
                minimum,
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s arbeider berre %d %s på rad %s; minst %d er kravet (%s).",
                employee.id(),
                run.length,
                run.length == 1 ? "dag" : "dagar",
                Sequences.periodNn(first, last, wraps),
                minimum,
                source()))
        .build();
  }

  /** Builds a {@link ConsecutiveWorkingDays}. */
  public static final class Builder extends ImmutableConsecutiveWorkingDays.Builder {
    Builder() {}
  }
}
