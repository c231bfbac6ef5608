package org.careroster.constraints.internal.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * What every search of one solve shares: the problem, the weighted rules, the options, the pinned
 * and kept-off employee-days and the previous roster; and how to build the model from them.
 */
final class SolveSetup {
  final Problem problem;
  final RuleSet rules;
  final SolverOptions options;
  /** Pinned assignments by key employee index × days + day index. */
  final Map<Long, Assignment> pins;
  /** Employee-days (same keys) kept free of work. */
  final Set<Long> off;
  /** The previous roster's value (0 = off, s + 1) per employee and day, or null without one. */
  final int[][] previous;

  private SolveSetup(Problem problem, RuleSet rules, SolverOptions options, Set<Long> off) {
    this.problem = problem;
    this.rules = rules;
    this.options = options;
    this.pins = pins(problem, options);
    this.off = off;
    this.previous = previous(problem, options);
  }

  /**
   * The setup of one solve.
   *
   * @throws IllegalArgumentException if a pinned assignment or the previous roster does not fit
   *     the problem
   */
  static SolveSetup of(Problem problem, RuleSet rules, SolverOptions options, Set<Long> off) {
    return new SolveSetup(problem, rules, options, off);
  }

  /** The model with {@code rules} posted, the pins, the days kept off and the stability penalty. */
  ChocoRosterModel build(RuleSet rules) {
    ChocoRosterModel rosterModel = new ChocoRosterModel(problem);
    for (Rule rule : rules.rules()) {
      rule.post(rosterModel);
    }
    rosterModel.postImpliedConstraints();
    Model model = rosterModel.chocoModel();
    int days = problem.horizon().days();
    for (Map.Entry<Long, Assignment> pin : pins.entrySet()) {
      int e = (int) (pin.getKey() / days);
      int d = (int) (pin.getKey() % days);
      Assignment a = pin.getValue();
      Constraint keep = model.arithm(rosterModel.shift(e, d), "=", typeIndex(problem, a.shift()) + 1);
      keep.setName(rosterModel.name("pinned", a.employee() + "@" + a.date() + ":" + a.shift()));
      keep.post();
    }
    for (long key : off) {
      int e = (int) (key / days);
      int d = (int) (key % days);
      Constraint keep = model.arithm(rosterModel.shift(e, d), "=", 0);
      keep.setName(rosterModel.name("kept off", problem.employees().get(e).id() + "@" + problem.horizon().dates().get(d)));
      keep.post();
    }
    if (previous != null) {
      List<BoolVar> changed = new ArrayList<>();
      for (int e = 0; e < problem.employees().size(); e++) {
        for (int d = 0; d < days; d++) {
          changed.add(model.isNeq(rosterModel.shift(e, d), previous[e][d]));
        }
      }
      IntVar count = model.intVar(RosterSolver.STABILITY, 0, changed.size(), true);
      model.sum(changed.toArray(new BoolVar[0]), "=", count).post();
      rosterModel.addPenalty(RosterSolver.STABILITY, count, options.changeWeight());
    }
    return rosterModel;
  }

  /** The problem's fixed assignments and the options' pinned ones, by employee index and day. */
  private static Map<Long, Assignment> pins(Problem problem, SolverOptions options) {
    Map<Long, Assignment> pins = new LinkedHashMap<>();
    List<Assignment> all = new ArrayList<>(problem.fixedAssignments());
    all.addAll(options.pinned());
    Roster asRoster;
    try {
      asRoster = Roster.of(options.pinned());
      problem.checkReferences(asRoster);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException(
          "SolverOptions: " + e.path().replace("assignments", "pinned") + " (" + e.value() + ") " + e.expectation(), e);
    }
    for (int i = 0; i < all.size(); i++) {
      Assignment a = all.get(i);
      int e = indexOf(problem, a.employee());
      long key = (long) e * problem.horizon().days() + problem.horizon().indexOf(a.date());
      Assignment earlier = pins.putIfAbsent(key, a);
      checkArgument(
          earlier == null || earlier.shift().equals(a.shift()),
          "RosterSolver: %s on %s is pinned to both %s and %s; the solver gives an employee one shift a day",
          a.employee(),
          a.date(),
          earlier == null ? "" : earlier.shift(),
          a.shift());
    }
    return pins;
  }

  /** The previous roster's value (0 = off, s + 1) per employee and day, or null without one. */
  static int[][] previous(Problem problem, SolverOptions options) {
    if (options.previous().isEmpty()) {
      return null;
    }
    Roster previous = options.previous().get();
    try {
      problem.checkReferences(previous);
    } catch (InvalidModelException e) {
      throw new IllegalArgumentException("SolverOptions: previous roster: " + e.getMessage(), e);
    }
    int[][] values = new int[problem.employees().size()][problem.horizon().days()];
    for (Assignment a : previous.assignments()) {
      int e = indexOf(problem, a.employee());
      int d = problem.horizon().indexOf(a.date());
      checkArgument(
          values[e][d] == ChocoRosterModel.OFF,
          "SolverOptions: the previous roster gives %s two shifts on %s; the solver compares one a day",
          a.employee(),
          a.date());
      values[e][d] = typeIndex(problem, a.shift()) + 1;
    }
    return values;
  }

  static int indexOf(Problem problem, String employee) {
    for (int e = 0; e < problem.employees().size(); e++) {
      if (problem.employees().get(e).id().equals(employee)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown employee " + employee);
  }

  static int typeIndex(Problem problem, String code) {
    for (int s = 0; s < problem.shiftTypes().size(); s++) {
      if (problem.shiftTypes().get(s).code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown shift type " + code);
  }

  /** Employee-days of {@code roster} that differ from the previous roster's {@code values}. */
  static long changes(Problem problem, int[][] previous, Roster roster) {
    int[][] now = new int[problem.employees().size()][problem.horizon().days()];
    for (Assignment a : roster.assignments()) {
      now[indexOf(problem, a.employee())][problem.horizon().indexOf(a.date())] = typeIndex(problem, a.shift()) + 1;
    }
    long changes = 0;
    for (int e = 0; e < now.length; e++) {
      for (int d = 0; d < now[e].length; d++) {
        if (now[e][d] != previous[e][d]) {
          changes++;
        }
      }
    }
    return changes;
  }
}
