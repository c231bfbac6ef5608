package org.careroster.constraints.internal;

import java.util.Arrays;
import java.util.Random;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.search.loop.lns.neighbors.IntNeighbor;
import org.chocosolver.solver.variables.IntVar;

/**
 * A roster-shaped LNS neighbourhood over day-major shift variables: each run keeps the best roster
 * except for a few whole employees (so they can trade shifts), a short window of days for everybody
 * (so a day's shifts can be reshuffled), or a block of several employees over one to two weeks (so
 * runs and rests can move with the shifts), chosen at random in equal measure. Shaped like a roster, it improves faster than
 * Choco's built-in random neighbourhood, which freezes scattered single cells.
 */
final class RosterNeighborhood extends IntNeighbor {

  private final int employees;
  private final int days;
  private final Random random;
  private final boolean[] relaxed;
  private final int[][] headCount; // [day][value]

  RosterNeighborhood(IntVar[] dayMajorShifts, int employees, int days, int[][] headCount, long seed) {
    super(dayMajorShifts);
    this.headCount = headCount;
    this.employees = employees;
    this.days = days;
    this.random = new Random(seed);
    this.relaxed = new boolean[dayMajorShifts.length];
  }

  @Override
  public void fixSomeVariables() throws ContradictionException {
    Arrays.fill(relaxed, false);
    int kind = employees > 1 ? random.nextInt(4) : 1;
    if (kind == 3 && relaxAroundShortfall()) {
      // done: a window around a shift below its head count, for people who could take it
    } else if (kind == 0 || days == 1) {
      // A few whole employees: they can trade shifts over the whole horizon.
      int count = Math.min(employees, 2 + random.nextInt(3));
      for (int i = 0; i < count; i++) {
        relax(random.nextInt(employees), 0, days);
      }
    } else if (kind == 1) {
      // A short window of days for everybody: a day's shifts can be reshuffled.
      int width = Math.min(days, 2 + random.nextInt(3));
      int first = random.nextInt(days - width + 1);
      for (int e = 0; e < employees; e++) {
        relax(e, first, width);
      }
    } else {
      // A block: several employees over one to two weeks, so runs and rests can move with them.
      int count = Math.min(employees, 3 + random.nextInt(6));
      int width = Math.min(days, 7 + random.nextInt(8));
      int first = random.nextInt(days - width + 1);
      for (int i = 0; i < count; i++) {
        relax(random.nextInt(employees), first, width);
      }
    }
    for (int i = 0; i < variables.length; i++) {
      if (!relaxed[i]) {
        freeze(i);
      }
    }
  }

  /**
   * Relaxes a window of a few days around a random (day, shift) of the best roster that is below
   * its head count, for several employees who are off that day or on a shift above its head
   * count: the people who could fill the gap, with room to move their runs and rests. False if no
   * shift is short.
   */
  private boolean relaxAroundShortfall() {
    int kinds = headCount[0].length;
    int[] staffed = new int[kinds];
    int shortDay = -1;
    int shortValue = -1;
    int seen = 0;
    for (int d = 0; d < days; d++) {
      Arrays.fill(staffed, 0);
      for (int e = 0; e < employees; e++) {
        staffed[values[d * employees + e]]++;
      }
      for (int v = 1; v < kinds; v++) {
        if (staffed[v] < headCount[d][v] && random.nextInt(++seen) == 0) {
          shortDay = d; // reservoir sampling: each short cell equally likely
          shortValue = v;
        }
      }
    }
    if (shortDay < 0) {
      return false;
    }
    Arrays.fill(staffed, 0);
    for (int e = 0; e < employees; e++) {
      staffed[values[shortDay * employees + e]]++;
    }
    int[] candidates = new int[employees];
    int count = 0;
    for (int e = 0; e < employees; e++) {
      int v = values[shortDay * employees + e];
      if (v == 0 || staffed[v] > headCount[shortDay][v]) {
        candidates[count++] = e;
      }
    }
    if (count == 0) {
      return false;
    }
    int half = 1 + random.nextInt(4);
    int first = Math.max(0, shortDay - half);
    int width = Math.min(days, shortDay + half + 1) - first;
    int chosen = Math.min(count, 2 + random.nextInt(5));
    for (int i = 0; i < chosen; i++) {
      int pick = i + random.nextInt(count - i);
      int e = candidates[pick];
      candidates[pick] = candidates[i];
      candidates[i] = e;
      relax(e, first, width);
    }
    return true;
  }

  private void relax(int employee, int first, int width) {
    for (int d = first; d < first + width; d++) {
      relaxed[d * employees + employee] = true;
    }
  }
}
