package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.Task;
import java.time.LocalDate;
import org.careroster.core.VacantShift;
import org.careroster.core.WeekendWindow;
import org.immutables.value.Value;

/**
 * Every shift whose staffing-plan minimum a roster does not meet, or whose task nobody on it may
 * do under the task-sharing policy (vakante vakter), with the missing role or competence, the hours, and whether it is a weekend shift (vakante helgevakter).
 *
 * <pre>{@code
 * VacantShiftReport vacant = VacantShiftReport.of(problem, roster);
 * System.out.println(vacant.slots().size() + " vacant shifts, " + vacant.weekendSlots().size() + " at weekends");
 * }</pre>
 */
@Value.Immutable
public abstract class VacantShiftReport {

  VacantShiftReport() {}

  /** The vacant shifts in date and shift order. */
  public abstract ImmutableList<VacantSlot> slots();

  /** The vacant shifts that touch the weekend. */
  public final ImmutableList<VacantSlot> weekendSlots() {
    return slots().stream().filter(VacantSlot::weekend).collect(ImmutableList.toImmutableList());
  }

  /** Real hours missing over all vacant shifts. */
  public final Duration hours() {
    return slots().stream().map(VacantSlot::hours).reduce(Duration.ZERO, Duration::plus);
  }

  /** Real hours missing inside the weekend (Saturday 00:00 to Monday 00:00). */
  public final Duration weekendHours() {
    return slots().stream().map(VacantSlot::weekendHours).reduce(Duration.ZERO, Duration::plus);
  }

  /** Whether the roster meets every minimum. */
  public final boolean isEmpty() {
    return slots().isEmpty();
  }

  /**
   * The vacant shifts as the roster format's {@link VacantShift}s (with the role when the gap is
   * role-specific), to store in {@link Roster#vacantShifts()}.
   */
  public final ImmutableList<VacantShift> toVacantShifts() {
    ImmutableList.Builder<VacantShift> result = ImmutableList.builder();
    for (VacantSlot slot : slots()) {
      VacantShift.Builder v = VacantShift.builder().date(slot.date()).shift(slot.shift()).count(slot.missing());
      slot.role().ifPresent(v::role);
      result.add(v.build());
    }
    return result.build();
  }

  /**
   * The shifts of {@code roster} below a minimum of {@code problem}'s staffing plan.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have
   */
  public static VacantShiftReport of(Problem problem, Roster roster) {
    problem.checkReferences(roster);
    Map<String, List<Employee>> onSlot = new LinkedHashMap<>();
    for (Assignment a : roster.assignments()) {
      onSlot.computeIfAbsent(a.date() + " " + a.shift(), k -> new ArrayList<>())
          .add(problem.findEmployee(a.employee()).orElseThrow());
    }
    Map<String, List<CoverRequirement>> bySlot = new LinkedHashMap<>();
    for (CoverRequirement c : problem.coverRequirements()) {
      bySlot.computeIfAbsent(c.date() + " " + c.shift(), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<CoverRequirement>> unmet = new LinkedHashMap<>();
    Map<String, Integer> missing = new LinkedHashMap<>();
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    Map<String, String> shifts = new LinkedHashMap<>();
    for (LocalDate date : problem.horizon().dates()) {
      for (ShiftType type : problem.shiftTypes()) {
        String key = date + " " + type.code();
        List<Employee> working = onSlot.getOrDefault(key, List.of());
        for (CoverRequirement c : bySlot.getOrDefault(key, List.of())) {
          int staffed = 0;
          for (Employee e : working) {
            if (problem.counts(c.requirement(), e, date)) {
              staffed++;
            }
          }
          if (staffed < c.minimum()) {
            unmet.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            missing.merge(key, c.minimum() - staffed, Math::max);
          }
        }
        for (String task : uncoveredTasks(problem, date, type.code(), working)) {
          tasks.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
          missing.merge(key, 1, Math::max);
        }
        if (missing.containsKey(key)) {
          dates.put(key, date);
          shifts.put(key, type.code());
        }
      }
    }
    ImmutableVacantShiftReport.Builder report = ImmutableVacantShiftReport.builder();
    for (String key : missing.keySet()) {
      LocalDate date = dates.get(key);
      ShiftType type = problem.shiftType(shifts.get(key));
      int people = missing.get(key);
      Duration weekend = type.weekendDuration(date, WeekendWindow.SATURDAY_SUNDAY);
      report.addSlots(VacantSlot.builder()
          .date(date)
          .shift(type.code())
          .missing(people)
          .addAllUnmet(unmet.getOrDefault(key, List.of()))
          .addAllTasks(tasks.getOrDefault(key, List.of()))
          .hours(type.realDuration(date).multipliedBy(people))
          .weekend(!weekend.isZero())
          .weekendHours(weekend.multipliedBy(people))
          .build());
    }
    return report.build();
  }

  /** Ids of the tasks on {@code shift} that none of {@code working} may do on {@code date}. */
  static ImmutableList<String> uncoveredTasks(Problem problem, LocalDate date, String shift, List<Employee> working) {
    ImmutableList.Builder<String> result = ImmutableList.builder();
    for (Task task : problem.tasks()) {
      if (task.shifts().contains(shift)
          && working.stream().noneMatch(e -> problem.taskSharing().allows(task.id(), e, date))) {
        result.add(task.id());
      }
    }
    return result.build();
  }
}
