package org.careroster.constraints;

import org.chocosolver.solver.variables.BoolVar;
import org.careroster.constraints.spi.RosterModel;
import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
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


  /**
   * Hard: at most {@link #maximum()} working days in any {@code maximum + 1} consecutive days
   * (windows wrap in a cyclic horizon). Soft: the penalty counts the windows of {@code maximum + 1}
   * working days, which equals the validator's penalty.
   */
  @Override
  public void post(RosterModel model) {
    for (int e = 0; e < model.employees(); e++) {
      BoolVar[] flags = new BoolVar[model.days()];
      for (int d = 0; d < flags.length; d++) {
        flags[d] = model.working(e, d);
      }
      Encodings.limitRuns(
          this, model, model.problem().employees().get(e).id(), Encodings.dates(model), flags, maximum());
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
    return LongRuns.check(this, view, view::workingDays, maximum(), TEXTS);
  }

  /** Builds a {@link ConsecutiveWorkingDays}. */
  public static final class Builder extends ImmutableConsecutiveWorkingDays.Builder {
    Builder() {}
  }
}
