package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;

/**
 * A roster prepared for checking: each employee's shifts with their real start and end, sorted,
 * computed once and shared by every rule of a validation.
 *
 * <p>Time is real elapsed time in Europe/Oslo, daylight-saving changes included. In a cyclic
 * horizon (grunnturnus) the rotation repeats: {@link #turnsAround(Employee)} adds the previous and
 * next turn, so rules see rest, weeks and sequences across the wrap from the last week to the
 * first.
 *
 * <p>Not thread-safe: one view serves one validation at a time.
 */
public final class RosterView {

  private static final Comparator<WorkedShift> BY_START =
      Comparator.comparing(WorkedShift::start).thenComparing(WorkedShift::end);

  private final Problem problem;
  private final Roster roster;
  private final ImmutableMap<String, ImmutableList<WorkedShift>> byEmployee;
  private final ImmutableListMultimap<Slot, WorkedShift> bySlot;
  private final ImmutableList<LocalDate> mondays;
  // Timings of each shift type on each date, computed on first use: [type][date - start + days].
  private final ImmutableMap<String, Integer> typeIndex;
  private final WorkedShift.Timing[][] timings;
  private final Map<String, ImmutableList<WorkedShift>> turnsAround = new HashMap<>();

  private RosterView(Problem problem, Roster roster) {
    this.problem = problem;
    this.roster = roster;
    ImmutableMap<String, Employee> employees =
        problem.employees().stream()
            .collect(ImmutableMap.toImmutableMap(Employee::id, e -> e, (a, b) -> a));
    ImmutableMap<String, ShiftType> types =
        problem.shiftTypes().stream()
            .collect(ImmutableMap.toImmutableMap(ShiftType::code, t -> t));
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int t = 0; t < problem.shiftTypes().size(); t++) {
      index.put(problem.shiftTypes().get(t).code(), t);
    }
    this.typeIndex = index.build();
    // Three turns: the horizon and, for a cyclic rotation, the turns before and after it.
    this.timings = new WorkedShift.Timing[problem.shiftTypes().size()][3 * problem.horizon().days()];
    ImmutableMap.Builder<String, ImmutableList<WorkedShift>> perEmployee = ImmutableMap.builder();
    ImmutableListMultimap.Builder<Slot, WorkedShift> perSlot = ImmutableListMultimap.builder();
    ImmutableListMultimap<String, Assignment> assignments = roster.byEmployee();
    for (Employee employee : employees.values()) {
      List<WorkedShift> shifts = new ArrayList<>();
      for (Assignment a : assignments.get(employee.id())) {
        ShiftType type = types.get(a.shift());
        WorkedShift worked = new WorkedShift(a, employee, type, a.date(), timing(type, a.date()));
        shifts.add(worked);
        perSlot.put(slot(a.date(), a.shift()), worked);
      }
      shifts.sort(BY_START);
      perEmployee.put(employee.id(), ImmutableList.copyOf(shifts));
    }
    this.byEmployee = perEmployee.build();
    this.bySlot = perSlot.build();
    ImmutableList.Builder<LocalDate> weeks = ImmutableList.builder();
    PlanningHorizon horizon = problem.horizon();
    for (LocalDate date : horizon.dates()) {
      if (date.getDayOfWeek() == DayOfWeek.MONDAY && horizon.contains(date.plusDays(6))) {
        weeks.add(date);
      }
    }
    this.mondays = weeks.build();
  }

  /** The timing of {@code type} worked on {@code date}, within one turn of the horizon. */
  private WorkedShift.Timing timing(ShiftType type, LocalDate date) {
    int days = problem.horizon().days();
    long offset = date.toEpochDay() - problem.horizon().start().toEpochDay() + days;
    if (offset < 0 || offset >= 3L * days) {
      return new WorkedShift.Timing(type, date);
    }
    int t = typeIndex.get(type.code());
    WorkedShift.Timing timing = timings[t][(int) offset];
    if (timing == null) {
      timing = new WorkedShift.Timing(type, date);
      timings[t][(int) offset] = timing;
    }
    return timing;
  }

  /**
   * A view of {@code roster} for {@code problem}.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have, or a date outside its horizon
   */
  public static RosterView of(Problem problem, Roster roster) {
    problem.checkReferences(roster);
    return new RosterView(problem, roster);
  }

  private static Slot slot(LocalDate date, String shift) {
    return new Slot(date, shift);
  }

  /** A shift type on a date, as a map key. */
  private record Slot(LocalDate date, String shift) {}

  /** The problem the roster is for. */
  public Problem problem() {
    return problem;
  }

  /** The roster being checked. */
  public Roster roster() {
    return roster;
  }

  /** The planning horizon. */
  public PlanningHorizon horizon() {
    return problem.horizon();
  }

  /** Whether the horizon is a repeating rotation whose last day is followed by its first. */
  public boolean isCyclic() {
    return problem.horizon().isCyclic();
  }

  /** The employee's shifts in the horizon, sorted by real start. */
  public ImmutableList<WorkedShift> shiftsOf(Employee employee) {
    return byEmployee.getOrDefault(employee.id(), ImmutableList.of());
  }

  /** Everyone who works shift {@code shift} starting on {@code date}, in roster order. */
  public ImmutableList<WorkedShift> on(LocalDate date, String shift) {
    return bySlot.get(slot(date, shift));
  }

  /**
   * The employee's shifts sorted by real start; in a cyclic horizon preceded by the previous turn
   * and followed by the next one (their dates shifted by the rotation's length), so sequences and
   * windows can be read across the wrap. In a calendar horizon, the same as {@link
   * #shiftsOf(Employee)}.
   */
  public ImmutableList<WorkedShift> turnsAround(Employee employee) {
    ImmutableList<WorkedShift> turn = shiftsOf(employee);
    if (!isCyclic() || turn.isEmpty()) {
      return turn;
    }
    return turnsAround.computeIfAbsent(employee.id(), id -> threeTurns(employee, turn));
  }

  private ImmutableList<WorkedShift> threeTurns(Employee employee, ImmutableList<WorkedShift> turn) {
    int days = horizon().days();
    ImmutableList.Builder<WorkedShift> all = ImmutableList.builder();
    for (WorkedShift s : turn) {
      LocalDate date = s.date().minusDays(days);
      all.add(new WorkedShift(s.assignment(), employee, s.type(), date, timing(s.type(), date)));
    }
    all.addAll(turn);
    for (WorkedShift s : turn) {
      LocalDate date = s.date().plusDays(days);
      all.add(new WorkedShift(s.assignment(), employee, s.type(), date, timing(s.type(), date)));
    }
    return all.build();
  }

  /**
   * Whether the employee has a shift starting on each day of the horizon, by day index: the
   * input of rules about runs of working days and days off.
   */
  public boolean[] workingDays(Employee employee) {
    boolean[] working = new boolean[horizon().days()];
    for (WorkedShift s : shiftsOf(employee)) {
      working[horizon().indexOf(s.date())] = true;
    }
    return working;
  }

  /** The Mondays that start a complete week (Monday to Sunday) inside the horizon. */
  public ImmutableList<LocalDate> weekStarts() {
    return mondays;
  }

  /** Whether {@code date} is a Sunday or a Norwegian public holiday (calendar horizons only). */
  public boolean isSundayOrHoliday(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY || problem.isPublicHoliday(date);
  }
}
