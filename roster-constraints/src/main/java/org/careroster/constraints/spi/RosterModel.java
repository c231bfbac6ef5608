package org.careroster.constraints.spi;

import org.careroster.core.Problem;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The solver's view of a problem, handed to {@link org.careroster.constraints.Rule#post}.
 *
 * <p>Each employee {@code e} (index into {@link Problem#employees()}) has one variable per day
 * {@code d} (index into the horizon's dates): {@link #shift(int, int)} is {@link #OFF} when the
 * employee is off and {@code s + 1} when they work {@code problem().shiftTypes().get(s)}.
 */
public interface RosterModel {

  /** Value of a {@link #shift(int, int)} variable on a day off. */
  int OFF = 0;

  /** The problem being encoded. */
  Problem problem();

  /** The underlying Choco model, for posting constraints. */
  Model chocoModel();

  /** The shift worked by employee {@code employee} on day {@code day}, or {@link #OFF}. */
  IntVar shift(int employee, int day);

  /** Whether employee {@code employee} works shift type {@code shiftType} on day {@code day}. */
  BoolVar works(int employee, int day, int shiftType);

  /** Whether employee {@code employee} works any shift on day {@code day}; created once, shared. */
  BoolVar working(int employee, int day);

  /**
   * Real minutes employee {@code employee} works in the shift starting on day {@code day} (0 when
   * off): an {@code element} over {@link #minutesByValue(int)}, created once and shared by every
   * rule that sums working time.
   */
  IntVar minutes(int employee, int day);

  /** Number of days in the horizon (the second index of {@link #shift(int, int)}). */
  default int days() {
    return problem().horizon().days();
  }

  /** Number of employees (the first index of {@link #shift(int, int)}). */
  default int employees() {
    return problem().employees().size();
  }

  /**
   * Whether the horizon is a repeating rotation: rules about sequences and windows then wrap from
   * the last day to the first (index arithmetic modulo {@link #days()}).
   */
  default boolean isCyclic() {
    return problem().horizon().isCyclic();
  }

  /**
   * Index in {@link Problem#shiftTypes()} of the shift type with code {@code code}.
   *
   * @throws IllegalArgumentException if the problem has no such shift type
   */
  int shiftTypeIndex(String code);

  /**
   * Real minutes worked on day {@code day} by each value of a {@link #shift(int, int)} variable:
   * element 0 ({@link #OFF}) is 0, element {@code s + 1} the real duration of shift type {@code s}
   * starting that day (daylight-saving changes included). The array is shared: do not modify it.
   */
  int[] minutesByValue(int day);

  /**
   * Adds {@code weight × penalty} to the objective the solver minimises. {@code ruleId} names the
   * rule in error messages; the objective's breakdown per rule comes from the validator's report.
   *
   * @throws IllegalArgumentException if {@code weight} is not positive or {@code penalty} can go
   *     below 0
   */
  void addPenalty(String ruleId, IntVar penalty, int weight);

  /**
   * Tells the model that a hard rule keeps {@code employee}'s worked time over the horizon between
   * {@code minMinutes} and {@code maxMinutes} (already posted by the rule). The model may use it to
   * aim its first descent and to post implied constraints that propagate more strongly; these
   * never change which rosters are accepted. Facts narrow each other; a model may ignore them.
   */
  default void hintWorkload(int employee, long minMinutes, long maxMinutes) {}

  /**
   * Tells the model that hard rules keep {@code employee}'s runs of working days between {@code
   * minWork} and {@code maxWork} and runs of days off at least {@code minOff} long, runs touching
   * the edges of a calendar horizon exempt from the minimums (already posted by the rules). Like
   * {@link #hintWorkload}, only for implied constraints and the search; facts narrow each other.
   */
  default void hintRuns(int employee, int minWork, int maxWork, int minOff) {}

  /** The name to give a posted constraint: {@code ruleId + "[" + subject + "]"}. */
  default String name(String ruleId, String subject) {
    return ruleId + "[" + subject + "]";
  }
}
