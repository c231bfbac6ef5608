package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.spi.RosterModel;
import org.immutables.value.Value;

/**
 * Ordinary working hours per day: the shifts an employee starts on one date, overtime excluded,
 * last at most {@link #maximum()} in real time. The law's 9 hours (aml § 10-4 (1)) rise to 10
 * hours with an individual averaging agreement (§ 10-5 (1)), 12.5 hours with the union
 * representatives (§ 10-5 (2)), and beyond only under a union-level agreement (§ 10-12 (4)).
 *
 * <pre>{@code
 * Rule longDays = OrdinaryHoursPerDay.builder().maximum(Duration.ofMinutes(750)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(OrdinaryHoursPerDay.ID)
@JsonSerialize(as = ImmutableOrdinaryHoursPerDay.class)
@JsonDeserialize(as = ImmutableOrdinaryHoursPerDay.class)
public abstract class OrdinaryHoursPerDay extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "ordinary-hours-per-day";

  OrdinaryHoursPerDay() {}

  /** A new builder; {@code maximum} is 9 hours unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most ordinary time per day, more than 0 and at most 24 hours. */
  @Value.Default
  public Duration maximum() {
    return Duration.ofHours(9);
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract OrdinaryHoursPerDay withSeverity(Severity severity);

  /** A copy with another maximum. */
  public abstract OrdinaryHoursPerDay withMaximum(Duration maximum);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The paragraph that allows the maximum: § 10-4 (1), § 10-5 (1), § 10-5 (2) or § 10-12 (4). */
  @JsonIgnore
  @Override
  public final String source() {
    long minutes = maximum().toMinutes();
    if (minutes <= 9 * 60) {
      return "aml § 10-4 (1)";
    }
    if (minutes <= 10 * 60) {
      return "aml § 10-5 (1)";
    }
    return minutes <= 750 ? "aml § 10-5 (2)" : "aml § 10-12 (4)";
  }

  @Value.Check
  void check() {
    require(
        maximum().compareTo(Duration.ZERO) > 0 && maximum().compareTo(Duration.ofHours(24)) <= 0,
        ID, "maximum", maximum(), "must be more than 0 and at most 24 hours");
  }

  /** Encoded in both severities. */

  /**
   * Removes (hard) or prices (soft) the shift values longer than the maximum on each date; see
   * {@link DailyHours#post}. The solver assigns no overtime, so ordinary time is the shift's
   * real minutes.
   */
  @Override
  public void post(RosterModel model) {
    DailyHours.post(this, model, maximum());
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    return DailyHours.check(this, view, maximum(), false, "ordinary time", "ordinær tid");
  }

  /** Builds an {@link OrdinaryHoursPerDay}. */
  public static final class Builder extends ImmutableOrdinaryHoursPerDay.Builder {
    Builder() {}
  }
}
