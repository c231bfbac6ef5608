package org.careroster.constraints.internal;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.RosterTime;

/**
 * Runs of days and windows of weeks, read the same way by every rule about sequences: in a
 * calendar horizon only what lies inside the horizon; in a cyclic horizon the rotation repeats, so
 * runs and windows wrap from the last day (week) to the first.
 */
public final class Sequences {
  private Sequences() {}

  /** A maximal run of days by horizon index; it may wrap past the last day in a cyclic horizon. */
  public static final class Run {
    public final int start;
    public final int length;
    public final boolean endless;

    Run(int start, int length, boolean endless) {
      this.start = start;
      this.length = length;
      this.endless = endless;
    }

    /** Index of the run's last day in the horizon (before {@link #start} when the run wraps). */
    public int last(int days) {
      return (start + length - 1) % days;
    }

    /** Whether the run wraps from the rotation's last day into its first. */
    public boolean wraps(int days) {
      return start + length > days;
    }
  }

  /**
   * The maximal runs of days whose flag equals {@code value}, in order of their first day. In a
   * calendar horizon runs stop at the horizon's edges. In a cyclic horizon they wrap; when every
   * day has the value, the answer is one endless run of all days starting on the first.
   */
  public static ImmutableList<Run> runs(boolean[] days, boolean value, boolean cyclic) {
    int n = days.length;
    int other = -1; // a day without the value: a cyclic scan starts after it
    for (int i = 0; i < n && other < 0; i++) {
      if (days[i] != value) {
        other = i;
      }
    }
    if (other < 0) {
      return n == 0 ? ImmutableList.of() : ImmutableList.of(new Run(0, n, cyclic));
    }
    int from = cyclic ? other + 1 : 0;
    int to = cyclic ? other + n : n; // exclusive, in unwrapped indices
    List<Run> runs = new ArrayList<>();
    int start = -1;
    for (int i = from; i <= to; i++) {
      boolean inRun = i < to && days[i % n] == value;
      if (inRun && start < 0) {
        start = i;
      } else if (!inRun && start >= 0) {
        runs.add(new Run(start % n, i - start, false));
        start = -1;
      }
    }
    runs.sort(Comparator.comparingInt(run -> run.start));
    return ImmutableList.copyOf(runs);
  }

  /**
   * The runs of {@link #runs} shorter than {@code minimum}, except an endless run and, in a
   * calendar horizon, runs touching its first or last day (they may go on beyond the edge).
   */
  public static ImmutableList<Run> shortRuns(boolean[] days, boolean value, boolean cyclic, int minimum) {
    ImmutableList.Builder<Run> shortRuns = ImmutableList.builder();
    for (Run run : runs(days, value, cyclic)) {
      boolean atEdge = !cyclic && (run.start == 0 || run.start + run.length == days.length);
      if (!run.endless && !atEdge && run.length < minimum) {
        shortRuns.add(run);
      }
    }
    return shortRuns.build();
  }

  /**
   * Windows of {@code weeks} consecutive complete weeks, each as indices into the {@code complete}
   * weeks, sliding by one week. Cyclic: one window starting at each week, wrapping (and repeating
   * weeks when the rotation is shorter than the window). Calendar: only windows fully inside; when
   * there are fewer complete weeks than {@code weeks}, one window of all of them.
   */
  public static ImmutableList<int[]> weekWindows(int complete, int weeks, boolean cyclic) {
    ImmutableList.Builder<int[]> windows = ImmutableList.builder();
    if (complete == 0) {
      return windows.build();
    }
    if (cyclic) {
      for (int first = 0; first < complete; first++) {
        int[] window = new int[weeks];
        for (int k = 0; k < weeks; k++) {
          window[k] = (first + k) % complete;
        }
        windows.add(window);
      }
    } else if (complete < weeks) {
      int[] all = new int[complete];
      Arrays.setAll(all, k -> k);
      windows.add(all);
    } else {
      for (int first = 0; first + weeks <= complete; first++) {
        int[] window = new int[weeks];
        int start = first;
        Arrays.setAll(window, k -> start + k);
        windows.add(window);
      }
    }
    return windows.build();
  }

  /**
   * Windows for averaging, as indices into the {@code complete} weeks: like {@link #weekWindows},
   * but a horizon with no more complete weeks than {@code weeks} forms one window of all of them,
   * cyclic or not (a rotation repeats, so its own average is the long-run average).
   */
  public static ImmutableList<int[]> averagingWindows(int complete, int weeks, boolean cyclic) {
    if (complete > 0 && weeks >= complete) {
      int[] all = new int[complete];
      Arrays.setAll(all, k -> k);
      return ImmutableList.of(all);
    }
    return weekWindows(complete, weeks, cyclic);
  }

  /** The week index (0-based, in {@code mondays}) of {@code date}, or -1 if in no complete week. */
  public static int weekOf(LocalDate date, ImmutableList<LocalDate> mondays) {
    if (mondays.isEmpty() || date.isBefore(mondays.get(0))) {
      return -1;
    }
    long week = ChronoUnit.DAYS.between(mondays.get(0), date) / 7;
    return week < mondays.size() ? (int) week : -1;
  }

  /** Real minutes of the week starting {@code monday}, daylight-saving changes included. */
  public static long weekMinutes(LocalDate monday) {
    ZonedDateTime from = RosterTime.at(monday, LocalTime.MIDNIGHT);
    ZonedDateTime to = RosterTime.at(monday.plusDays(7), LocalTime.MIDNIGHT);
    return Duration.between(from, to).toMinutes();
  }

  /** English text of a run or window from {@code first} to {@code last}, noting a wrap. */
  public static String period(LocalDate first, LocalDate last, boolean wraps) {
    return "from " + first + " to " + last + (wraps ? " (across the end of the rotation)" : "");
  }

  /** Nynorsk text of a run or window from {@code first} to {@code last}, noting a wrap. */
  public static String periodNn(LocalDate first, LocalDate last, boolean wraps) {
    return "frå " + first + " til " + last + (wraps ? " (over slutten av turnusen)" : "");
  }

  /** The date of day {@code index} of the horizon, wrapping in a cyclic one. */
  public static LocalDate date(PlanningHorizon horizon, int index) {
    return horizon.dates().get(Math.floorMod(index, horizon.days()));
  }
}
