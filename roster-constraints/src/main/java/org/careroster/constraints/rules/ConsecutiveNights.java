package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.ShiftCategory;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Consecutive nights: an employee works at most {@link #maximum()} nights in a row, a local
 * agreement protecting health under aml § 10-11. A night is a day on which the employee starts a
 * shift of category {@link ShiftCategory#NIGHT}; each run of nights longer than the maximum is one
 * violation, from its first to its last night.
 *
 * <p>In a calendar horizon a run is judged as far as it lies inside the horizon (nights before the
 * start or after the end are unknown). In a cyclic horizon runs wrap from the last day to the
 * first; an employee who starts a night on every day of the rotation has one endless run, reported
 * once with the rotation's length as measured value and penalty.
 *
 * <pre>{@code
 * Rule nights = ConsecutiveNights.builder().maximum(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ConsecutiveNights.ID)
@JsonSerialize(as = ImmutableConsecutiveNights.class)
@JsonDeserialize(as = ImmutableConsecutiveNights.class)
public abstract class ConsecutiveNights extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "consecutive-nights";

  static final String SOURCE = "local agreement (aml § 10-11 health protection)";

  ConsecutiveNights() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most nights in a row, 1 or more; 4 unless set otherwise. */
  @Value.Default
  public int maximum() {
    return 4;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another maximum. */
  public abstract ConsecutiveNights withMaximum(int maximum);

  /** A copy with another severity. */
  public abstract ConsecutiveNights withSeverity(Severity severity);

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
   * Hard: at most {@link #maximum()} nights in any {@code maximum + 1} consecutive days (windows
   * wrap in a cyclic horizon). Soft: the penalty counts the windows of {@code maximum + 1} nights,
   * which equals the validator's penalty.
   */
  @Override
  public void post(RosterModel model) {
    int[] nights = Encodings.types(model, t -> t.category() == ShiftCategory.NIGHT);
    for (int e = 0; e < model.employees(); e++) {
      BoolVar[] flags = new BoolVar[model.days()];
      for (int d = 0; d < flags.length; d++) {
        flags[d] = Encodings.worksAny(model, e, d, nights);
      }
      Encodings.limitRuns(
          this, model, model.problem().employees().get(e).id(), Encodings.dates(model), flags, maximum());
    }
  }

  private static final LongRuns.Texts TEXTS =
      new LongRuns.Texts(
          "%s works %d nights in a row %s; maximum is %d (%s).",
          "%s works a night on every day of the %d-day rotation, %s, an endless run;"
              + " maximum is %d nights in a row (%s).",
          "%s har %d nattevakter på rad %s; høgst %d er tillate (%s).",
          "%s har nattevakt kvar dag i turnusen på %d dagar, %s, utan ende;"
              + " høgst %d nattevakter på rad er tillate (%s).");

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    return LongRuns.check(this, view, employee -> nights(view, employee), employee -> maximum(), TEXTS);
  }

  /** Whether the employee starts a night shift on each day of the horizon. */
  private static boolean[] nights(RosterView view, Employee employee) {
    boolean[] nights = new boolean[view.horizon().days()];
    for (WorkedShift shift : view.shiftsOf(employee)) {
      if (shift.type().category() == ShiftCategory.NIGHT) {
        nights[view.horizon().indexOf(shift.date())] = true;
      }
    }
    return nights;
  }

  /** Builds a {@link ConsecutiveNights}. */
  public static final class Builder extends ImmutableConsecutiveNights.Builder {
    Builder() {}
  }
}
