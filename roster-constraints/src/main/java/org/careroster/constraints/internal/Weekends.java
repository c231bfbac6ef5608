package org.careroster.constraints.internal;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.RosterTime;
import org.careroster.core.ShiftType;
import org.careroster.core.WeekendWindow;

/**
 * Weekends as the weekend rules see them ({@code WeekendFrequency}, {@code WorkingWeekends}): each
 * identified by its Saturday, with a window that a shift must touch in real time to count as
 * weekend work.
 */
public final class Weekends {

  private Weekends() {}

  /** For each weekend, the (day index, shift type index) pairs whose shift touches its window. */
  public static List<List<int[]>> touchingPairs(RosterModel model, ImmutableList<LocalDate> saturdays, WeekendWindow window) {
    ImmutableList<LocalDate> dates = model.problem().horizon().dates();
    ImmutableList<ShiftType> types = model.problem().shiftTypes();
    int n = dates.size();
    int[] turns = model.isCyclic() ? new int[] {-1, 0, 1} : new int[] {0};
    List<List<int[]>> touching = new ArrayList<>();
    for (LocalDate saturday : saturdays) {
      long opens = opens(saturday, window).toEpochSecond();
      long closes = closes(saturday, window).toEpochSecond();
      List<int[]> pairs = new ArrayList<>();
      for (int d = 0; d < n; d++) {
        for (int s = 0; s < types.size(); s++) {
          for (int turn : turns) {
            LocalDate date = dates.get(d).plusDays((long) turn * n);
            if (Math.abs(date.toEpochDay() - saturday.toEpochDay()) > 10) {
              continue; // a shift lasts at most a day and a window less than a week
            }
            ShiftType type = types.get(s);
            if (opens < type.endsAt(date).toEpochSecond() && closes > type.startsAt(date).toEpochSecond()) {
              pairs.add(new int[] {d, s});
              break;
            }
          }
        }
      }
      touching.add(pairs);
    }
    return touching;
  }

  /**
   * The Saturdays of the weekends to judge: in a cyclic horizon the Saturday of each week; in a
   * calendar horizon each Saturday whose window overlaps the horizon.
   */
  public static ImmutableList<LocalDate> saturdays(PlanningHorizon horizon, WeekendWindow window) {
    ImmutableList.Builder<LocalDate> saturdays = ImmutableList.builder();
    if (horizon.isCyclic()) {
      for (LocalDate monday = horizon.start(); monday.isBefore(horizon.end()); monday = monday.plusWeeks(1)) {
        saturdays.add(monday.plusDays(5));
      }
      return saturdays.build();
    }
    ZonedDateTime from = RosterTime.at(horizon.start(), LocalTime.MIDNIGHT);
    ZonedDateTime to = RosterTime.at(horizon.end().plusDays(1), LocalTime.MIDNIGHT);
    LocalDate saturday =
        horizon.start().minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    for (; !saturday.isAfter(horizon.end().plusWeeks(1)); saturday = saturday.plusWeeks(1)) {
      if (opens(saturday, window).isBefore(to) && closes(saturday, window).isAfter(from)) {
        saturdays.add(saturday);
      }
    }
    return saturdays.build();
  }

  /** Indices into {@code saturdays} of the weekends a shift touches, in order. */
  public static List<Integer> workedWeekends(
      ImmutableList<WorkedShift> shifts, ImmutableList<LocalDate> saturdays, WeekendWindow window) {
    boolean[] worked = new boolean[saturdays.size()];
    LocalDate firstSaturday = saturdays.get(0);
    long[] opens = new long[saturdays.size()];
    long[] closes = new long[saturdays.size()];
    for (int k = 0; k < saturdays.size(); k++) {
      opens[k] = opens(saturdays.get(k), window).toEpochSecond();
      closes[k] = closes(saturdays.get(k), window).toEpochSecond();
    }
    for (WorkedShift shift : shifts) {
      long near = Math.floorDiv(shift.date().toEpochDay() - firstSaturday.toEpochDay(), 7);
      for (long k = Math.max(0, near - 1); k <= near + 2 && k < saturdays.size(); k++) {
        if (opens[(int) k] < shift.endSecond() && closes[(int) k] > shift.startSecond()) {
          worked[(int) k] = true;
        }
      }
    }
    List<Integer> indices = new ArrayList<>();
    for (int k = 0; k < worked.length; k++) {
      if (worked[k]) {
        indices.add(k);
      }
    }
    return indices;
  }

  /** The day the window of {@code saturday}'s weekend opens: its start day nearest the Saturday. */
  public static LocalDate openingDay(LocalDate saturday, WeekendWindow window) {
    int offset = Math.floorMod(window.startDay().getValue() - DayOfWeek.SATURDAY.getValue() + 3, 7) - 3;
    return saturday.plusDays(offset);
  }

  public static ZonedDateTime opens(LocalDate saturday, WeekendWindow window) {
    return RosterTime.at(openingDay(saturday, window), window.startTime());
  }

  public static ZonedDateTime closes(LocalDate saturday, WeekendWindow window) {
    WeekendWindow w = window;
    int span = Math.floorMod(w.endDay().getValue() - w.startDay().getValue(), 7);
    if (span == 0 && !w.endTime().isAfter(w.startTime())) {
      span = 7;
    }
    return RosterTime.at(openingDay(saturday, window).plusDays(span), w.endTime());
  }
}
