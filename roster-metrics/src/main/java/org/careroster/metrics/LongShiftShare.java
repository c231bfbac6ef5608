package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.metrics.HourMath.hours;

import java.time.Duration;
import java.util.Map;
import org.careroster.core.Assignment;
import org.careroster.core.ShiftType;
import org.careroster.core.WeekendWindow;

/**
 * Long-shift share of weekend hours: how much of the weekend the base rotation covers with long
 * shifts (langvakter, {@link ShiftType#isLong()}), the lever that lets staff work fewer weekends.
 *
 * <pre>
 * longShiftShare = Σ weekend hours of assigned long shifts / Σ weekend hours of all assigned shifts
 * (weekend hours: real time of the shift inside the weekend window)
 * </pre>
 *
 * <pre>{@code
 * LongShiftShare.ofWeekendHours(rotation, shiftsByCode, WeekendWindow.SATURDAY_SUNDAY).percent()
 * }</pre>
 */
public final class LongShiftShare {

  private LongShiftShare() {}

  /**
   * Weekend hours on long shifts over all weekend hours of {@code rotation}'s assignments.
   *
   * @throws IllegalArgumentException if an assignment names a shift type not in {@code shifts}
   */
  public static Ratio ofWeekendHours(
      BaseRotation rotation, Map<String, ShiftType> shifts, WeekendWindow window) {
    Duration longHours = Duration.ZERO;
    Duration all = Duration.ZERO;
    for (Assignment a : rotation.assignments()) {
      ShiftType shift = shifts.get(a.shift());
      checkArgument(
          shift != null,
          "LongShiftShare: shift (%s) of assignment %s is not a shift type of the unit; known: %s",
          a.shift(),
          a.slot(),
          shifts.keySet());
      Duration weekend = shift.weekendDuration(a.date(), window);
      all = all.plus(weekend);
      if (shift.isLong()) {
        longHours = longHours.plus(weekend);
      }
    }
    return Ratio.of(hours(longHours), hours(all));
  }
}
