package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/** The dated period a roster covers, from {@link #start()} to {@link #end()}, both included. */
@Value.Immutable
public abstract class PlanningHorizon {

  /** Longest horizon accepted: two years of days. */
  static final int MAX_DAYS = 2 * 366;

  PlanningHorizon() {}

  /** First planned date. */
  @Value.Parameter
  public abstract LocalDate start();

  /** Last planned date, included. */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * The horizon from {@code start} to {@code end}, both included.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start} or the horizon is
   *     longer than two years
   */
  public static PlanningHorizon of(LocalDate start, LocalDate end) {
    return ImmutablePlanningHorizon.of(start, end);
  }

  /**
   * The horizon of {@code days} consecutive dates from {@code start}.
   *
   * @throws IllegalArgumentException if {@code days} is not positive or more than two years
   */
  public static PlanningHorizon ofDays(LocalDate start, int days) {
    checkArgument(
        days > 0 && days <= MAX_DAYS,
        "PlanningHorizon: days (%s) must be between 1 and %s",
        days,
        MAX_DAYS);
    return of(start, start.plusDays(days - 1L));
  }

  /** Number of dates in the horizon. */
  @Value.Derived
  public int days() {
    return Math.toIntExact(ChronoUnit.DAYS.between(start(), end()) + 1);
  }

  /** The dates as a closed range, for range arithmetic. */
  public final Range<LocalDate> range() {
    return Range.closed(start(), end());
  }

  /** Every date of the horizon in order. */
  @Value.Lazy
  public ImmutableList<LocalDate> dates() {
    return start().datesUntil(end().plusDays(1)).collect(ImmutableList.toImmutableList());
  }

  /** Whether {@code date} lies in the horizon. */
  public final boolean contains(LocalDate date) {
    return range().contains(date);
  }

  /** Zero-based position of {@code date} in the horizon; the date must lie in it. */
  public final int indexOf(LocalDate date) {
    checkArgument(contains(date), "date (%s) lies outside the planning horizon %s", date, this);
    return Math.toIntExact(ChronoUnit.DAYS.between(start(), date));
  }

  @Value.Check
  void check() {
    checkArgument(
        !end().isBefore(start()),
        "PlanningHorizon: end (%s) must not be before start (%s)",
        end(),
        start());
    checkArgument(
        ChronoUnit.DAYS.between(start(), end()) < MAX_DAYS,
        "PlanningHorizon: %s..%s is longer than %s days",
        start(),
        end(),
        MAX_DAYS);
  }

  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
