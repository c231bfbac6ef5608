package org.careroster.core;

import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period a roster covers, from {@link #start()} to {@link #end()}, both included: either a
 * dated calendar plan or a cyclic base rotation (grunnturnus) of whole weeks.
 *
 * <pre>{@code
 * PlanningHorizon.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 17));   // calendar plan
 * PlanningHorizon.cyclic(LocalDate.of(2027, 1, 4), 6);                       // 6-week grunnturnus
 * }</pre>
 *
 * <p>In a cyclic horizon the day after {@link #end()} is {@link #start()}: rules that look at the
 * next or previous day ({@link #next(LocalDate)}, {@link #previous(LocalDate)}) wrap around.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanningHorizon.class)
@JsonDeserialize(as = ImmutablePlanningHorizon.class)
public abstract class PlanningHorizon {

  /** Longest horizon accepted: two years of days. */
  static final int MAX_DAYS = 2 * 366;

  /** Longest base rotation accepted: 52 weeks. */
  static final int MAX_WEEKS = 52;

  PlanningHorizon() {}

  /** First planned date; a Monday in a cyclic horizon. */
  public abstract LocalDate start();

  /** Last planned date, included; a Sunday in a cyclic horizon. */
  public abstract LocalDate end();

  /** Calendar plan or cyclic base rotation; a calendar plan unless stated. */
  @Value.Default
  public HorizonKind kind() {
    return HorizonKind.CALENDAR;
  }

  /**
   * The calendar plan from {@code start} to {@code end}, both included.
   *
   * @throws InvalidModelException if {@code end} is before {@code start} or the horizon is longer
   *     than two years
   */
  public static PlanningHorizon of(LocalDate start, LocalDate end) {
    return ImmutablePlanningHorizon.builder().start(start).end(end).build();
  }

  /**
   * The calendar plan of {@code days} consecutive dates from {@code start}.
   *
   * @throws InvalidModelException if {@code days} is not positive or more than two years
   */
  public static PlanningHorizon ofDays(LocalDate start, int days) {
    require(days > 0 && days <= MAX_DAYS, "PlanningHorizon", "days", days, "must be between 1 and " + MAX_DAYS);
    return of(start, start.plusDays(days - 1L));
  }

  /**
   * The base rotation of {@code weeks} weeks laid out from {@code monday}.
   *
   * @throws InvalidModelException if {@code monday} is not a Monday or {@code weeks} is not from 1
   *     to 52
   */
  public static PlanningHorizon cyclic(LocalDate monday, int weeks) {
    require(weeks > 0 && weeks <= MAX_WEEKS, "PlanningHorizon", "weeks", weeks, "must be between 1 and " + MAX_WEEKS);
    return ImmutablePlanningHorizon.builder()
        .start(monday)
        .end(monday.plusWeeks(weeks).minusDays(1))
        .kind(HorizonKind.CYCLIC)
        .build();
  }

  /** Whether this is a cyclic base rotation. */
  public final boolean isCyclic() {
    return kind() == HorizonKind.CYCLIC;
  }

  /** Number of dates in the horizon. */
  public final int days() {
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
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Zero-based position of {@code date} in the horizon.
   *
   * @throws IllegalArgumentException if the date lies outside the horizon
   */
  public final int indexOf(LocalDate date) {
    if (!contains(date)) {
      throw new InvalidModelException("PlanningHorizon " + this, "date", date, "lies outside the horizon");
    }
    return Math.toIntExact(date.toEpochDay() - start().toEpochDay());
  }

  /** The planned day after {@code date}: wraps to the start in a cyclic horizon, else empty at the end. */
  public final Optional<LocalDate> next(LocalDate date) {
    indexOf(date);
    if (date.equals(end())) {
      return isCyclic() ? Optional.of(start()) : Optional.empty();
    }
    return Optional.of(date.plusDays(1));
  }

  /** The planned day before {@code date}: wraps to the end in a cyclic horizon, else empty at the start. */
  public final Optional<LocalDate> previous(LocalDate date) {
    indexOf(date);
    if (date.equals(start())) {
      return isCyclic() ? Optional.of(end()) : Optional.empty();
    }
    return Optional.of(date.minusDays(1));
  }

  @Value.Check
  void check() {
    String subject = "PlanningHorizon";
    require(!end().isBefore(start()), subject, "end", end(), "must not be before start (" + start() + ")");
    require(
        ChronoUnit.DAYS.between(start(), end()) < MAX_DAYS,
        subject,
        "end",
        end(),
        "makes the horizon longer than " + MAX_DAYS + " days from " + start());
    if (isCyclic()) {
      require(
          start().getDayOfWeek() == DayOfWeek.MONDAY,
          subject,
          "start",
          start(),
          "must be a Monday in a cyclic horizon (it is a " + start().getDayOfWeek() + ")");
      require(
          days() % 7 == 0 && days() <= MAX_WEEKS * 7,
          subject,
          "end",
          end(),
          "must end a whole number of weeks (1 to " + MAX_WEEKS + ") after start in a cyclic horizon");
    }
  }

  @Override
  public String toString() {
    return start() + ".." + end() + (isCyclic() ? " (cyclic)" : "");
  }
}
