package org.careroster.constraints;

import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroster.core.Employee;
import org.immutables.value.Value;

/**
 * Free Sundays after Sunday work (aml § 10-8 (4)). By law, after working a Sunday or public
 * holiday the next Sunday or holiday is free ({@link Mode#NEXT_FREE}). By written agreement
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

  private void nextFree(
      RosterView view, Employee employee, List<LocalDate> days, boolean[] worked,
      ImmutableList.Builder<Violation> violations) {
    int n = days.size();
    int pairs = view.isCyclic() ? n : n - 1;
    if (view.isCyclic() && n == 1) {
      pairs = worked[0] ? 1 : 0; // one Sunday a turn: worked every turn
    }
    for (int i = 0; i < pairs; i++) {
      int j = (i + 1) % n;
      if (worked[i] && worked[j]) {
        LocalDate first = days.get(i);
        LocalDate second = days.get(j);
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
                        "%s works %s and the next Sunday or holiday, %s; after Sunday or holiday "
                            + "work the next one is free (%s).",
                        employee.id(), describe(first), describe(second), source()))
                .messageNynorsk(
                    String.format(
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
    // Windows of averagingWeeks weeks, as {index of the first day, number of days}.
    long span = 7L * averagingWeeks();
    int horizonDays = view.horizon().days();
    boolean cyclic = view.isCyclic();
    List<int[]> windows = new ArrayList<>();
    if (horizonDays <= span) {
      windows.add(new int[] {0, n});
    } else {
      for (int first = 0; first < n; first++) {
        if (!cyclic && days.get(first).plusDays(span - 7).isAfter(view.horizon().end())) {
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
                        "%s works %d of the %d Sundays and holidays from %s to %s; at most %d, "
                            + "so that every other one is free on average (%s).",
                        employee.id(), workedCount, total, first, last, allowed, source()))
                .messageNynorsk(
                    String.format(
                        "%s arbeider %d av dei %d sun- og heilagdagane frå %s til %s; høgst %d, "
                            + "slik at kvar andre er fri i snitt (%s).",
                        employee.id(), workedCount, total, first, last, allowed, source()))
                .build());
      }
    }
    consecutiveSundays(view, employee, days, worked, violations);
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
                    "%s works %d Sundays in a row from %s to %s; at least every %s Sunday must "
                        + "be free (%s).",
                    employee.id(), run, first, last, ordinal(maxConsecutiveSundays() + 1), source()))
            .messageNynorsk(
                String.format(
                    "%s arbeider %d sundagar på rad frå %s til %s; minst kvar %d. sundag skal "
                        + "vere fri (%s).",
                    employee.id(), run, first, last, maxConsecutiveSundays() + 1, source()))
            .build());
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
