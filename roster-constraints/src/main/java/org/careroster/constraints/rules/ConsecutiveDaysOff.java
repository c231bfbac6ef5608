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
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Consecutive days off: when an employee has days off between two working days, they have at
 * least {@link #minimum()} of them in a row, a local agreement. A working day is a day on which
 * the employee starts a shift; every other day is a day off (a night shift's morning after counts
 * as a day off). Each run of days off shorter than the minimum is one violation, from its first to
 * its last day off. {@link #minimumByEmployee()} gives individual minimums (an individual
 * agreement) that replace the general one for those employees.
 *
 * <p>In a calendar horizon a run of days off touching the horizon's first or last day is not
 * judged (the days beyond are unknown). In a cyclic horizon runs wrap from the last day to the
 * first. An employee with no shifts at all is not judged.
 *
 * <pre>{@code
 * Rule off = ConsecutiveDaysOff.builder().minimum(2).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ConsecutiveDaysOff.ID)
@JsonSerialize(as = ImmutableConsecutiveDaysOff.class)
@JsonDeserialize(as = ImmutableConsecutiveDaysOff.class)
public abstract class ConsecutiveDaysOff extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "consecutive-days-off";

  static final String SOURCE = "local agreement";

  ConsecutiveDaysOff() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fewest days off in a row between two working days, 1 or more; 2 unless set otherwise. */
  @Value.Default
  public int minimum() {
    return 2;
  }

  /** Individual minimums by employee id, replacing {@link #minimum()} for them; empty by default. */
  public abstract ImmutableMap<String, Integer> minimumByEmployee();

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

  /** A copy with another minimum. */
  public abstract ConsecutiveDaysOff withMinimum(int minimum);

  /** A copy with other individual minimums. */
  public abstract ConsecutiveDaysOff withMinimumByEmployee(Map<String, ? extends Integer> entries);

  /** A copy with another severity. */
  public abstract ConsecutiveDaysOff withSeverity(Severity severity);

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
    require(minimum() >= 1, ID, "minimum", minimum(), "must be 1 or more");
    minimumByEmployee()
        .forEach((id, min) -> require(min >= 1, ID, "minimumByEmployee." + id, min, "must be 1 or more"));
  }


  /**
   * For each working day followed by k days off (1 ≤ k &lt; {@link #minimum()}) and a working day: hard,
   * a clause forbidding the pattern; soft, a boolean costing {@code minimum − k}. Calendar
   * horizons only see patterns with both working days inside (runs at the edges are not judged);
   * cyclic ones wrap, including the run between an only working day and itself.
   */
  @Override
  public void post(RosterModel model) {
    Parameters.requireEmployees(ID, "minimumByEmployee", minimumByEmployee().keySet(), model.problem());
    for (int e = 0; e < model.employees(); e++) {
      int minimum = minimumFor(model.problem().employees().get(e));
      if (minimum <= 1) {
        continue;
      }
      if (severity().isHard()) {
        model.hintRuns(e, 1, Integer.MAX_VALUE, minimum);
      }
      BoolVar[] flags = new BoolVar[model.days()];
      for (int d = 0; d < flags.length; d++) {
        flags[d] = model.working(e, d);
      }
      Encodings.limitGaps(
          this,
          model,
          model.problem().employees().get(e).id(),
          Encodings.dates(model),
          flags,
          2,
          minimum,
          gap -> minimum - (gap - 1));
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    PlanningHorizon horizon = view.horizon();
    Parameters.requireEmployees(ID, "minimumByEmployee", minimumByEmployee().keySet(), view.problem());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      if (view.shiftsOf(employee).isEmpty()) {
        continue;
      }
      int minimum = minimumFor(employee);
      for (Sequences.Run run : Sequences.shortRuns(view.workingDays(employee), false, view.isCyclic(), minimum)) {
        violations.add(violation(employee, horizon, run, minimum));
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, PlanningHorizon horizon, Sequences.Run run, int minimum) {
    int days = horizon.days();
    LocalDate first = Sequences.date(horizon, run.start);
    LocalDate last = Sequences.date(horizon, run.last(days));
    LocalDate before = Sequences.date(horizon, run.start - 1);
    LocalDate after = Sequences.date(horizon, run.start + run.length);
    // only in a cyclic horizon: a calendar run touching an edge is not judged
    boolean wraps = run.start == 0 || run.start + run.length >= days;
    String off = run.length == 1 ? first.toString() : Sequences.period(first, last, false);
    String offNn = run.length == 1 ? first.toString() : Sequences.periodNn(first, last, false);
    Violation.Builder builder =
        violation()
            .employee(employee.id())
            .date(first)
            .measured(run.length)
            .limit(minimum)
            .measure(Measure.COUNT)
            .penalty(minimum - run.length)
            .message(
                String.format(
                    Locale.ROOT,
                    "%s has %d %s off (%s) between working days %s and %s%s; minimum is %d (%s).",
                    employee.id(),
                    run.length,
                    run.length == 1 ? "day" : "days",
                    off,
                    before,
                    after,
                    wraps ? " (across the end of the rotation)" : "",
                    minimum,
                    source()))
            .messageNynorsk(
                String.format(
                    Locale.ROOT,
                    "%s har %d %s (%s) mellom arbeidsdagane %s og %s%s; minst %d er kravet (%s).",
                    employee.id(),
                    run.length,
                    run.length == 1 ? "fridag" : "fridagar",
                    offNn,
                    before,
                    after,
                    wraps ? " (over slutten av turnusen)" : "",
                    minimum,
                    source()));
    if (run.length > 1) {
      builder.endDate(last);
    }
    return builder.build();
  }

  /** Builds a {@link ConsecutiveDaysOff}. */
  public static final class Builder extends ImmutableConsecutiveDaysOff.Builder {
    Builder() {}
  }
}
