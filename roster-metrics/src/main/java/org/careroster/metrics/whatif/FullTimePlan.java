package org.careroster.metrics.whatif;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.careroster.constraints.SolveStatus;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * A full-time plan (heltidsplanlegging) for one scenario: which positions to raise, which posts to
 * merge in when they fall vacant, within the budget, and a rotation that proves the result
 * keeps cover and every hard rule.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFullTimePlan.class)
public abstract class FullTimePlan {

  FullTimePlan() {}

  /** The scenario's name. */
  public abstract String scenario();

  /** The budget of positions, in percent (100 per full-time position). */
  public abstract BigDecimal budgetPercent();

  /** The positions before, summed, in percent. */
  public abstract BigDecimal positionsBefore();

  /** The positions after, summed, in percent: at most the budget. */
  public abstract BigDecimal positionsAfter();

  /** The steps, in order. */
  public abstract ImmutableList<PositionChange> changes();

  /** Heads before and after. */
  public abstract int headsBefore();

  /** Heads after: never fewer than the bound's minimum weekend heads, never more than before. */
  public abstract int headsAfter();

  /** Full-time share before, in percent. */
  public abstract BigDecimal fullTimeBefore();

  /** Full-time share after, in percent. */
  public abstract BigDecimal fullTimeAfter();

  /** Average position before, in percent. */
  public abstract BigDecimal averagePositionBefore();

  /** Average position after, in percent. */
  public abstract BigDecimal averagePositionAfter();

  /** The bound of the scenario the plan keeps to. */
  public abstract WeekendBound bound();

  /** The status of the proof's solve. */
  public abstract SolveStatus status();

  /** The proof's KPIs, when a rotation was found. */
  public abstract Optional<Achieved> achieved();

  /** The ward with the plan's positions. */
  @JsonIgnore
  public abstract Problem problem();

  /** The rotation that proves it, when found. */
  @JsonIgnore
  public abstract Optional<Roster> roster();

  /** Whether a rotation was found that breaks no hard rule and leaves no shift vacant. */
  public final boolean isProven() {
    return achieved().map(a -> a.hardViolations() == 0 && a.vacantShifts() == 0).orElse(false);
  }

  static ImmutableFullTimePlan.Builder builder() {
    return ImmutableFullTimePlan.builder();
  }
}
