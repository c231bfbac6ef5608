package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Sequences;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
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
@JsonTypeName(NightWorkAverage.ID)
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

  /** Encoded in both severities. */

  /**
   * Per employee: the minutes of each complete week (a sum of the days' minutes) and a boolean
   * "a shift starting in the week has more than the threshold of night time" (a disjunction of the
   * night-heavy values of its days). Per window of {@link Sequences#weekWindows} (repeated weeks
   * counted as often as they appear), the window's minutes are a weighted sum and the employee is
   * a night worker if any of its weeks has a night-heavy shift. Hard: night worker → minutes ≤
   * floor(maxAverage × periods), posted as {@code nightWorker ≤ (minutes ≤ allowed)} with the
   * comparison reified. Soft: the penalty is nightWorker × max(0, minutes − allowed).
   */
  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    ImmutableList<LocalDate> dates = model.problem().horizon().dates();
    ImmutableList<ShiftType> types = model.problem().shiftTypes();
    int[] mondays = TimeEncoding.weekStarts(model.problem().horizon());
    ImmutableList<int[]> windows = Sequences.weekWindows(mondays.length, weeks(), model.isCyclic());
    long threshold = nightThreshold().toMinutes();
    long max = maxAverage().toMinutes();
    boolean[][] nightHeavy = new boolean[dates.size()][types.size() + 1];
    for (int d = 0; d < dates.size(); d++) {
      for (int s = 0; s < types.size(); s++) {
        nightHeavy[d][s + 1] = types.get(s).nightDuration(dates.get(d)).toMinutes() > threshold;
      }
    }
    for (int e = 0; e < model.employees(); e++) {
      IntVar[] byWeek = TimeEncoding.minutesByWeek(model, e, mondays);
      BoolVar[] night = new BoolVar[mondays.length];
      for (int w = 0; w < mondays.length; w++) {
        List<BoolVar> heavy = new ArrayList<>();
        for (int d = mondays[w]; d < mondays[w] + 7; d++) {
          heavy.add(TimeEncoding.worksAny(model, e, d, nightHeavy[d]));
        }
        night[w] = TimeEncoding.any(model, heavy);
      }
      List<IntVar> parts = new ArrayList<>();
      for (int[] window : windows) {
        int[] coeffs = new int[mondays.length];
        long windowMinutes = 0;
        List<BoolVar> nights = new ArrayList<>();
        for (int week : window) {
          coeffs[week]++;
          windowMinutes += Sequences.weekMinutes(dates.get(mondays[week]));
          nights.add(night[week]);
        }
        long periodMinutes = windowMinutes - window.length * WEEKLY_REST_MINUTES;
        int allowed = Math.toIntExact(Math.floorDiv(max * periodMinutes, DAY_MINUTES));
        BoolVar nightWorker = TimeEncoding.any(model, nights);
        String subject = TimeEncoding.subject(model, e, dates.get(mondays[window[0]]));
        IntVar minutes = TimeEncoding.sum(model, "night-window-minutes[" + subject + "]", byWeek, coeffs);
        if (minutes.getUB() <= allowed || nightWorker.isInstantiatedTo(0)) {
          continue;
        }
        if (severity().isHard()) {
          BoolVar within = choco.arithm(minutes, "<=", allowed).reify();
          TimeEncoding.post(model, choco.arithm(nightWorker, "<=", within), ID, subject);
        } else {
          IntVar excess = TimeEncoding.excess(model, "night-excess[" + subject + "]", minutes, allowed);
          IntVar penalty = choco.intVar(model.name(ID, subject), 0, excess.getUB(), true);
          choco.times(nightWorker, excess, penalty).post();
          parts.add(penalty);
        }
      }
      TimeEncoding.penalty(model, ID, model.problem().employees().get(e).id(), parts, severity().weight());
    }
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
