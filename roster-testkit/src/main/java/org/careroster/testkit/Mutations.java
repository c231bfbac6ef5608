package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * One-step changes of a roster for metamorphic tests (e.g. "dropping a shift never lowers the
 * minimum-cover penalty"): each returns a new roster that differs from the given one by exactly
 * one assignment moved, swapped, dropped or added, or the same roster when none is possible.
 */
public final class Mutations {

  private Mutations() {}

  /** {@code roster} with one random assignment moved to another date of the horizon (same employee and shift). */
  public static Roster move(RandomGenerator random, Problem problem, Roster roster) {
    List<Assignment> shifts = new ArrayList<>(checkNotNull(roster, "roster").assignments());
    if (shifts.isEmpty()) {
      return roster;
    }
    int i = random.nextInt(shifts.size());
    Assignment a = shifts.get(i);
    List<LocalDate> dates = problem.horizon().dates();
    LocalDate to = dates.get(random.nextInt(dates.size()));
    Assignment moved = Assignment.of(a.employee(), to, a.shift());
    if (shifts.contains(moved)) {
      return roster;
    }
    shifts.set(i, moved);
    return Roster.of(shifts);
  }

  /** {@code roster} with the employees of two random assignments swapped (when that makes no duplicate). */
  public static Roster swap(RandomGenerator random, Roster roster) {
    List<Assignment> shifts = new ArrayList<>(roster.assignments());
    if (shifts.size() < 2) {
      return roster;
    }
    int i = random.nextInt(shifts.size());
    int j = random.nextInt(shifts.size());
    Assignment a = shifts.get(i);
    Assignment b = shifts.get(j);
    Assignment a2 = Assignment.of(b.employee(), a.date(), a.shift());
    Assignment b2 = Assignment.of(a.employee(), b.date(), b.shift());
    if (i == j || shifts.contains(a2) || shifts.contains(b2)) {
      return roster;
    }
    shifts.set(i, a2);
    shifts.set(j, b2);
    return Roster.of(shifts);
  }

  /** {@code roster} without one random assignment. */
  public static Roster drop(RandomGenerator random, Roster roster) {
    List<Assignment> shifts = new ArrayList<>(roster.assignments());
    if (shifts.isEmpty()) {
      return roster;
    }
    shifts.remove(random.nextInt(shifts.size()));
    return Roster.of(shifts);
  }

  /** {@code roster} with one random assignment added (an employee, date and shift type of the problem it does not have yet). */
  public static Roster add(RandomGenerator random, Problem problem, Roster roster) {
    List<Assignment> shifts = new ArrayList<>(roster.assignments());
    Assignment added = Assignment.of(problem.employees().get(random.nextInt(problem.employees().size())).id(),
        problem.horizon().dates().get(random.nextInt(problem.horizon().dates().size())),
        problem.shiftTypes().get(random.nextInt(problem.shiftTypes().size())).code());
    if (shifts.contains(added)) {
      return roster;
    }
    shifts.add(added);
    return Roster.of(shifts);
  }
}
