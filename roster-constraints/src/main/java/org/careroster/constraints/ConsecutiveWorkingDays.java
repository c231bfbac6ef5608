package org.careroster.constraints;

import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.immutables.value.Value;

/**
 * Consecutive working days: an employee works at most {@link #maximum()} days in a row, a local
 * agreement. A working day is a day on which the employee starts a shift (a night shift counts for
 * the day it starts); each run of working days longer than the maximum is one violation, from its
 * first to its last day.
 *
 * <p>In a calendar horizon a run is judged as far as it lies inside the horizon (days before the
 * start or after the end are unknown). In a cyclic horizon runs wrap from the last day to the
 * first; an employee who works every day of the rotation has one endless run, reported once with
 * the rotation's length as measured value and penalty.
 *
 * <pre>{@code
 * Rule days = ConsecutiveWorkingDays.builder().maximum(5).build();
 * }</pre>
 */
@Value.Immutable
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

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another maximum. */
  public abstract ConsecutiveWorkingDays withMaximum(int maximum);

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
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    PlanningHorizon horizon = view.horizon();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      boolean[] working = view.workingDays(employee);
      for (Sequences.Run run : Sequences.runs(working, true, view.isCyclic())) {
        if (run.endless || run.length > maximum()) {
          violations.add(violation(employee, horizon, run));
        }
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, PlanningHorizon horizon, Sequences.Run run) {
    int days = horizon.days();
    LocalDate first = Sequences.date(horizon, run.start);
    LocalDate last = Sequences.date(horizon, run.last(days));
    long penalty = run.endless ? run.length : run.length - maximum();
    String english =
        run.endless
            ? String.format(
                Locale.ROOT,
                "%s works every day of the %d-day rotation, %s, an endless run;"
                    + " maximum is %d working days in a row (%s).",
                employee.id(), days, Sequences.period(first, last, false), maximum(), source())
            : String.format(
                Locale.ROOT,
                "%s works %d days in a row %s; maximum is %d (%s).",
                employee.id(), run.length, Sequences.period(first, last, run.wraps(days)), maximum(), source());
    String nynorsk =
        run.endless
            ? String.format(
                Locale.ROOT,
                "%s arbeider kvar dag i turnusen på %d dagar, %s, utan ende;"
                    + " høgst %d arbeidsdagar på rad er tillate (%s).",
                employee.id(), days, Sequences.periodNn(first, last, false), maximum(), source())
            : String.format(
                Locale.ROOT,
                "%s arbeider %d dagar på rad %s; høgst %d er tillate (%s).",
                employee.id(), run.length, Sequences.periodNn(first, last, run.wraps(days)), maximum(), source());
    return violation()
        .employee(employee.id())
        .date(first)
        .endDate(last)
        .measured(run.length)
        .limit(maximum())
        .measure(Measure.COUNT)
        .penalty(penalty)
        .message(english)
        .messageNynorsk(nynorsk)
        .build();
  }

  /** Builds a {@link ConsecutiveWorkingDays}. */
  public static final class Builder extends ImmutableConsecutiveWorkingDays.Builder {
    Builder() {}
  }
}
