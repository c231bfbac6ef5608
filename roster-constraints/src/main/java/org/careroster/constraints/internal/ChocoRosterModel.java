package org.careroster.constraints.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.search.loop.lns.neighbors.INeighbor;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.strategy.AbstractStrategy;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

/**
 * The Choco model of one problem: one shift variable per employee and day, plus the penalties of
 * soft rules. Not thread-safe; one instance per solve.
 */
public final class ChocoRosterModel implements RosterModel {

  private final Problem problem;
  private final Model model;
  private final IntVar[][] shifts; // [employee][day]
  private final BoolVar[][][] works; // [employee][day][shiftType], created on demand
  private final BoolVar[][] working; // [employee][day], created on demand
  private final IntVar[][] minutes; // [employee][day], created on demand
  private final ImmutableMap<String, Integer> shiftTypeIndex;
  private final int[][] minutesByValue; // [day][value]
  // The objective's terms, in the order rules added them: penalties[i] costs weights[i].
  private final List<IntVar> penalties = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();
  // Workload hints for the first descent (minutes over the horizon), [employee].
  private final long[] workloadMin;
  private final long[] workloadMax;
  // Run facts for implied constraints, [employee]: {minWork, maxWork, minOff}.
  private final int[][] runs;

  /** Creates the variables of {@code problem} in a new Choco model. */
  public ChocoRosterModel(Problem problem) {
    this.problem = problem;
    this.model = new Model("careroster");
    int employees = problem.employees().size();
    int days = problem.horizon().days();
    int types = problem.shiftTypes().size();
    this.shifts = new IntVar[employees][days];
    this.works = new BoolVar[employees][days][types];
    this.working = new BoolVar[employees][days];
    this.minutes = new IntVar[employees][days];
    this.workloadMin = new long[employees];
    this.workloadMax = new long[employees];
    java.util.Arrays.fill(workloadMax, Long.MAX_VALUE);
    this.runs = new int[employees][];
    for (int e = 0; e < employees; e++) {
      runs[e] = new int[] {1, Integer.MAX_VALUE, 1};
    }
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int s = 0; s < types; s++) {
      index.put(problem.shiftTypes().get(s).code(), s);
    }
    this.shiftTypeIndex = index.build();
    this.minutesByValue = new int[days][types + 1];
    for (int d = 0; d < days; d++) {
      LocalDate date = problem.horizon().dates().get(d);
      for (int s = 0; s < types; s++) {
        minutesByValue[d][s + 1] =
            Math.toIntExact(problem.shiftTypes().get(s).realDuration(date).toMinutes());
      }
    }
    for (int e = 0; e < employees; e++) {
      for (int d = 0; d < days; d++) {
        shifts[e][d] =
            model.intVar(
                "shift[" + problem.employees().get(e).id() + "@" + problem.horizon().dates().get(d) + "]",
                OFF,
                types);
      }
    }
  }

  @Override
  public Problem problem() {
    return problem;
  }

  @Override
  public Model chocoModel() {
    return model;
  }

  @Override
  public IntVar shift(int employee, int day) {
    return shifts[employee][day];
  }

  @Override
  public BoolVar works(int employee, int day, int shiftType) {
    BoolVar b = works[employee][day][shiftType];
    if (b == null) {
      b = model.isEq(shifts[employee][day], shiftType + 1);
      works[employee][day][shiftType] = b;
    }
    return b;
  }

  @Override
  public BoolVar working(int employee, int day) {
    BoolVar b = working[employee][day];
    if (b == null) {
      b = model.isNeq(shifts[employee][day], OFF);
      working[employee][day] = b;
    }
    return b;
  }

  @Override
  public IntVar minutes(int employee, int day) {
    IntVar m = minutes[employee][day];
    if (m == null) {
      int[] byValue = minutesByValue[day];
      m = model.intVar(
          "minutes[" + problem.employees().get(employee).id() + "@" + problem.horizon().dates().get(day) + "]",
          IntStream.of(byValue).distinct().sorted().toArray());
      model.element(m, byValue, shifts[employee][day]).post();
      minutes[employee][day] = m;
    }
    return m;
  }

  @Override
  public int shiftTypeIndex(String code) {
    Integer index = shiftTypeIndex.get(code);
    checkArgument(
        index != null, "unknown shift type \"%s\"; the problem has %s", code, shiftTypeIndex.keySet());
    return index;
  }

  @Override
  public int[] minutesByValue(int day) {
    return minutesByValue[day];
  }

  @Override
  public void addPenalty(String ruleId, IntVar penalty, int weight) {
    checkArgument(weight > 0, "weight (%s) of a penalty for %s must be positive", weight, ruleId);
    checkArgument(penalty.getLB() >= 0, "penalty %s for %s must not go below 0", penalty, ruleId);
    penalties.add(penalty);
    weights.add(weight);
  }

  @Override
  public void hintWorkload(int employee, long minMinutes, long maxMinutes) {
    workloadMin[employee] = Math.max(workloadMin[employee], minMinutes);
    workloadMax[employee] = Math.min(workloadMax[employee], maxMinutes);
  }

  @Override
  public void hintRuns(int employee, int minWork, int maxWork, int minOff) {
    int[] r = runs[employee];
    r[0] = Math.max(r[0], minWork);
    r[1] = Math.min(r[1], maxWork);
    r[2] = Math.max(r[2], minOff);
  }

  /**
   * Posts implied constraints from the hard facts the rules reported: for each employee of a
   * calendar horizon with a bound on worked time, one {@code costRegular} over their shift
   * variables whose automaton accepts exactly the run patterns the run facts allow and whose cost
   * is the minutes worked, within the bounds. Alone, the run windows and the sum of minutes
   * cannot see that runs and rests cap how much a row can hold; the automaton can, so a row that
   * can no longer reach its minimum fails at once instead of at its last day.
   */
  public void postImpliedConstraints() {
    if (problem.horizon().isCyclic()) {
      return;
    }
    int days = problem.horizon().days();
    int values = problem.shiftTypes().size() + 1;
    for (int e = 0; e < shifts.length; e++) {
      int[] r = runs[e];
      boolean bounded = workloadMin[e] > 0 || workloadMax[e] < Long.MAX_VALUE;
      if (!bounded || (r[0] <= 1 && r[1] >= days && r[2] <= 1)) {
        continue;
      }
      int maxWork = Math.min(r[1], days);
      int minWork = Math.min(r[0], maxWork);
      int minOff = Math.max(1, r[2]);
      // Over the shift values, the cost is exact minutes; with many days and shift types that
      // graph is too large (Curtois Instance 24: out of 4 GB), so the working flags carry it
      // instead, counting days within the bounds the shortest and longest shift allow.
      int minLength = Integer.MAX_VALUE;
      int maxLength = 0;
      for (int d = 0; d < days; d++) {
        for (int v = 1; v < values; v++) {
          minLength = Math.min(minLength, minutesByValue[d][v]);
          maxLength = Math.max(maxLength, minutesByValue[d][v]);
        }
      }
      boolean byValue = (long) days * values * 2 * (maxWork + minOff) <= IMPLIED_GRAPH_LIMIT;
      int[] work;
      IntVar[] row;
      int rest;
      if (byValue) {
        work = new int[values - 1];
        for (int v = 1; v < values; v++) {
          work[v - 1] = v;
        }
        row = shifts[e];
        rest = OFF;
      } else {
        work = new int[] {1};
        row = new IntVar[days];
        for (int d = 0; d < days; d++) {
          row[d] = working(e, d);
        }
        rest = 0;
      }
      org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton automaton =
          runAutomaton(work, rest, minWork, maxWork, minOff);
      int[][] costs = new int[days][byValue ? values : 2];
      long upper = 0;
      for (int d = 0; d < days; d++) {
        if (byValue) {
          int most = 0;
          for (int v = 1; v < values; v++) {
            costs[d][v] = minutesByValue[d][v];
            most = Math.max(most, costs[d][v]);
          }
          upper += most;
        } else {
          costs[d][1] = 1;
          upper += 1;
        }
      }
      long lowBound = byValue ? workloadMin[e] : ceilDiv(workloadMin[e], Math.max(1, maxLength));
      long highBound =
          byValue || workloadMax[e] == Long.MAX_VALUE ? workloadMax[e] : workloadMax[e] / Math.max(1, minLength);
      int low = (int) Math.min(lowBound, upper);
      int high = (int) Math.min(highBound, upper);
      if (low > high) {
        continue; // the rules' own constraints already fail; nothing to add
      }
      IntVar total =
          model.intVar(
              (byValue ? "implied-minutes[" : "implied-days[") + problem.employees().get(e).id() + "]", low, high, true);
      model
          .costRegular(
              row,
              total,
              org.chocosolver.solver.constraints.nary.automata.FA.CostAutomaton.makeSingleResource(
                  automaton, costs, low, high))
          .post();
    }
  }

  /** Arcs (days × values × states) above which the implied automaton reads working flags. */
  private static final long IMPLIED_GRAPH_LIMIT = 200_000;

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * An automaton over one row: {@code work} symbols are working days, {@code rest} a day off. It
   * accepts runs of working days from {@code minWork} to {@code maxWork} and of days off of at
   * least {@code minOff}, runs touching either edge exempt from the minimums. Not minimised
   * (minimising renumbers states).
   */
  private static org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton runAutomaton(
      int[] work, int rest, int minWork, int maxWork, int minOff) {
    org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton automaton =
        new org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton();
    int start = automaton.addState();
    // [k][edge]: in a run of k working days (1..maxWork) / days off (1..minOff, minOff meaning
    // "at least"), edge = the run began on the horizon's first day.
    int[][] working = new int[maxWork + 1][2];
    int[][] resting = new int[minOff + 1][2];
    for (int edge = 0; edge < 2; edge++) {
      for (int k = 1; k <= maxWork; k++) {
        working[k][edge] = automaton.addState();
      }
      for (int k = 1; k <= minOff; k++) {
        resting[k][edge] = automaton.addState();
      }
    }
    automaton.setInitialState(start);
    automaton.addTransition(start, working[1][1], work);
    automaton.addTransition(start, resting[1][1], rest);
    for (int edge = 0; edge < 2; edge++) {
      for (int k = 1; k <= maxWork; k++) {
        if (k < maxWork) {
          automaton.addTransition(working[k][edge], working[k + 1][edge], work);
        }
        if (edge == 1 || k >= minWork) {
          automaton.addTransition(working[k][edge], resting[1][0], rest);
        }
      }
      for (int k = 1; k <= minOff; k++) {
        automaton.addTransition(resting[k][edge], resting[Math.min(k + 1, minOff)][edge], rest);
        if (edge == 1 || k >= minOff) {
          automaton.addTransition(resting[k][edge], working[1][0], work);
        }
      }
    }
    // Every state may end the horizon: the last run touches its edge.
    for (int state = 0; state < automaton.getNbStates(); state++) {
      automaton.setFinal(state);
    }
    return automaton;
  }

  /** Whether any soft rule added a penalty. */
  public boolean hasPenalties() {
    return !penalties.isEmpty();
  }

  /** Posts and returns the objective: Σ weight × penalty over every soft rule. */
  public IntVar objective() {
    long upper = 0;
    for (int i = 0; i < penalties.size(); i++) {
      upper += (long) weights.get(i) * penalties.get(i).getUB();
    }
    checkArgument(
        upper <= Integer.MAX_VALUE / 2,
        "the objective's upper bound (%s) is too large for the solver; lower the rule weights",
        upper);
    IntVar objective = model.intVar("objective", 0, (int) upper, true);
    model
        .scalar(
            penalties.toArray(new IntVar[0]), weights.stream().mapToInt(Integer::intValue).toArray(), "=", objective)
        .post();
    return objective;
  }

  /**
   * The search for the first roster: day by day, each employee who is behind their fair share of
   * the demand (by position size) takes the shift furthest below its cover, others are off.
   */
  public AbstractStrategy<IntVar> strategy() {
    int[][] headCount = headCount();
    long demand = 0;
    for (int day = 0; day < headCount.length; day++) {
      for (int value = 1; value < headCount[day].length; value++) {
        demand += (long) headCount[day][value] * minutesByValue[day][value];
      }
    }
    BigDecimal positions =
        problem.employees().stream().map(Employee::positionPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    long[] fairShare = new long[shifts.length];
    for (int e = 0; e < shifts.length; e++) {
      fairShare[e] =
          positions.signum() == 0
              ? demand / Math.max(1, shifts.length)
              : BigDecimal.valueOf(demand)
                  .multiply(problem.employees().get(e).positionPercent())
                  .divide(positions, 0, RoundingMode.HALF_UP)
                  .longValue();
    }
    for (int e = 0; e < shifts.length; e++) {
      // The rules' bounds on worked time win over the share of the demand. Under a minimum, aim
      // at the maximum: a descent that keeps pace with the bare minimum falls behind on the first
      // days off it cannot choose (runs, weekends, absences) and fails only at the end of the row.
      if (workloadMin[e] > 0 && workloadMax[e] < Long.MAX_VALUE) {
        fairShare[e] = Math.max(workloadMin[e], workloadMax[e]);
      } else {
        fairShare[e] = Math.min(Math.max(fairShare[e], workloadMin[e]), Math.max(workloadMin[e], workloadMax[e]));
      }
    }
    // Restarts before the first roster (see RosterSolver) switch between employee orders for the
    // weekends: which order lets the greedy descent through depends on the ward's role mix.
    // Where the plan sets no minimum cover, the hard rules are usually each employee's own
    // (runs, counts, worked time): then one employee's row after another lets backtracking stay
    // inside a row, and is tried first; otherwise it is the last resort.
    boolean minimumCover = problem.coverRequirements().stream().anyMatch(c -> c.minimum() > 0);
    IntVar[] rows = employeeMajor();
    IntVar[][] orders =
        minimumCover
            ? new IntVar[][] {
              weekendsFirst(rolesSpread()), weekendsFirst(rolesInTurn()), weekendsFirst(natural()), rows
            }
            : new IntVar[][] {rows, employeeMajorWeekendsFirst()};
    return Search.lastConflict(
        Search.intVarSearch(
            variables -> {
              IntVar[] order = orders[(int) (model.getSolver().getRestartCount() % orders.length)];
              for (IntVar v : order) {
                if (!v.isInstantiated()) {
                  return v;
                }
              }
              return null;
            },
            new CoverDrivenValues(this, shifts, fairShare, headCount, wishes()),
            decisionVariables()));
  }


  /**
   * The employees' requests by employee and day: the value (s + 1) wished for, {@code -1} for a
   * wish to be off, {@code -(s + 2)} for a wish not to work shift s, 0 for none. With several
   * requests on one day, the heaviest wins.
   */
  private int[][] wishes() {
    int[][] wishes = new int[shifts.length][problem.horizon().days()];
    int[][] weights = new int[shifts.length][problem.horizon().days()];
    Map<String, Integer> employeeIndex = new java.util.HashMap<>();
    for (int e = 0; e < shifts.length; e++) {
      employeeIndex.put(problem.employees().get(e).id(), e);
    }
    for (org.careroster.core.Request request : problem.requests()) {
      Integer e = employeeIndex.get(request.employee());
      if (e == null || !problem.horizon().contains(request.date())) {
        continue;
      }
      int d = problem.horizon().indexOf(request.date());
      if (request.weight() <= weights[e][d]) {
        continue;
      }
      weights[e][d] = request.weight();
      boolean work = request.kind() == org.careroster.core.RequestKind.WORK;
      if (request.shift().isEmpty()) {
        wishes[e][d] = work ? 0 : -1;
      } else {
        int value = shiftTypeIndex(request.shift().get()) + 1;
        wishes[e][d] = work ? value : -(value + 1);
      }
    }
    return wishes;
  }

  /**
   * The shift variables with Saturdays and Sundays first (day by day), then the other days: who
   * works which weekend is the tightest part of a rotation (weekend frequency, free Sundays, long
   * shifts), and settling it first keeps the weekday search from painting itself into a corner.
   */
  private IntVar[] weekendsFirst(int[] mixed) {
    int employees = shifts.length;
    List<IntVar> weekend = new ArrayList<>();
    List<IntVar> weekday = new ArrayList<>();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (int d = 0; d < dates.size(); d++) {
      boolean weekendDay = isWeekend(dates.get(d));
      for (int i = 0; i < employees; i++) {
        if (weekendDay) {
          weekend.add(shifts[mixed[i]][d]);
        } else {
          weekday.add(shifts[i][d]);
        }
      }
    }
    weekend.addAll(weekday);
    return weekend.toArray(new IntVar[0]);
  }

  /**
   * Employee indexes with each role spread evenly over the order (the i-th of a role's n people
   * sits at (i + ½) / n of it): the first descent fills each weekend from the front of this order,
   * so a scarce role listed together would be spent on the first weekends and missing on the last.
   */
  private int[] rolesSpread() {
    Map<String, List<Integer>> byRole = byRole();
    List<double[]> keyed = new ArrayList<>(); // {position, role order, employee}
    int roleOrder = 0;
    for (List<Integer> group : byRole.values()) {
      for (int i = 0; i < group.size(); i++) {
        keyed.add(new double[] {(i + 0.5) / group.size(), roleOrder, group.get(i)});
      }
      roleOrder++;
    }
    keyed.sort(
        java.util.Comparator.<double[]>comparingDouble(k -> k[0]).thenComparingDouble(k -> k[1]));
    int[] order = new int[shifts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (int) keyed.get(i)[2];
    }
    return order;
  }

  /** Employee indexes with the roles taken in turn: first nurse, first health worker, ... */
  private int[] rolesInTurn() {
    Map<String, List<Integer>> byRole = byRole();
    int[] order = new int[shifts.length];
    int next = 0;
    for (int round = 0; next < order.length; round++) {
      for (List<Integer> group : byRole.values()) {
        if (round < group.size()) {
          order[next++] = group.get(round);
        }
      }
    }
    return order;
  }

  /** Every shift variable, employee by employee (employee 0's days, then employee 1's, ...). */
  private IntVar[] employeeMajor() {
    List<IntVar> order = new ArrayList<>();
    for (IntVar[] row : shifts) {
      order.addAll(java.util.Arrays.asList(row));
    }
    return order.toArray(new IntVar[0]);
  }

  /** Employee by employee, each one's Saturdays and Sundays before their other days. */
  private IntVar[] employeeMajorWeekendsFirst() {
    List<IntVar> order = new ArrayList<>();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (IntVar[] row : shifts) {
      List<IntVar> weekdays = new ArrayList<>();
      for (int d = 0; d < row.length; d++) {
        if (isWeekend(dates.get(d))) {
          order.add(row[d]);
        } else {
          weekdays.add(row[d]);
        }
      }
      order.addAll(weekdays);
    }
    return order.toArray(new IntVar[0]);
  }

  /** Employee indexes as the problem lists them. */
  private int[] natural() {
    int[] order = new int[shifts.length];
    for (int e = 0; e < order.length; e++) {
      order[e] = e;
    }
    return order;
  }

  private Map<String, List<Integer>> byRole() {
    Map<String, List<Integer>> byRole = new LinkedHashMap<>();
    for (int e = 0; e < shifts.length; e++) {
      byRole.computeIfAbsent(problem.employees().get(e).role(), r -> new ArrayList<>()).add(e);
    }
    return byRole;
  }

  /**
   * People the staffing plan asks for, by day and value (value 0, off, unused). Several rows may
   * staff one shift (everyone, nurses, ...): the head count is the largest number any row asks
   * for, its preferred number where it has one.
   */
  private int[][] headCount() {
    if (headCount == null) {
      // Computed once: the first descent and the LNS both read it (shared, never written).
      headCount = new int[problem.horizon().days()][problem.shiftTypes().size() + 1];
      for (CoverRequirement cover : problem.coverRequirements()) {
        int day = problem.horizon().indexOf(cover.date());
        int value = shiftTypeIndex(cover.shift()) + 1;
        headCount[day][value] = Math.max(headCount[day][value], Math.max(cover.minimum(), cover.preferred()));
      }
    }
    return headCount;
  }

  private int[][] headCount; // [day][value], see headCount()

  private static boolean isWeekend(LocalDate date) {
    java.time.DayOfWeek day = date.getDayOfWeek();
    return day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY;
  }

  /** The large-neighbourhood search that improves a roster once one is found. */
  public INeighbor neighborhood(long seed) {
    return new RosterNeighborhood(decisionVariables(), shifts.length, problem.horizon().days(), headCount(), seed);
  }

  /** Every shift variable, day by day (all employees on day 0, then day 1, ...). */
  public IntVar[] decisionVariables() {
    int employees = shifts.length;
    int days = problem.horizon().days();
    IntVar[] vars = new IntVar[employees * days];
    for (int d = 0; d < days; d++) {
      for (int e = 0; e < employees; e++) {
        vars[d * employees + e] = shifts[e][d];
      }
    }
    return vars;
  }

  /** The roster a recorded solution describes. */
  public Roster toRoster(Solution solution) {
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (int e = 0; e < shifts.length; e++) {
      String employee = problem.employees().get(e).id();
      for (int d = 0; d < dates.size(); d++) {
        int value = solution.getIntVal(shifts[e][d]);
        if (value != OFF) {
          assignments.add(
              Assignment.of(employee, dates.get(d), problem.shiftTypes().get(value - 1).code()));
        }
      }
    }
    return Roster.of(assignments.build());
  }
}
