package org.careroster.constraints.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.careroster.constraints.Rule;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingRequirement;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * Encoding patterns shared by several rules' {@code post}: flags per day, "at most N in a row" and
 * "no two flags closer than a gap", each hard (named constraints) or soft (a penalty equal to the
 * validator's).
 */
public final class Encodings {
  private Encodings() {}

  /** Indices of the problem's shift types that {@code test} accepts. */
  public static int[] types(RosterModel model, Predicate<ShiftType> test) {
    List<ShiftType> types = model.problem().shiftTypes();
    return IntStream.range(0, types.size()).filter(t -> test.test(types.get(t))).toArray();
  }

  /** The date of each day index, as text for constraint names. */
  public static IntFunction<String> dates(RosterModel model) {
    List<LocalDate> dates = model.problem().horizon().dates();
    return d -> dates.get(d).toString();
  }

  /**
   * A boolean that is true when employee {@code e} works one of the shift types {@code types} on
   * day {@code d}: the model's shared {@code works} variable for one type, a reified membership for
   * several, the constant false for none.
   */
  public static BoolVar worksAny(RosterModel model, int e, int d, int[] types) {
    Model choco = model.chocoModel();
    if (types.length == 0) {
      return choco.boolVar(false);
    }
    if (types.length == 1) {
      return model.works(e, d, types[0]);
    }
    int[] values = new int[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = types[i] + 1;
    }
    BoolVar b = choco.boolVar();
    choco.member(model.shift(e, d), values).reifyWith(b);
    return b;
  }

  /** A boolean equal to the disjunction of {@code bools} (the constant false when empty). */
  public static BoolVar or(Model choco, List<BoolVar> bools) {
    if (bools.isEmpty()) {
      return choco.boolVar(false);
    }
    if (bools.size() == 1) {
      return bools.get(0);
    }
    BoolVar b = choco.boolVar();
    choco.max(b, bools.toArray(new BoolVar[0])).post();
    return b;
  }

  /** A boolean equal to the conjunction of {@code bools}. */
  public static BoolVar and(Model choco, List<BoolVar> bools) {
    if (bools.size() == 1) {
      return bools.get(0);
    }
    BoolVar b = choco.boolVar();
    choco.min(b, bools.toArray(new BoolVar[0])).post();
    return b;
  }

  /**
   * At most {@code maximum} flags in a row for one employee. Hard: every window of {@code maximum
   * + 1} consecutive days (wrapping, with repeated days counted as often as they occur, in a cyclic
   * horizon) sums to at most {@code maximum}; this also excludes the endless run of a rotation
   * flagged every day. Soft: the penalty counts the windows whose days are all flagged, which is
   * Σ (run length − maximum) over longer runs and the rotation's length for an endless run,
   * exactly as {@code LongRuns} reports.
   *
   * @param subject the employee, used in constraint names
   * @param dates names of the days, used in constraint names
   */
  public static void limitRuns(
      Rule rule,
      RosterModel model,
      String subject,
      IntFunction<String> dates,
      BoolVar[] flags,
      int maximum) {
    if (rule.severity().isHard()) {
      limitWindows(rule, model, subject, dates, flags, maximum + 1, maximum);
      return;
    }
    Model choco = model.chocoModel();
    int n = flags.length;
    int starts = model.isCyclic() ? n : n - maximum;
    List<BoolVar> windows = new ArrayList<>();
    for (int start = 0; start < starts; start++) {
      Map<Integer, Integer> times = window(n, start, maximum + 1, model.isCyclic());
      List<BoolVar> all = new ArrayList<>();
      for (int day : times.keySet()) {
        all.add(flags[day]);
      }
      windows.add(and(choco, all));
    }
    addPenalty(rule, model, subject, windows, null);
  }

  /**
   * The days of the window of {@code size} from {@code start}, each with how often it occurs: in
   * a cyclic horizon the window wraps and may hold a day more than once; in a calendar one it is
   * cut at the last day.
   */
  private static Map<Integer, Integer> window(int n, int start, int size, boolean cyclic) {
    Map<Integer, Integer> times = new LinkedHashMap<>();
    for (int k = 0; k < size && (cyclic || start + k < n); k++) {
      times.merge((start + k) % n, 1, Integer::sum);
    }
    return times;
  }

  /**
   * Hard: at most {@code maximum} flags in every window of {@code size} consecutive indices (one
   * from each index, wrapping and counting repeated indices as often as they occur in a cyclic
   * horizon, cut at the end in a calendar one), each a named scalar constraint.
   */
  public static void limitWindows(
      Rule rule,
      RosterModel model,
      String subject,
      IntFunction<String> names,
      BoolVar[] flags,
      int size,
      int maximum) {
    int n = flags.length;
    for (int start = 0; start < n; start++) {
      Map<Integer, Integer> times = window(n, start, size, model.isCyclic());
      int occurrences = times.values().stream().mapToInt(Integer::intValue).sum();
      if (occurrences <= maximum) {
        continue; // cannot exceed the maximum
      }
      IntVar[] vars = new IntVar[times.size()];
      int[] coeffs = new int[times.size()];
      int i = 0;
      for (Map.Entry<Integer, Integer> day : times.entrySet()) {
        vars[i] = flags[day.getKey()];
        coeffs[i++] = day.getValue();
      }
      Constraint window = model.chocoModel().scalar(vars, coeffs, "<=", maximum);
      window.setName(model.name(rule.id(), subject + "@" + names.apply(start) + "+" + size));
      window.post();
    }
  }

  /**
   * Forbids (hard) or costs (soft) two flagged days {@code gap} apart with none flagged between,
   * for every {@code gap} from {@code minGap} to {@code maxGap}: a pattern flagged, unflagged ×
   * (gap − 1), flagged. Calendar horizons read only patterns inside the horizon; cyclic ones wrap,
   * and a pattern needing a day both flagged and unflagged (a gap longer than the rotation) never
   * occurs. Soft: each pattern costs {@code cost.apply(gap)}.
   */
  public static void limitGaps(
      Rule rule,
      RosterModel model,
      String subject,
      IntFunction<String> dates,
      BoolVar[] flags,
      int minGap,
      int maxGap,
      IntFunction<Integer> cost) {
    Model choco = model.chocoModel();
    int n = flags.length;
    boolean cyclic = model.isCyclic();
    List<BoolVar> patterns = new ArrayList<>();
    List<Integer> costs = new ArrayList<>();
    for (int start = 0; start < n; start++) {
      for (int gap = minGap; gap <= maxGap; gap++) {
        if (!cyclic && start + gap >= n) {
          break;
        }
        // day index -> whether the pattern needs it flagged
        Map<Integer, Boolean> needs = new LinkedHashMap<>();
        boolean possible = true;
        for (int k = 0; k <= gap && possible; k++) {
          boolean flagged = k == 0 || k == gap;
          Boolean before = needs.put((start + k) % n, flagged);
          possible = before == null || before == flagged;
        }
        if (!possible) {
          continue;
        }
        List<BoolVar> literals = new ArrayList<>();
        for (Map.Entry<Integer, Boolean> need : needs.entrySet()) {
          BoolVar flag = flags[need.getKey()];
          literals.add(need.getValue() ? flag : flag.not());
        }
        if (rule.severity().isHard()) {
          BoolVar[] negated = new BoolVar[literals.size()];
          for (int i = 0; i < negated.length; i++) {
            negated[i] = literals.get(i).not();
          }
          Constraint clause = choco.sum(negated, ">=", 1);
          clause.setName(model.name(rule.id(), subject + "@" + dates.apply(start) + "+" + gap));
          clause.post();
        } else {
          patterns.add(and(choco, literals));
          costs.add(cost.apply(gap));
        }
      }
    }
    if (!rule.severity().isHard()) {
      addPenalty(rule, model, subject, patterns, costs);
    }
  }

  /**
   * Registers Σ costs × bools (each cost 1 if {@code costs} is null) as the rule's penalty for
   * {@code subject}; nothing when there is no term.
   */
  public static void addPenalty(
      Rule rule, RosterModel model, String subject, List<? extends IntVar> terms, List<Integer> costs) {
    if (terms.isEmpty()) {
      return;
    }
    Model choco = model.chocoModel();
    int[] coeffs = new int[terms.size()];
    long upper = 0;
    for (int i = 0; i < coeffs.length; i++) {
      coeffs[i] = costs == null ? 1 : costs.get(i);
      upper += (long) coeffs[i] * terms.get(i).getUB();
    }
    IntVar penalty = choco.intVar(model.name(rule.id(), subject), 0, Math.toIntExact(upper), true);
    choco.scalar(terms.toArray(new IntVar[0]), coeffs, "=", penalty).post();
    model.addPenalty(rule.id(), penalty, rule.severity().weight());
  }

  /** Posts {@code constraint} named {@code rule.id() + "[" + subject + "]"}. */
  public static void post(Rule rule, RosterModel model, String subject, Constraint constraint) {
    constraint.setName(model.name(rule.id(), subject));
    constraint.post();
  }

  /**
   * The number of people working {@code cover}'s shift on its date whom its requirement counts, as
   * a new variable (a count of the shift's value over their shift variables), like {@code
   * MinimumCover.staffed}.
   */
  public static IntVar staffed(RosterModel model, CoverRequirement cover) {
    Problem problem = model.problem();
    int day = problem.horizon().indexOf(cover.date());
    int type = model.shiftTypeIndex(cover.shift());
    List<IntVar> counted = new ArrayList<>();
    for (int e = 0; e < model.employees(); e++) {
      if (problem.counts(cover.requirement(), problem.employees().get(e), cover.date())) {
        counted.add(model.shift(e, day));
      }
    }
    Model choco = model.chocoModel();
    IntVar staffed = choco.intVar("staffed[" + coverSubject(cover) + "]", 0, counted.size(), true);
    if (counted.isEmpty()) {
      return staffed;
    }
    // A count over the shift variables: no boolean per employee, day and shift type is needed.
    choco.count(type + 1, counted.toArray(new IntVar[0]), staffed).post();
    return staffed;
  }

  /** A cover requirement as the subject of a constraint name: {@code D@2027-01-04:nurse+x}. */
  public static String coverSubject(CoverRequirement cover) {
    StaffingRequirement r = cover.requirement();
    if (r.countsEveryone()) {
      return cover.shift() + "@" + cover.date();
    }
    List<String> parts = new ArrayList<>(cover.roles());
    if (r.formalHealthEducation()) {
      parts.add("formal-education");
    }
    parts.addAll(r.competences());
    return cover.shift() + "@" + cover.date() + ":" + String.join("+", parts);
  }
}
