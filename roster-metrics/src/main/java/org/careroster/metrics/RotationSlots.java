package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.careroster.core.Assignment;
import org.careroster.core.PublicHolidays;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * The shifts of a base rotation, one slot per date and shift type, with how many people the
 * staffing plan requires and how many the rotation assigns. Shared by the rotation-based KPIs.
 */
final class RotationSlots {

  /** One date and shift type of the rotation. */
  record Slot(LocalDate date, ShiftType shift, int required, int assigned) {

    /** Real hours of one person on this shift. */
    Duration hours() {
      return shift.realDuration(date);
    }

    /** Required people not assigned. */
    int vacant() {
      return Math.max(0, required - assigned);
    }

    /** Required people that are assigned. */
    int covered() {
      return Math.min(required, assigned);
    }
  }

  private RotationSlots() {}

  /**
   * Every date of {@code rotation} × every shift type, in date and shift order. Public holidays
   * apply only to a calendar horizon.
   *
   * @throws IllegalArgumentException if an assignment names a shift type not in {@code shifts}
   */
  static ImmutableList<Slot> of(
      BaseRotation rotation, StaffingPlan plan, Map<String, ShiftType> shifts) {
    Map<String, Integer> assigned = new HashMap<>();
    for (Assignment a : rotation.assignments()) {
      checkArgument(
          shifts.containsKey(a.shift()),
          "BaseRotation: shift (%s) of assignment %s is not a shift type of the unit; known: %s",
          a.shift(),
          a.slot(),
          shifts.keySet());
      assigned.merge(a.date() + " " + a.shift(), 1, Integer::sum);
    }
    boolean calendar = !rotation.horizon().isCyclic();
    ImmutableList.Builder<Slot> slots = ImmutableList.builder();
    for (LocalDate date : rotation.horizon().dates()) {
      boolean holiday = calendar && PublicHolidays.norway().isHoliday(date);
      for (ShiftType shift : shifts.values()) {
        int required = required(plan.requirementsOn(date, shift.code(), holiday));
        slots.add(new Slot(date, shift, required, assigned.getOrDefault(date + " " + shift.code(), 0)));
      }
    }
    return slots.build();
  }

  /**
   * People a shift needs from the rows that apply: the largest minimum of the rows that count
   * everyone; without such a row, the sum of the rows' minimums (they then count different people).
   */
  static int required(ImmutableList<StaffingRequirement> rows) {
    int everyone = -1;
    int sum = 0;
    for (StaffingRequirement row : rows) {
      if (row.countsEveryone()) {
        everyone = Math.max(everyone, row.minimum());
      }
      sum += row.minimum();
    }
    return everyone >= 0 ? everyone : sum;
  }
}
