package org.careroster.constraints.internal;

import java.util.Arrays;
import java.util.Random;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.solver.search.loop.lns.neighbors.IntNeighbor;
import org.chocosolver.solver.variables.IntVar;

/**
 * A roster-shaped LNS neighbourhood over day-major shift variables: each run keeps the best roster
 * except for either a few whole employees (so they can trade shifts) or a short window of days for
 * everybody (so a day's shifts can be reshuffled). Shaped like a roster, it improves faster than
 * Choco's built-in random neighbourhood, which freezes scattered single cells.
 */
final class RosterNeighborhood extends IntNeighbor {

  private final int employees;
  private final int days;
  private final Random random;
  private final boolean[] relaxed;

  RosterNeighborhood(IntVar[] dayMajorShifts, int employees, int days, long seed) {
    super(dayMajorShifts);
    this.employees = employees;
    this.days = days;
    this.random = new Random(seed);
    this.relaxed = new boolean[dayMajorShifts.length];
  }

  @Override
  public void fixSomeVariables() throws ContradictionException {
    Arrays.fill(relaxed, false);
    if (employees > 1 && (days == 1 || random.nextBoolean())) {
      int count = Math.min(employees, 2 + random.nextInt(3));
      for (int i = 0; i < count; i++) {
        int e = random.nextInt(employees);
        for (int d = 0; d < days; d++) {
          relaxed[d * employees + e] = true;
        }
      }
    } else {
      int width = Math.min(days, 2 + random.nextInt(3));
      int first = random.nextInt(days - width + 1);
      for (int d = first; d < first + width; d++) {
        for (int e = 0; e < employees; e++) {
          relaxed[d * employees + e] = true;
        }
      }
    }
    for (int i = 0; i < variables.length; i++) {
      if (!relaxed[i]) {
        freeze(i);
      }
    }
  }
}
