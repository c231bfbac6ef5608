package org.careroster.metrics.whatif;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** What a solved rotation for a scenario gives: the real KPIs beside the bound. */
@Value.Immutable
@JsonSerialize(as = ImmutableAchieved.class)
public abstract class Achieved {

  Achieved() {}

  /** Share of the scenario's staff in full-time positions, in percent (their contracts). */
  public abstract BigDecimal fullTimePercent();

  /** Average position size of the scenario's staff, in percent (their contracts). */
  public abstract BigDecimal averagePositionPercent();

  /**
   * People who work a Saturday or Sunday shift in the rotation: never fewer than the bound's
   * {@link WeekendBound#minimumHeads()} when the rotation keeps the minimum cover.
   */
  public abstract int weekendHeads();

  /** Average worked hours of the rotation per head and week, in percent of a full-time week. */
  public abstract BigDecimal averageWorkedPercent();

  /** Weekend hours the rotation staffs, in percent of those the staffing plan requires (planned weekend-hours coverage). */
  public abstract Optional<BigDecimal> weekendCoveragePercent();

  /** Shifts left below a minimum of the staffing plan (vakante vakter), people × shifts. */
  public abstract int vacantShifts();

  /** Long shifts in the rotation per person who consents to them; 0 without long shifts. */
  public abstract BigDecimal longShiftsPerConsenting();

  /** Hours a week the rotation gives below the contracts, summed over those below. */
  public abstract BigDecimal hoursBelowContract();

  /** Hours a week the rotation gives above the contracts, summed over those above. */
  public abstract BigDecimal hoursAboveContract();

  /** Hard violations of the rotation under the scenario's rules (0 for a lawful rotation). */
  public abstract int hardViolations();

  static ImmutableAchieved.Builder builder() {
    return ImmutableAchieved.builder();
  }
}
