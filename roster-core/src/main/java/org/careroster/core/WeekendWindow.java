package org.careroster.core;

import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.immutables.value.Value;

/**
 * The weekly window that counts as weekend, from a start day and time to an end day and time on
 * the wall clock in Europe/Oslo (RULES.md §4.6 lists the choices).
 *
 * <pre>{@code
 * WeekendWindow.SATURDAY_SUNDAY   // Sat 00:00 – Mon 00:00, the KS HTA § 5.2 supplement window
 * WeekendWindow.SUNDAY_WORK       // Sat 18:00 – Sun 22:00, aml § 10-10 Sunday work
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeekendWindow.class)
@JsonDeserialize(as = ImmutableWeekendWindow.class)
public abstract class WeekendWindow {

  /** Saturday 00:00 to Monday 00:00 (KS HTA § 5.2, the weekend supplement window). */
  public static final WeekendWindow SATURDAY_SUNDAY =
      of(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, DayOfWeek.MONDAY, LocalTime.MIDNIGHT);

  /** Saturday 18:00 to Sunday 22:00 (aml § 10-10 (1), Sunday work). */
  public static final WeekendWindow SUNDAY_WORK =
      of(DayOfWeek.SATURDAY, LocalTime.of(18, 0), DayOfWeek.SUNDAY, LocalTime.of(22, 0));

  WeekendWindow() {}

  /** Day the window opens. */
  @Value.Parameter
  public abstract DayOfWeek startDay();

  /** Wall-clock time the window opens on {@link #startDay()}. */
  @Value.Parameter
  public abstract LocalTime startTime();

  /** Day the window closes, after the start day (the same day if the end time is later). */
  @Value.Parameter
  public abstract DayOfWeek endDay();

  /** Wall-clock time the window closes on {@link #endDay()}. */
  @Value.Parameter
  public abstract LocalTime endTime();

  /**
   * The window from {@code startDay startTime} to the next {@code endDay endTime}.
   *
   * @throws InvalidModelException if the window would be empty or longer than six days
   */
  public static WeekendWindow of(
      DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime) {
    return ImmutableWeekendWindow.of(startDay, startTime, endDay, endTime);
  }

  /** Real time of the shift {@code [start, end)} that falls inside this window. */
  public final Duration overlap(ZonedDateTime start, ZonedDateTime end) {
    LocalDate opening =
        start.toLocalDate().with(TemporalAdjusters.previousOrSame(startDay())).minusWeeks(1);
    Duration total = Duration.ZERO;
    for (int week = 0; week < 3; week++) {
      LocalDate day = opening.plusWeeks(week);
      ZonedDateTime from = RosterTime.at(day, startTime());
      ZonedDateTime to = RosterTime.at(day.plusDays(spanDays()), endTime());
      total = total.plus(Intervals.overlap(start, end, from, to));
    }
    return total;
  }

  /** Whether the shift {@code [start, end)} touches this window. */
  public final boolean touches(ZonedDateTime start, ZonedDateTime end) {
    return !overlap(start, end).isZero();
  }

  private int spanDays() {
    int days = Math.floorMod(endDay().getValue() - startDay().getValue(), 7);
    return days == 0 && !endTime().isAfter(startTime()) ? 7 : days;
  }

  @Value.Check
  void check() {
    int days = spanDays();
    require(
        days < 7 && !(days == 6 && endTime().isAfter(startTime())),
        "WeekendWindow",
        "endDay",
        endDay() + " " + endTime(),
        "must close less than 7 days after " + startDay() + " " + startTime());
  }

  @Override
  public String toString() {
    return startDay() + " " + startTime() + " – " + endDay() + " " + endTime();
  }
}
