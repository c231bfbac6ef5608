package org.careroster.constraints;

import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.careroster.core.Employee;
import org.immutables.value.Value;

/**
 * Night work average (aml § 10-11 (6)): an employee who works more than {@link #nightThreshold()}
 * at night (21:00–06:00) works on average at most {@link #maxAverage()} per 24 hours over {@link
 * #weeks()} weeks.
 *
 * <p>Reading chosen (RULES.md §9 item 5, not confirmed from a source): the law excludes the
 * minimum weekly rest from the average, so a window of {@code weeks} complete weeks has (real
 * hours of the window − weeks × 35 h) / 24 periods of 24 hours; the limit is {@code maxAverage} ×
 * periods. The employee is a night worker in a window if one of their shifts starting in it has
 * more than {@code nightThreshold} of night time; then all minutes of the shifts starting in the
 * window count. Windows are {@code weeks} consecutive complete weeks (Monday to Sunday), sliding by
 * one week. In a calendar horizon only windows fully inside count (shifts on the days of a partial
 * week at either edge are in no window); with fewer complete weeks than {@code weeks}, one window
 * of all complete weeks. In a cyclic horizon there is one window starting at each week, wrapping
 * from the last week to the first (and repeating weeks when the rotation is shorter than the
 * window). Values beyond the law's (more than 8 h, more than 4 weeks, a
 * threshold above 3 h) need an agreement under aml § 10-11 (9), which the source then names.
 *
 * <pre>{@code
 * Rule nights = NightWorkAverage.builder().maxAverage(Duration.ofHours(8)).weeks(4).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNightWorkAverage.class)
@JsonDeserialize(as = ImmutableNightWorkAverage.class)
public abstract class NightWorkAverage extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "night-work-average";

  private static final Duration LAW_AVERAGE = Duration.ofHours(8);
  private static final int LAW_WEEKS = 4;
  private static final Duration LAW_THRESHOLD = Duration.ofHours(3);
  private static final Duration NIGHT_WINDOW = Duration.ofHours(9);
  private static final long WEEKLY_REST_MINUTES = 35 * 60;
  private static final long DAY_MINUTES = 24 * 60;
  private static final int MAX_WEEKS = 52;

  NightWorkAverage() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The highest average of working time per 24 hours; 8 hours unless set otherwise. */
  @Value.Default
  public Duration maxAverage() {
    return LAW_AVERAGE;
  }

  /** The length of the averaging window in complete weeks, 1 to 52; 4 unless set otherwise. */
  @Value.Default
  public int weeks() {
    return LAW_WEEKS;
  }

  /**
   * Night time a shift must exceed to make its employee a night worker in the window, from 0 to
   * less than the 9-hour night window; 3 hours unless set otherwise.
   */
  @Value.Default
  public Duration nightThreshold() {
    return LAW_THRESHOLD;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another highest average per 24 hours. */
  public abstract NightWorkAverage withMaxAverage(Duration maxAverage);

  /** A copy with another window length in weeks. */
  public abstract NightWorkAverage withWeeks(int weeks);

  /** A copy with another night-time threshold. */
  public abstract NightWorkAverage withNightThreshold(Duration nightThreshold);

  /** A copy with another severity. */
  public abstract NightWorkAverage withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /**
   * {@code aml § 10-11 (6)}, or {@code aml § 10-11 (9)} (deviation by agreement) when a parameter
   * is less strict than the law's 8 hours, 4 weeks and 3 hours.
   */
  @JsonIgnore
  @Override
  public final String source() {
    boolean deviates =
        maxAverage().compareTo(LAW_AVERAGE) > 0
            || weeks() > LAW_WEEKS
            || nightThreshold().compareTo(LAW_THRESHOLD) > 0;
    return deviates ? "aml § 10-11 (9)" : "aml § 10-11 (6)";
  }

  @Value.Check
  void check() {
    require(
        maxAverage().compareTo(Duration.ZERO) > 0 && maxAverage().compareTo(Duration.ofHours(24)) <= 0,
        ID, "maxAverage", maxAverage(), "must be more than 0 and at most 24 hours");
    require(weeks() >= 1 && weeks() <= MAX_WEEKS, ID, "weeks", weeks(), "must be between 1 and " + MAX_WEEKS);
    require(
        !nightThreshold().isNegative() && nightThreshold().compareTo(NIGHT_WINDOW) < 0,
        ID, "nightThreshold", nightThreshold(),
        "must be at least 0 and less than 9 hours (the night window 21:00-06:00)");
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList<LocalDate> mondays = view.weekStarts();
    ImmutableList<int[]> windows = Sequences.weekWindows(mondays.size(), weeks(), view.isCyclic());
    long threshold = nightThreshold().toMinutes();
    long max = maxAverage().toMinutes();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      long[] worked = new long[mondays.size()];
      boolean[] night = new boolean[mondays.size()];
      for (WorkedShift shift : view.shiftsOf(employee)) {
        int week = Sequences.weekOf(shift.date(), mondays);
        if (week >= 0) {
          worked[week] += shift.minutes();
          night[week] |= shift.nightMinutes() > threshold;
        }
      }
      for (int[] window : windows) {
        long minutes = 0;
        long windowMinutes = 0;
        boolean nightWorker = false;
        for (int week : window) {
          minutes += worked[week];
          windowMinutes += Sequences.weekMinutes(mondays.get(week));
          nightWorker |= night[week];
        }
        long periodMinutes = windowMinutes - window.length * WEEKLY_REST_MINUTES;
        // worked / (periodMinutes / 1440) > max, in whole numbers
        if (nightWorker && minutes * DAY_MINUTES > max * periodMinutes) {
          violations.add(violation(employee, mondays, window, minutes, periodMinutes));
        }
      }
    }
    return violations.build();
  }

  private Violation violation(
      Employee employee, ImmutableList<LocalDate> mondays, int[] window, long minutes, long periodMinutes) {
    long max = maxAverage().toMinutes();
    long average = ceilDiv(minutes * DAY_MINUTES, periodMinutes);
    long allowed = Math.floorDiv(max * periodMinutes, DAY_MINUTES);
    LocalDate first = mondays.get(window[0]);
    LocalDate last = mondays.get(window[window.length - 1]).plusDays(6);
    boolean wraps = false;
    for (int k = 1; k < window.length; k++) {
      wraps |= window[k] <= window[k - 1];
    }
    String periods = String.format(Locale.ROOT, "%.2f", periodMinutes / (double) DAY_MINUTES);
    return violation()
        .employee(employee.id())
        .date(first)
        .endDate(last)
        .measured(average)
        .limit(max)
        .measure(Measure.MINUTES)
        .penalty(minutes - allowed)
        .message(
            String.format(
                Locale.ROOT,
                "%s works nights: %s %s (%d %s, %s periods of 24 h after %d × 35 h weekly rest),"
                    + " %s per 24 h on average; maximum is %s (%s).",
                employee.id(),
                Durations.format(minutes),
                Sequences.period(first, last, wraps),
                window.length,
                window.length == 1 ? "week" : "weeks",
                periods,
                window.length,
                Durations.format(average),
                Durations.format(max),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s arbeider natt: %s %s (%d %s, %s periodar på 24 t etter %d × 35 t vekekvile),"
                    + " %s per 24 t i snitt; høgst %s er tillate (%s).",
                employee.id(),
                Durations.formatNn(minutes),
                Sequences.periodNn(first, last, wraps),
                window.length,
                window.length == 1 ? "veke" : "veker",
                periods.replace('.', ','),
                window.length,
                Durations.formatNn(average),
                Durations.formatNn(max),
                source()))
        .build();
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }

  /** Builds a {@link NightWorkAverage}. */
  public static final class Builder extends ImmutableNightWorkAverage.Builder {
    Builder() {}
  }
}
