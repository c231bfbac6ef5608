package org.careroster.constraints.internal;

import java.util.HashMap;
import java.util.Map;
import org.careroster.constraints.spi.RosterModel;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.variables.IntVar;

/**
 * A cheap value choice for the shift variables: give an employee who is behind their share of the
 * work the shift that is furthest below its minimum cover that day; otherwise a day off. Only
 * instantiated variables are read, so the choice costs one pass over the day's column.
 */
final class CoverDrivenValues implements IntValueSelector {

  private final IntVar[][] shifts; // [employee][day]
  private final int[][] minimum; // [day][value], value 0 (off) unused
  private final long[] targetMinutes; // [employee] over the horizon
  private final int[][] minutesByValue; // [day][value]
  private final Map<IntVar, int[]> position = new HashMap<>();

  /**
   * @param headCount [day][value]: people the staffing plan needs on that shift, the largest
   *     minimum of its rows
   */
  CoverDrivenValues(RosterModel model, IntVar[][] shifts, long[] targetMinutes, int[][] headCount) {
    this.shifts = shifts;
    this.targetMinutes = targetMinutes;
    this.minimum = headCount;
    int days = headCount.length;
    this.minutesByValue = new int[days][];
    for (int d = 0; d < days; d++) {
      minutesByValue[d] = model.minutesByValue(d);
    }
    for (int e = 0; e < shifts.length; e++) {
      for (int d = 0; d < days; d++) {
        position.put(shifts[e][d], new int[] {e, d});
      }
    }
  }

  @Override
  public int selectValue(IntVar var) {
    int[] at = position.get(var);
    if (at == null) {
      return var.getLB();
    }
    int employee = at[0];
    int day = at[1];
    int days = minimum.length;
    long worked = 0;
    int decided = 0; // days of this employee already settled: the share is measured over them
    for (int d = 0; d < days; d++) {
      IntVar x = shifts[employee][d];
      if (x.isInstantiated()) {
        worked += minutesByValue[d][x.getValue()];
        decided++;
      }
    }
    boolean behind = worked * days < targetMinutes[employee] * (decided + 1);
    if (behind) {
      int bestValue = -1;
      int bestGap = 0;
      for (int v = 1; v < minimum[day].length; v++) {
        if (!var.contains(v)) {
          continue;
        }
        int staffed = 0;
        for (IntVar[] row : shifts) {
          if (row[day].isInstantiated() && row[day].getValue() == v) {
            staffed++;
          }
        }
        int gap = minimum[day][v] - staffed;
        if (gap > bestGap) {
          bestGap = gap;
          bestValue = v;
        }
      }
      if (bestValue > 0) {
        return bestValue;
      }
    }
    return var.contains(RosterModel.OFF) ? RosterModel.OFF : var.getLB();
  }
}
