package org.careroster.metrics;

import java.time.Duration;
import java.util.Map;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.WeekendWindow;

/**
 * Vacant shift hours (vakante vakter): the hours the staffing plan requires that the base rotation
 * leaves without a person, in total and inside the weekend window.
 *
 * <pre>
 * for each date d of the rotation and shift type s:
 *   required(d, s) = largest minimum of the plan rows for d and s that count everyone
 *                    (without such a row: the sum of the rows' minimums)
 *   vacant(d, s)   = max(0, required(d, s) − assigned(d, s))
 * vacantHours        = Σ vacant(d, s) × real hours of s on d
 * vacantWeekendHours = Σ vacant(d, s) × real hours of s on d inside the weekend window
 * </pre>
 *
 * <pre>{@code
 * VacantShiftHours.weekend(rotation, plan, shiftsByCode, WeekendWindow.SATURDAY_SUNDAY)   // e.g. PT262H30M
 * }</pre>
 */
public final class VacantShiftHours {

  private VacantShiftHours() {}

  /**
   * Required hours of {@code rotation} left without a person.
   *
   * @throws IllegalArgumentException if an assignment names a shift type not in {@code shifts}
   */
  public static Duration total(BaseRotation rotation, StaffingPlan plan, Map<String, ShiftType> shifts) {
    Duration sum = Duration.ZERO;
    for (RotationSlots.Slot slot : RotationSlots.of(rotation, plan, shifts)) {
      sum = sum.plus(slot.hours().multipliedBy(slot.vacant()));
    }
    return sum;
  }

  /**
   * Required hours of {@code rotation} inside {@code window} left without a person.
   *
   * @throws IllegalArgumentException if an assignment names a shift type not in {@code shifts}
   */
  public static Duration weekend(
      BaseRotation rotation, StaffingPlan plan, Map<String, ShiftType> shifts, WeekendWindow window) {
    Duration sum = Duration.ZERO;
    for (RotationSlots.Slot slot : RotationSlots.of(rotation, plan, shifts)) {
      sum = sum.plus(slot.shift().weekendDuration(slot.date(), window).multipliedBy(slot.vacant()));
    }
    return sum;
  }
}
