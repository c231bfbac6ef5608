package org.careroster.constraints.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.WorkedShift;
import org.careroster.core.Employee;

/**
 * Windows of consecutive complete weeks (Monday to Sunday) for rules that average or cap over
 * several weeks. A cyclic rotation wraps: with 6 weeks and a window of 4, weeks 5, 6, 1, 2 form a
 * window. A horizon with fewer complete weeks than the window forms one window of all of them.
 */
public final class WeekWindows {
  private WeekWindows() {}

  /** Each window as the list of its Mondays, in order ({@link Sequences#averagingWindows}). */
  public static ImmutableList<ImmutableList<LocalDate>> of(RosterView view, int weeks) {
    ImmutableList<LocalDate> mondays = view.weekStarts();
    ImmutableList.Builder<ImmutableList<LocalDate>> windows = ImmutableList.builder();
    for (int[] window : Sequences.averagingWindows(mondays.size(), weeks, view.isCyclic())) {
      ImmutableList.Builder<LocalDate> dates = ImmutableList.builder();
      for (int w : window) {
        dates.add(mondays.get(w));
      }
      windows.add(dates.build());
    }
    return windows.build();
  }

  /**
   * Minutes the employee works in each complete week, indexed like {@link
   * RosterView#weekStarts()}: a shift counts in the week it starts; overtime counts only if
   * {@code withOvertime}.
   */
  public static long[] minutesByWeek(RosterView view, Employee employee, boolean withOvertime) {
    ImmutableList<LocalDate> mondays = view.weekStarts();
    long[] minutes = new long[mondays.size()];
    if (mondays.isEmpty()) {
      return minutes;
    }
    LocalDate first = mondays.get(0);
    for (WorkedShift s : view.shiftsOf(employee)) {
      if (s.isOvertime() && !withOvertime) {
        continue;
      }
      long days = s.date().toEpochDay() - first.toEpochDay();
      int week = (int) Math.floorDiv(days, 7);
      if (days >= 0 && week < minutes.length) {
        minutes[week] += s.minutes();
      }
    }
    return minutes;
  }
}
