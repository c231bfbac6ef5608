package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Free Sundays after Sunday work (aml § 10-8 (4)). By law, after working a Sunday or public
 * holiday the next Sunday or holiday is free ({@link Mode#NEXT_FREE}); consecutive Sundays and
 * holidays (Maundy Thursday and Good Friday, Easter Sunday and Monday, Christmas Day and Boxing
 * Day) count as one, since the law's Sunday and holiday work runs on from the eve of the first to
 * the evening of the last (aml § 10-10 (1)), so working both is one period and the next one is
 * free. By written agreement
 * between employer and employee ({@link Mode#AVERAGED}) it is enough that Sundays and holidays are
 * free on average every other one over {@link #averagingWeeks()} weeks (26), as long as at least
 * every 4th Sunday is free (at most {@link #maxConsecutiveSundays()} worked in a row).
 *
 * <p>A Sunday or holiday is worked if one of the employee's shifts covers any time of that
 * calendar day (00:00–24:00), so a Saturday night shift ending Sunday morning counts. Public
 * holidays count in calendar horizons (a cyclic rotation has no dates of its own); a cyclic
 * rotation wraps from its last Sunday to its first.
 *
 * <pre>{@code
 * Rule sundays = SundayRest.builder().mode(SundayRest.Mode.AVERAGED).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(SundayRest.ID)
@JsonSerialize(as = ImmutableSundayRest.class)
@JsonDeserialize(as = ImmutableSundayRest.class)
public abstract class SundayRest extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "sunday-rest";

  /** How free Sundays are counted. */
  public enum Mode {
    /** After a worked Sunday or holiday, the next one is free (the law's rule). */
    NEXT_FREE,
    /** Free on average every other one, and at least every 4th Sunday (by agreement). */
    AVERAGED
  }

  SundayRest() {}

  /** A new builder; the law's {@link Mode#NEXT_FREE} unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** How free Sundays are counted. */
  @Value.Default
  public Mode mode() {
    return Mode.NEXT_FREE;
  }

  /** Weeks over which {@link Mode#AVERAGED} averages, 1 to 52; the law says 26. */
  @Value.Default
  public int averagingWeeks() {
    return 26;
  }

  /** Most Sundays worked in a row under {@link Mode#AVERAGED}, 1 or more; the law allows 3. */
  @Value.Default
  public int maxConsecutiveSundays() {
    return 3;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract SundayRest withSeverity(Severity severity);

  /** A copy with another mode. */
  public abstract SundayRest withMode(Mode mode);

  /** A copy with another averaging period. */
  public abstract SundayRest withAveragingWeeks(int weeks);

  /** A copy with another longest run of worked Sundays. */
  public abstract SundayRest withMaxConsecutiveSundays(int sundays);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-8 (4)}. */
  @JsonIgnore
  @Override
  public final String source() {
    return "aml § 10-8 (4)";
  }

  @Value.Check
  void check() {
    require(
        averagingWeeks() >= 1 && averagingWeeks() <= 52,
        ID, "averagingWeeks", averagingWeeks(), "must be between 1 and 52");
    require(
        maxConsecutiveSundays() >= 1,
        ID, "maxConsecutiveSundays", maxConsecutiveSundays(), "must be 1 or more");
  }

  /** The Sundays and public holidays of the horizon, in order. */
  static ImmutableList<LocalDate> sundaysAndHolidays(RosterView view) {
    ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    for (LocalDate date : view.horizon().dates()) {
      if (view.isSundayOrHoliday(date)) {
        days.add(date);
      }
    }
    return days.build();
  }

  /** Whether the employee works any time of each of {@code days} (sorted dates). */
  static boolean[] worked(RosterView view, Employee employee, List<LocalDate> days) {
    boolean[] worked = new boolean[days.size()];
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < days.size(); i++) {
      index.put(days.get(i), i);
    }
    for (WorkedShift s : view.turnsAround(employee)) {
      // Every calendar date the shift touches: from its start date to the date of its last minute.
      LocalDate last = s.end().minusNanos(1).toLocalDate();
      for (LocalDate d = s.start().toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
        Integer i = index.get(d);
        if (i != null) {
          worked[i] = true;
        }
      }
    }
    return worked;
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList<LocalDate> days = sundaysAndHolidays(view);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    if (days.isEmpty()) {
      return violations.build();
    }
    for (Employee employee : view.problem().employees()) {
      boolean[] worked = worked(view, employee, days);
      if (mode() == Mode.NEXT_FREE) {
        nextFree(view, employee, days, worked, violations);
      } else {
        averaged(view, employee, days, worked, violations);
      }
    }
    return violations.build();
  }

  /**
   * The Sundays and holidays grouped into periods of consecutive dates, each as {index of its first
   * day, index of its last day} in {@code days}: Maundy Thursday and Good Friday, Easter Sunday and
   * Monday, Christmas Day and Boxing Day each form one period, as the law's Sunday and holiday work
   * runs on without a break from the eve of the first to the evening of the last (aml § 10-10 (1)).
   */
  static List<int[]> periods(List<LocalDate> days) {
    List<int[]> periods = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      int[] last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (last != null && days.get(last[1]).plusDays(1).equals(days.get(i))) {
        last[1] = i;
      } else {
        periods.add(new int[] {i, i});
      }
    }
    return periods;
  }

  private void nextFree(
      RosterView view, Employee employee, List<LocalDate> days, boolean[] worked,
      ImmutableList.Builder<Violation> violations) {
    List<int[]> periods = periods(days);
    int n = periods.size();
    int[] firstWorked = new int[n];
    for (int p = 0; p < n; p++) {
      firstWorked[p] = -1;
      for (int i = periods.get(p)[0]; i <= periods.get(p)[1]; i++) {
        if (worked[i]) {
          firstWorked[p] = i;
          break;
        }
      }
    }
    int pairs = view.isCyclic() ? n : n - 1;
    if (view.isCyclic() && n == 1) {
      pairs = firstWorked[0] >= 0 ? 1 : 0; // one Sunday a turn: worked every turn
    }
    for (int i = 0; i < pairs; i++) {
      int j = (i + 1) % n;
      if (firstWorked[i] >= 0 && firstWorked[j] >= 0) {
        LocalDate first = days.get(firstWorked[i]);
        LocalDate second = days.get(firstWorked[j]);
        violations.add(
            violation()
                .employee(employee.id())
                .date(second)
                .measured(2)
                .limit(1)
                .measure(Measure.COUNT)
                .penalty(1)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s works %s and the next Sunday or holiday, %s; after Sunday or holiday "
                            + "work the next one is free (%s).",
                        employee.id(), describe(first), describe(second), source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s arbeider %s og den neste sun- eller heilagdagen, %s; etter sun- eller "
                            + "heilagdagsarbeid skal den neste vere fri (%s).",
                        employee.id(), describeNn(first), describeNn(second), source()))
                .build());
      }
    }
  }

  private void averaged(
      RosterView view, Employee employee, List<LocalDate> days, boolean[] worked,
      ImmutableList.Builder<Violation> violations) {
    int n = days.size();
    List<int[]> windows = averagingWindows(days, view.horizon());
    for (int[] window : windows) {
      int total = window[1];
      int workedCount = 0;
      for (int k = 0; k < total; k++) {
        if (worked[(window[0] + k) % n]) {
          workedCount++;
        }
      }
      int allowed = total / 2;
      if (workedCount > allowed) {
        LocalDate first = days.get(window[0]);
        LocalDate last = days.get((window[0] + total - 1) % n);
        violations.add(
            violation()
                .employee(employee.id())
                .date(first)
                .endDate(last)
                .measured(workedCount)
                .limit(allowed)
                .measure(Measure.COUNT)
                .penalty(workedCount - allowed)
                .message(
                    String.format(
                        Locale.ROOT,
                        "%s works %d of the %d Sundays and holidays from %s to %s; at most %d, "
                            + "so that every other one is free on average (%s).",
                        employee.id(), workedCount, total, first, last, allowed, source()))
                .messageNynorsk(
                    String.format(
                        Locale.ROOT,
                        "%s arbeider %d av dei %d sun- og heilagdagane frå %s til %s; høgst %d, "
                            + "slik at kvar andre er fri i snitt (%s).",
                        employee.id(), workedCount, total, first, last, allowed, source()))
                .build());
      }
    }
    consecutiveSundays(view, employee, days, worked, violations);
  }

  /**
   * The averaging windows over {@code days} (the Sundays and holidays, sorted), each as {index of
   * the first day, number of days}: one of all days when the horizon is no longer than {@link
   * #averagingWeeks()}, else one starting at each day whose window fits (wrapping in a rotation).
   */
  List<int[]> averagingWindows(List<LocalDate> days, PlanningHorizon horizon) {
    int n = days.size();
    long span = 7L * averagingWeeks();
    int horizonDays = horizon.days();
    boolean cyclic = horizon.isCyclic();
    List<int[]> windows = new ArrayList<>();
    if (horizonDays <= span) {
      windows.add(new int[] {0, n});
    } else {
      for (int first = 0; first < n; first++) {
        if (!cyclic && days.get(first).plusDays(span - 7).isAfter(horizon.end())) {
          break;
        }
        int size = 0;
        for (int idx = first; idx < first + n && (cyclic || idx < n); idx++) {
          LocalDate day = idx < n ? days.get(idx) : days.get(idx - n).plusDays(horizonDays);
          if (day.toEpochDay() - days.get(first).toEpochDay() >= span) {
            break;
          }
          size++;
        }
        windows.add(new int[] {first, size});
      }
    }
    return windows;
  }

  /** At least every 4th Sunday free: runs of worked Sundays (holidays aside) longer than allowed. */
  private void consecutiveSundays(
      RosterView view, Employee employee, List<LocalDate> days, boolean[] worked,
      ImmutableList.Builder<Violation> violations) {
    List<Integer> sundays = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).getDayOfWeek() == DayOfWeek.SUNDAY) {
        sundays.add(i);
      }
    }
    int n = sundays.size();
    if (n == 0) {
      return;
    }
    boolean[] on = new boolean[n];
    int free = -1;
    for (int k = 0; k < n; k++) {
      on[k] = worked[sundays.get(k)];
      if (!on[k] && free < 0) {
        free = k;
      }
    }
    if (free < 0) {
      if (n > maxConsecutiveSundays()) {
        addRun(employee, days.get(sundays.get(0)), days.get(sundays.get(n - 1)), n, violations);
      }
      return;
    }
    // Walk runs; in a cyclic rotation start after a free Sunday so runs across the wrap join up.
    int start = view.isCyclic() ? free + 1 : 0;
    int steps = n;
    int run = 0;
    int runStart = -1;
    for (int step = 0; step <= steps; step++) {
      boolean atEnd = step == steps;
      int k = (start + step) % n;
      boolean workedHere = !atEnd && on[k] && (view.isCyclic() || start + step < n);
      if (workedHere) {
        if (run == 0) {
          runStart = k;
        }
        run++;
      } else {
        if (run > maxConsecutiveSundays()) {
          int runEnd = Math.floorMod(runStart + run - 1, n);
          addRun(employee, days.get(sundays.get(runStart)), days.get(sundays.get(runEnd)), run, violations);
        }
        run = 0;
      }
    }
  }

  private void addRun(
      Employee employee, LocalDate first, LocalDate last, int run,
      ImmutableList.Builder<Violation> violations) {
    violations.add(
        violation()
            .employee(employee.id())
            .date(first)
            .endDate(last)
            .measured(run)
            .limit(maxConsecutiveSundays())
            .measure(Measure.COUNT)
            .penalty(run - maxConsecutiveSundays())
            .message(
                String.format(
                    Locale.ROOT,
                    "%s works %d Sundays in a row from %s to %s; at least every %s Sunday must "
                        + "be free (%s).",
                    employee.id(), run, first, last, ordinal(maxConsecutiveSundays() + 1), source()))
            .messageNynorsk(
                String.format(
                    Locale.ROOT,
                    "%s arbeider %d sundagar på rad frå %s til %s; minst kvar %d. sundag skal "
                        + "vere fri (%s).",
                    employee.id(), run, first, last, maxConsecutiveSundays() + 1, source()))
            .build());
  }

  /** Encoded in both severities. */

  /**
   * Per employee and Sunday or holiday, a boolean "works some time of that day": the disjunction
   * of the shift values, on that day and the two before (the previous turn's across the wrap of a
   * rotation), whose real time touches it. {@link Mode#NEXT_FREE}: no two consecutive periods of
   * consecutive Sundays and holidays ({@link #periods}) both worked (soft: one per such pair). {@link Mode#AVERAGED}: per averaging window of {@link
   * #averagingWindows} the sum of worked ones is at most half (soft: the excess), and no {@code
   * maxConsecutiveSundays + 1} consecutive Sundays all worked (soft: the number of such runs of
   * Sundays, which equals the check's Σ (run − maximum) over longer runs; in a rotation where every
   * Sunday is worked the wrap would count each Sunday, so the maximum is subtracted once).
   */
  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    ImmutableList<LocalDate> dates = model.problem().horizon().dates();
    List<Integer> dayIndex = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    for (int d = 0; d < dates.size(); d++) {
      LocalDate date = dates.get(d);
      if (date.getDayOfWeek() == DayOfWeek.SUNDAY || model.problem().isPublicHoliday(date)) {
        dayIndex.add(d);
        days.add(date);
      }
    }
    int n = days.size();
    if (n == 0) {
      return;
    }
    boolean cyclic = model.isCyclic();
    boolean hard = severity().isHard();
    for (int e = 0; e < model.employees(); e++) {
      BoolVar[] worked = new BoolVar[n];
      for (int i = 0; i < n; i++) {
        worked[i] = workedOn(model, e, dayIndex.get(i));
      }
      List<IntVar> parts = new ArrayList<>();
      if (mode() == Mode.NEXT_FREE) {
        List<int[]> periods = periods(days);
        int m = periods.size();
        BoolVar[] inPeriod = new BoolVar[m];
        for (int p = 0; p < m; p++) {
          List<BoolVar> any = new ArrayList<>();
          for (int i = periods.get(p)[0]; i <= periods.get(p)[1]; i++) {
            any.add(worked[i]);
          }
          inPeriod[p] = any.size() == 1 ? any.get(0) : TimeEncoding.any(model, any);
        }
        int pairs = cyclic ? m : m - 1;
        for (int i = 0; i < pairs; i++) {
          int j = (i + 1) % m;
          String subject = TimeEncoding.subject(model, e, days.get(periods.get(j)[0]));
          if (hard) {
            TimeEncoding.post(
                model, choco.sum(new BoolVar[] {inPeriod[i], inPeriod[j]}, "<=", i == j ? 0 : 1), ID, subject);
          } else {
            parts.add(TimeEncoding.all(model, List.of(inPeriod[i], inPeriod[j])));
          }
        }
      } else {
        for (int[] window : averagingWindows(days, model.problem().horizon())) {
          List<BoolVar> inWindow = new ArrayList<>();
          for (int k = 0; k < window[1]; k++) {
            inWindow.add(worked[(window[0] + k) % n]);
          }
          int allowed = window[1] / 2;
          String subject = TimeEncoding.subject(model, e, days.get(window[0])) + "/averaged";
          if (hard) {
            TimeEncoding.post(model, choco.sum(inWindow.toArray(new BoolVar[0]), "<=", allowed), ID, subject);
          } else {
            IntVar count = TimeEncoding.sum(model, "sundays[" + subject + "]", inWindow);
            parts.add(TimeEncoding.excess(model, model.name(ID, subject), count, allowed));
          }
        }
        consecutiveSundays(model, e, days, worked, parts);
      }
      TimeEncoding.penalty(model, ID, model.problem().employees().get(e).id(), parts, severity().weight());
    }
  }

  /** The runs of more than {@link #maxConsecutiveSundays()} worked Sundays, as in the check. */
  private void consecutiveSundays(
      RosterModel model, int e, List<LocalDate> days, BoolVar[] worked, List<IntVar> parts) {
    Model choco = model.chocoModel();
    List<Integer> sundays = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).getDayOfWeek() == DayOfWeek.SUNDAY) {
        sundays.add(i);
      }
    }
    int n = sundays.size();
    int m = maxConsecutiveSundays();
    if (n <= m) {
      return; // a run of all Sundays is no longer than allowed, wrapping or not
    }
    int windows = model.isCyclic() ? n : n - m;
    List<IntVar> runs = new ArrayList<>();
    for (int k = 0; k < windows; k++) {
      List<BoolVar> run = new ArrayList<>();
      for (int j = 0; j <= m; j++) {
        run.add(worked[sundays.get((k + j) % n)]);
      }
      String subject = TimeEncoding.subject(model, e, days.get(sundays.get(k))) + "/in-a-row";
      if (severity().isHard()) {
        TimeEncoding.post(model, choco.sum(run.toArray(new BoolVar[0]), "<=", m), ID, subject);
      } else {
        runs.add(TimeEncoding.all(model, run));
      }
    }
    if (runs.isEmpty()) {
      return;
    }
    if (!model.isCyclic()) {
      parts.addAll(runs);
      return;
    }
    List<BoolVar> everySunday = new ArrayList<>();
    for (int i : sundays) {
      everySunday.add(worked[i]);
    }
    runs.add(TimeEncoding.all(model, everySunday));
    int[] coeffs = new int[runs.size()];
    java.util.Arrays.fill(coeffs, 1);
    coeffs[coeffs.length - 1] = -m;
    IntVar penalty = choco.intVar(model.name(ID, TimeEncoding.subject(model, e, days.get(0)) + "/in-a-row"), 0, n, true);
    choco.scalar(runs.toArray(new IntVar[0]), coeffs, "=", penalty).post();
    parts.add(penalty);
  }

  /** Whether employee {@code e} works any time of the calendar day with index {@code d}. */
  private static BoolVar workedOn(RosterModel model, int e, int d) {
    ImmutableList<ShiftType> types = model.problem().shiftTypes();
    LocalDate day = model.problem().horizon().dates().get(d);
    List<BoolVar> any = new ArrayList<>();
    for (int k = 0; k <= 2; k++) {
      int index = TimeEncoding.index(model, d - k);
      if (index < 0) {
        continue;
      }
      LocalDate start = day.minusDays(k);
      boolean[] touches = new boolean[types.size() + 1];
      for (int s = 0; s < types.size(); s++) {
        LocalDate first = types.get(s).startsAt(start).toLocalDate();
        LocalDate last = types.get(s).endsAt(start).minusNanos(1).toLocalDate();
        touches[s + 1] = !day.isBefore(first) && !day.isAfter(last);
      }
      any.add(TimeEncoding.worksAny(model, e, index, touches));
    }
    return TimeEncoding.any(model, any);
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  private static String describe(LocalDate date) {
    return (date.getDayOfWeek() == DayOfWeek.SUNDAY ? "Sunday " : "the holiday ") + date;
  }

  private static String describeNn(LocalDate date) {
    return (date.getDayOfWeek() == DayOfWeek.SUNDAY ? "sundag " : "heilagdagen ") + date;
  }

  /** Builds a {@link SundayRest}. */
  public static final class Builder extends ImmutableSundayRest.Builder {
    Builder() {}
  }
}
