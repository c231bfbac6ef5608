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
 * Total working time per day (aml § 10-6 (8)): ordinary time and overtime of the shifts an
 * employee starts on one date last at most {@link #maximum()}: 13 hours by law, up to 16 hours by
 * agreement with the union representatives (§ 10-6 (9)).
 *
 * <pre>{@code
 * Rule total = TotalHoursPerDay.builder().maximum(Duration.ofHours(13)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(TotalHoursPerDay.ID)
@JsonSerialize(as = ImmutableTotalHoursPerDay.class)
@JsonDeserialize(as = ImmutableTotalHoursPerDay.class)
public abstract class TotalHoursPerDay extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "total-hours-per-day";

  private static final Duration LAW = Duration.ofHours(13);

  TotalHoursPerDay() {}

  /** A new builder; {@code maximum} is 13 hours unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most working time per day, overtime included, more than 0 and at most 24 hours. */
  @Value.Default
  public Duration maximum() {
    return LAW;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract TotalHoursPerDay withSeverity(Severity severity);

  /** A copy with another maximum. */
  public abstract TotalHoursPerDay withMaximum(Duration maximum);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-6 (8)}, or {@code (9)} when the maximum is above the law's 13 hours. */
  @JsonIgnore
  @Override
  public final String source() {
    return maximum().compareTo(LAW) > 0 ? "aml § 10-6 (9)" : "aml § 10-6 (8)";
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
   * {@link DailyHours#post}. The solver's shifts are all its employees work that day.
   */
  @Override
  public void post(RosterModel model) {
    DailyHours.post(this, model, maximum());
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    return DailyHours.check(this, view, maximum(), true, "working time", "arbeidstid");
  }

  /** Builds a {@link TotalHoursPerDay}. */
  public static final class Builder extends ImmutableTotalHoursPerDay.Builder {
    Builder() {}
  }
}
