package org.careroster.constraints.internal;

import java.util.HashMap;
import java.util.Map;
import org.careroster.constraints.spi.RosterModel;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.variables.IntVar;

/**
 * A cheap value choice for the shift variables: give an employee who is behind their share of the
 * work the shift they asked for, or else the shift furthest below its head count that day (never
 * one they asked not to work); otherwise a day off. Only instantiated variables are read, so the
 * choice costs one pass over the day's column.
 */
final class CoverDrivenValues implements IntValueSelector {

  private final IntVar[][] shifts; // [employee][day]
  private final int[][] minimum; // [day][value], value 0 (off) unused
  private final long[] targetMinutes; // [employee] over the horizon
  private final int[][] minutesByValue; // [day][value]
  private final int[][] wishes; // [employee][day]: s + 1 wished, -1 off, -(s + 2) not s, 0 none
  private final Map<IntVar, int[]> position = new HashMap<>();

  /**
   * @param headCount [day][value]: people the staffing plan asks for on that shift
   * @param wishes [employee][day]: the value wished for (s + 1), -1 for a day off wished, -(s + 2)
   *     for a shift s not wished, 0 for no wish
   */
  CoverDrivenValues(
      RosterModel model, IntVar[][] shifts, long[] targetMinutes, int[][] headCount, int[][] wishes) {
    this.shifts = shifts;
    this.wishes = wishes;
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
    int wish = wishes[employee][day];
    if (behind && wish > 0 && var.contains(wish)) {
      return wish;
    }
    if (behind && wish != -1) {
      int bestValue = -1;
      int bestGap = 0;
      for (int v = 1; v < minimum[day].length; v++) {
        if (!var.contains(v) || wish == -(v + 1)) {
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
