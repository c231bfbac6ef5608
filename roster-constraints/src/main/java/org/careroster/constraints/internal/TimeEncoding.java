package org.careroster.constraints.internal;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.PlanningHorizon;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * Building blocks shared by the solver encodings of the working-time rules: complete weeks by day
 * index, day indexes across the wrap of a rotation, sums, excesses and "works one of these
 * shifts" booleans.
 */
public final class TimeEncoding {
  private TimeEncoding() {}

  /** Minute sums get interval domains: enumerating thousands of values makes propagation crawl. */
  public static final boolean BOUNDED = true;

  /** Names {@code constraint} {@code ruleId[subject]} and posts it. */
  public static void post(RosterModel model, Constraint constraint, String ruleId, String subject) {
    constraint.setName(model.name(ruleId, subject));
    constraint.post();
  }

  /** The employee's id and a date, as the subject of a constraint: {@code E1@2027-01-04}. */
  public static String subject(RosterModel model, int employee, LocalDate date) {
    return model.problem().employees().get(employee).id() + "@" + date;
  }

  /**
   * Day indexes of the Mondays that start a complete week (Monday to Sunday) inside the horizon,
   * the same weeks as {@link RosterView#weekStarts()}.
   */
  public static int[] weekStarts(PlanningHorizon horizon) {
    ImmutableList<LocalDate> dates = horizon.dates();
    List<Integer> mondays = new ArrayList<>();
    for (int d = 0; d + 6 < dates.size(); d++) {
      if (dates.get(d).getDayOfWeek() == DayOfWeek.MONDAY) {
        mondays.add(d);
      }
    }
    return mondays.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The variable index of day {@code day} (which may lie before or after the horizon): modulo the
   * rotation in a cyclic horizon, -1 outside a calendar horizon (nobody works there).
   */
  public static int index(RosterModel model, int day) {
    int days = model.days();
    if (model.isCyclic()) {
      return Math.floorMod(day, days);
    }
    return day >= 0 && day < days ? day : -1;
  }

  /** A new bounded variable equal to Σ coeffs[i] × vars[i] (coefficients not negative). */
  public static IntVar sum(RosterModel model, String name, IntVar[] vars, int[] coeffs) {
    Model choco = model.chocoModel();
    long lb = 0;
    long ub = 0;
    for (int i = 0; i < vars.length; i++) {
      lb += (long) coeffs[i] * vars[i].getLB();
      ub += (long) coeffs[i] * vars[i].getUB();
    }
    IntVar total = choco.intVar(name, Math.toIntExact(lb), Math.toIntExact(ub), BOUNDED);
    choco.scalar(vars, coeffs, "=", total).post();
    return total;
  }

  /** A new bounded variable equal to Σ vars[i]. */
  public static IntVar sum(RosterModel model, String name, List<? extends IntVar> vars) {
    int[] ones = new int[vars.size()];
    java.util.Arrays.fill(ones, 1);
    return sum(model, name, vars.toArray(new IntVar[0]), ones);
  }

  /** A new bounded variable equal to max(0, x − limit). */
  public static IntVar excess(RosterModel model, String name, IntVar x, int limit) {
    Model choco = model.chocoModel();
    IntVar excess = choco.intVar(name, 0, Math.max(0, x.getUB() - limit), BOUNDED);
    choco.max(excess, choco.intVar(0), choco.intOffsetView(x, -limit)).post();
    return excess;
  }

  /**
   * Whether employee {@code e} works on day {@code d} one of the shift values {@code mask} marks
   * ({@code mask[0]}, off, is ignored); {@code null} when the mask marks none.
   */
  public static BoolVar worksAny(RosterModel model, int e, int d, boolean[] mask) {
    List<Integer> values = new ArrayList<>();
    for (int v = 1; v < mask.length; v++) {
      if (mask[v]) {
        values.add(v - 1);
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() == mask.length - 1) {
      return model.working(e, d);
    }
    return Encodings.worksAny(model, e, d, values.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The disjunction of {@code bools} ({@code null} entries and repeats ignored); false if none. */
  public static BoolVar any(RosterModel model, List<BoolVar> bools) {
    List<BoolVar> present = new ArrayList<>();
    for (BoolVar b : bools) {
      if (b != null && !present.contains(b)) {
        present.add(b);
      }
    }
    return Encodings.or(model.chocoModel(), present);
  }

  /** The conjunction of {@code bools} (repeats allowed). */
  public static BoolVar all(RosterModel model, List<BoolVar> bools) {
    return Encodings.and(model.chocoModel(), bools);
  }

  /**
   * Registers {@code parts} (each at least 0) as one penalty of {@code ruleId} for the subject
   * {@code name}; does nothing when there are none.
   */
  public static void penalty(RosterModel model, String ruleId, String name, List<IntVar> parts, int weight) {
    if (parts.isEmpty()) {
      return;
    }
    IntVar total = parts.size() == 1 ? parts.get(0) : sum(model, model.name(ruleId, name), parts);
    model.addPenalty(ruleId, total, weight);
  }

  /**
   * The real minutes employee {@code e} works in the shifts starting in each complete week
   * ({@link #weekStarts}), as in {@link WeekWindows#minutesByWeek}: sums of {@link
   * RosterModel#minutes(int, int)}.
   */
  public static IntVar[] minutesByWeek(RosterModel model, int e, int[] mondays) {
    IntVar[] weeks = new IntVar[mondays.length];
    for (int w = 0; w < mondays.length; w++) {
      List<IntVar> days = new ArrayList<>();
      for (int d = mondays[w]; d < mondays[w] + 7; d++) {
        days.add(model.minutes(e, d));
      }
      weeks[w] =
          sum(model, "week-minutes[" + subject(model, e, model.problem().horizon().dates().get(mondays[w])) + "]", days);
    }
    return weeks;
  }
}
