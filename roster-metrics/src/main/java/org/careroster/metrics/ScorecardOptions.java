package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Period;
import org.careroster.core.ContractType;
import org.careroster.core.WeekendWindow;
import org.immutables.value.Value;

/**
 * The configurable choices of RULES.md §4, with the scorecard's defaults.
 *
 * <pre>{@code
 * ScorecardOptions options = ScorecardOptions.builder()
 *     .sickLeave(SickLeave.Variant.HOURS)
 *     .weekendWindow(WeekendWindow.SUNDAY_WORK)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ScorecardOptions {

  ScorecardOptions() {}

  /** The defaults: KS population, uncapped positions, day works, FTE-based education, variant A. */
  public static ScorecardOptions defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Contract types left out of the population; KS's exclusions unless stated. */
  @Value.Default
  public ImmutableSet<ContractType> excludedContractTypes() {
    return Population.KS_EXCLUDED;
  }

  /** Whether a person's summed positions count at most 100 % in the average; {@code false} unless stated. */
  @Value.Default
  public boolean capPositionAtFullTime() {
    return false;
  }

  /** How sick leave is counted; day works (SSB/NAV) unless stated. */
  @Value.Default
  public SickLeave.Variant sickLeave() {
    return SickLeave.Variant.DAY_WORKS;
  }

  /** What hours-based sick leave divides by; planned hours unless stated. */
  @Value.Default
  public SickLeave.HoursBase sickLeaveHoursBase() {
    return SickLeave.HoursBase.PLANNED;
  }

  /** What the formal-education share counts; FTEs (KOSTRA) unless stated. */
  @Value.Default
  public FormalEducationShare.Basis formalEducation() {
    return FormalEducationShare.Basis.FTE;
  }

  /** Which weekend hours coverage; A, planned, unless stated. */
  @Value.Default
  public WeekendHoursCoverage.Variant weekendCoverage() {
    return WeekendHoursCoverage.Variant.PLANNED;
  }

  /** The weekend; Saturday 00:00 to Monday 00:00 (KS HTA § 5.2) unless stated. */
  @Value.Default
  public WeekendWindow weekendWindow() {
    return WeekendWindow.SATURDAY_SUNDAY;
  }

  /** Daily limit for law overtime; 9 h (aml § 10-4 (1)) unless stated. */
  @Value.Default
  public Duration lawDailyLimit() {
    return LawOvertimeHours.DAILY_LIMIT;
  }

  /** Weekly limit for law overtime; 40 h (aml § 10-4 (1)) unless stated. */
  @Value.Default
  public Duration lawWeeklyLimit() {
    return LawOvertimeHours.WEEKLY_LIMIT;
  }

  /** How soon a new hire must leave to count as an early leaver; two years unless stated. */
  @Value.Default
  public Period earlyLeavingWithin() {
    return Period.ofYears(2);
  }

  @Value.Check
  void check() {
    checkArgument(
        lawDailyLimit().compareTo(Duration.ZERO) > 0 && lawWeeklyLimit().compareTo(Duration.ZERO) > 0,
        "ScorecardOptions: lawDailyLimit (%s) and lawWeeklyLimit (%s) must be positive",
        lawDailyLimit(),
        lawWeeklyLimit());
    checkArgument(
        !earlyLeavingWithin().isNegative() && !earlyLeavingWithin().isZero(),
        "ScorecardOptions: earlyLeavingWithin (%s) must be positive",
        earlyLeavingWithin());
  }

  /** Builds {@link ScorecardOptions}; every attribute has a default. */
  public static final class Builder extends ImmutableScorecardOptions.Builder {
    Builder() {}
  }
}
