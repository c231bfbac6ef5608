package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkKnown;
import static org.careroster.core.Checks.checkUnique;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything a ward plans a roster from: the horizon, units, roles, competences, staff, shift
 * types, the staffing plan, tasks and the task-sharing policy, absences, wishes and fixed
 * assignments.
 *
 * <pre>{@code
 * Problem problem = Problem.builder()
 *     .horizon(PlanningHorizon.ofDays(LocalDate.of(2027, 1, 4), 14))
 *     .addAllRoles(Role.STANDARD)
 *     .addEmployee(kari)
 *     .addShiftType(day)
 *     .staffingPlan(StaffingPlan.builder()
 *         .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>A problem cannot be built with duplicate ids or codes, or with a reference that does not
 * resolve: an employee's role, competences, units or mentor; a staffing row's shift, roles or
 * competences; a task's shifts; a permission's task, roles or competences; the employee, shift or
 * date of an absence, wish or fixed assignment. Two absences of the same kind for one employee may
 * not overlap, and every task needs a permission. The failure is an {@link InvalidModelException}
 * whose path points into the problem, e.g. {@code employees[3].role}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {

  private static final String SUBJECT = "Problem";

  Problem() {}

  /** The dates to plan: a calendar plan or a cyclic base rotation. */
  public abstract PlanningHorizon horizon();

  /** Organisational units staff belong to and work in; may be empty for a single ward. */
  public abstract ImmutableList<Unit> units();

  /** The roles employees and rules refer to, e.g. {@link Role#STANDARD}. */
  public abstract ImmutableList<Role> roles();

  /** The competences employees and rules refer to. */
  public abstract ImmutableList<Competence> competences();

  /** The staff who may be rostered, each with a unique id. */
  public abstract ImmutableList<Employee> employees();

  /** The shift types that may be worked, each with a unique code. */
  public abstract ImmutableList<ShiftType> shiftTypes();

  /** Staff needed per shift and day; empty unless stated (then no shift needs anyone). */
  @Value.Default
  public StaffingPlan staffingPlan() {
    return StaffingPlan.empty();
  }

  /** Tasks that occur on shifts. */
  public abstract ImmutableList<Task> tasks();

  /** Who may do each task; empty unless stated (then the problem may have no tasks). */
  @Value.Default
  public TaskSharingPolicy taskSharing() {
    return TaskSharingPolicy.empty();
  }

  /** Known absences: sick leave, vacation, leave and courses. */
  public abstract ImmutableList<Absence> absences();

  /** Wishes to work or be off (ønsketurnus). */
  public abstract ImmutableList<Request> requests();

  /** Assignments fixed by hand that every roster must keep. */
  public abstract ImmutableList<Assignment> fixedAssignments();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This problem with another task-sharing policy: the TØRN lever. */
  public abstract Problem withTaskSharing(TaskSharingPolicy policy);

  /** This problem with another staffing plan. */
  public abstract Problem withStaffingPlan(StaffingPlan plan);

  /**
   * This problem with these absences instead of its own, e.g. its absences plus a new sick call.
   *
   * @throws InvalidModelException if an absence names an unknown employee or overlaps another of
   *     the same kind for the same employee
   */
  public abstract Problem withAbsences(Iterable<? extends Absence> absences);

  /**
   * A builder for another problem of the same ward: this problem's units, roles, competences,
   * staff, shift types, tasks and task-sharing policy are set; the horizon, staffing plan,
   * absences, wishes and fixed assignments are the caller's to give.
   */
  public final Builder wardBuilder() {
    Builder builder = builder();
    builder
        .addAllUnits(units())
        .addAllRoles(roles())
        .addAllCompetences(competences())
        .addAllEmployees(employees())
        .addAllShiftTypes(shiftTypes())
        .addAllTasks(tasks())
        .taskSharing(taskSharing());
    return builder;
  }

  /** The employee with id {@code id}, if there is one. */
  public final Optional<Employee> findEmployee(String id) {
    return Optional.ofNullable(employeesById().get(id));
  }

  /** The shift type with code {@code code}, if there is one. */
  public final Optional<ShiftType> findShiftType(String code) {
    return Optional.ofNullable(shiftTypesByCode().get(code));
  }

  /**
   * The shift type with code {@code code}.
   *
   * @throws IllegalArgumentException if the problem has no such shift type
   */
  public final ShiftType shiftType(String code) {
    ShiftType shiftType = shiftTypesByCode().get(code);
    require(shiftType != null, SUBJECT, "shiftTypes", code, "has no such code; known: " + shiftTypesByCode().keySet());
    return shiftType;
  }

  /**
   * The role with id {@code id}.
   *
   * @throws IllegalArgumentException if the problem declares no such role
   */
  public final Role role(String id) {
    Role role = rolesById().get(id);
    require(role != null, SUBJECT, "roles", id, "has no such id; known: " + rolesById().keySet());
    return role;
  }

  /** The role of {@code employee}. */
  public final Role roleOf(Employee employee) {
    return role(employee.role());
  }

  /**
   * Whether {@code employee} counts towards {@code requirement} on {@code date}: the right role,
   * every competence valid that day, and formal health education if asked for.
   */
  public final boolean counts(StaffingRequirement requirement, Employee employee, LocalDate date) {
    if (!requirement.roles().isEmpty() && !requirement.roles().contains(employee.role())) {
      return false;
    }
    if (requirement.formalHealthEducation() && !roleOf(employee).formalHealthEducation()) {
      return false;
    }
    for (String competence : requirement.competences()) {
      if (!employee.hasCompetence(competence, date)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Norwegian public holidays within the horizon with their names; none in a cyclic base rotation.
   */
  @Value.Lazy
  public ImmutableSortedMap<LocalDate, String> publicHolidays() {
    if (horizon().isCyclic()) {
      return ImmutableSortedMap.of();
    }
    return PublicHolidays.norway().between(horizon().start(), horizon().end());
  }

  /** Whether {@code date} is a public holiday in this plan. */
  public final boolean isPublicHoliday(LocalDate date) {
    return publicHolidays().containsKey(date);
  }

  /** The staffing plan resolved to each date and shift of the horizon, in date and shift order. */
  @Value.Lazy
  public ImmutableList<CoverRequirement> coverRequirements() {
    ImmutableList.Builder<CoverRequirement> result = ImmutableList.builder();
    for (LocalDate date : horizon().dates()) {
      for (ShiftType shift : shiftTypes()) {
        for (StaffingRequirement row :
            staffingPlan().requirementsOn(date, shift.code(), isPublicHoliday(date))) {
          result.add(CoverRequirement.of(date, row));
        }
      }
    }
    return result.build();
  }

  /** The absences of each employee. */
  @Value.Lazy
  public ImmutableListMultimap<String, Absence> absencesByEmployee() {
    return Multimaps.index(absences(), Absence::employee);
  }

  /** The absences of {@code employee} that include {@code date}. */
  public final ImmutableList<Absence> absencesOn(String employee, LocalDate date) {
    return absencesByEmployee().get(employee).stream()
        .filter(a -> a.covers(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@code roster} without the shifts its staff cannot work because of a full absence in this
   * problem (sick leave, vacation, leave or a course at 100 %) on the shift's date; ids and vacant
   * shifts are kept.
   */
  public final Roster vacate(Roster roster) {
    List<Assignment> kept = new ArrayList<>();
    for (Assignment a : roster.assignments()) {
      if (absencesOn(a.employee(), a.date()).stream().noneMatch(Absence::isFull)) {
        kept.add(a);
      }
    }
    Roster.Builder result = Roster.builder().addAllAssignments(kept).addAllVacantShifts(roster.vacantShifts());
    roster.id().ifPresent(result::id);
    roster.previous().ifPresent(result::previous);
    return result.build();
  }

  @Value.Lazy
  ImmutableMap<String, Employee> employeesById() {
    return Maps.uniqueIndex(employees(), Employee::id);
  }

  @Value.Lazy
  ImmutableMap<String, ShiftType> shiftTypesByCode() {
    return Maps.uniqueIndex(shiftTypes(), ShiftType::code);
  }

  @Value.Lazy
  ImmutableMap<String, Role> rolesById() {
    return Maps.uniqueIndex(roles(), Role::id);
  }

  /**
   * Checks that every assignment of {@code roster} names an employee and a shift type of this
   * problem, a date in its horizon and, if given, a known unit; likewise for vacant shifts.
   *
   * @throws InvalidModelException naming the first reference that does not resolve, with a path
   *     such as {@code assignments[3].employee}
   */
  public final void checkReferences(Roster roster) {
    checkAssignments(roster.assignments(), "Roster", "assignments");
    ImmutableList<VacantShift> vacant = roster.vacantShifts();
    for (int i = 0; i < vacant.size(); i++) {
      VacantShift v = vacant.get(i);
      String at = "vacantShifts[" + i + "]";
      checkKnown(v.shift(), shiftTypesByCode().keySet(), "Roster", at + ".shift", "a shift type of the problem");
      checkDate(v.date(), "Roster", at + ".date");
      v.role().ifPresent(r -> checkKnown(r, rolesById().keySet(), "Roster", at + ".role", "a role of the problem"));
      v.unit().ifPresent(u -> checkKnown(u, unitIds(), "Roster", at + ".unit", "a unit of the problem"));
    }
  }

  private void checkAssignments(List<Assignment> assignments, String subject, String list) {
    for (int i = 0; i < assignments.size(); i++) {
      Assignment a = assignments.get(i);
      if (employeesById().containsKey(a.employee())
          && shiftTypesByCode().containsKey(a.shift())
          && horizon().contains(a.date())
          && a.unit().map(unitIds()::contains).orElse(true)) {
        continue; // the common case; the paths below are built only for a bad reference
      }
      String at = list + "[" + i + "]";
      checkKnown(a.employee(), employeesById().keySet(), subject, at + ".employee", "an employee of the problem");
      checkKnown(a.shift(), shiftTypesByCode().keySet(), subject, at + ".shift", "a shift type of the problem");
      checkDate(a.date(), subject, at + ".date");
      a.unit().ifPresent(u -> checkKnown(u, unitIds(), subject, at + ".unit", "a unit of the problem"));
    }
  }

  private void checkDate(LocalDate date, String subject, String path) {
    if (!horizon().contains(date)) {
      throw new InvalidModelException(subject, path, date, "lies outside the planning horizon " + horizon());
    }
  }

  @Value.Lazy
  ImmutableSet<String> unitIds() {
    return units().stream().map(Unit::id).collect(ImmutableSet.toImmutableSet());
  }

  @Value.Lazy
  ImmutableSet<String> competenceIds() {
    return competences().stream().map(Competence::id).collect(ImmutableSet.toImmutableSet());
  }

  @Value.Check
  void check() {
    checkUnique(units(), Unit::id, SUBJECT, "units", "id");
    checkUnique(roles(), Role::id, SUBJECT, "roles", "id");
    checkUnique(competences(), Competence::id, SUBJECT, "competences", "id");
    checkUnique(employees(), Employee::id, SUBJECT, "employees", "id");
    checkUnique(shiftTypes(), ShiftType::code, SUBJECT, "shiftTypes", "code");
    checkUnique(tasks(), Task::id, SUBJECT, "tasks", "id");
    Set<String> units = unitIds();
    Set<String> roles = rolesById().keySet();
    Set<String> competences = competenceIds();
    Set<String> shifts = shiftTypesByCode().keySet();
    Set<String> employees = employeesById().keySet();
    checkUnits(units);
    for (int i = 0; i < employees().size(); i++) {
      Employee e = employees().get(i);
      String at = "employees[" + i + "]";
      checkKnown(e.role(), roles, SUBJECT, at + ".role", "a role of the problem" + maybeStandardRoles(e.role()));
      for (int c = 0; c < e.competences().size(); c++) {
        checkKnown(e.competences().get(c).competence(), competences, SUBJECT, at + ".competences[" + c + "].competence", "a competence of the problem");
      }
      String atEmployee = at;
      e.homeUnit().ifPresent(u -> checkKnown(u, units, SUBJECT, atEmployee + ".homeUnit", "a unit of the problem"));
      checkAllKnown(e.otherUnits(), units, at + ".otherUnits", "a unit of the problem");
      e.mentor().ifPresent(m -> checkKnown(m, employees, SUBJECT, atEmployee + ".mentor", "an employee of the problem"));
    }
    ImmutableList<StaffingRequirement> rows = staffingPlan().requirements();
    for (int i = 0; i < rows.size(); i++) {
      StaffingRequirement r = rows.get(i);
      String at = "staffingPlan.requirements[" + i + "]";
      checkKnown(r.shift(), shifts, SUBJECT, at + ".shift", "a shift type of the problem");
      checkAllKnown(r.roles(), roles, at + ".roles", "a role of the problem");
      checkAllKnown(r.competences(), competences, at + ".competences", "a competence of the problem");
      String atRow = at;
      r.date().ifPresent(d -> checkDate(d, SUBJECT, atRow + ".date"));
    }
    for (int i = 0; i < tasks().size(); i++) {
      checkAllKnown(tasks().get(i).shifts(), shifts, "tasks[" + i + "].shifts", "a shift type of the problem");
      String task = tasks().get(i).id();
      require(
          taskSharing().permission(task).isPresent(),
          SUBJECT,
          "tasks[" + i + "].id",
          task,
          "has no permission in taskSharing, so nobody may do it. Maybe add {\"task\":\"" + task + "\",\"roles\":[...]}");
    }
    Set<String> taskIds = new HashSet<>();
    tasks().forEach(t -> taskIds.add(t.id()));
    ImmutableList<TaskPermission> permissions = taskSharing().permissions();
    for (int i = 0; i < permissions.size(); i++) {
      TaskPermission p = permissions.get(i);
      String at = "taskSharing.permissions[" + i + "]";
      checkKnown(p.task(), taskIds, SUBJECT, at + ".task", "a task of the problem");
      checkAllKnown(p.roles(), roles, at + ".roles", "a role of the problem");
      checkAllKnown(p.competences(), competences, at + ".competences", "a competence of the problem");
    }
    checkAbsences(employees);
    for (int i = 0; i < requests().size(); i++) {
      Request r = requests().get(i);
      String at = "requests[" + i + "]";
      checkKnown(r.employee(), employees, SUBJECT, at + ".employee", "an employee of the problem");
      r.shift().ifPresent(s -> checkKnown(s, shifts, SUBJECT, at + ".shift", "a shift type of the problem"));
      checkDate(r.date(), SUBJECT, at + ".date");
    }
    checkAssignments(fixedAssignments(), SUBJECT, "fixedAssignments");
    Set<String> fixedSlots = new HashSet<>();
    for (int i = 0; i < fixedAssignments().size(); i++) {
      Assignment a = fixedAssignments().get(i);
      require(fixedSlots.add(a.slot()), SUBJECT, "fixedAssignments[" + i + "]", a.slot(), "is a duplicate");
    }
  }

  private static void checkAllKnown(Iterable<String> ids, Set<String> known, String path, String what) {
    for (String id : ids) {
      checkKnown(id, known, SUBJECT, path, what);
    }
  }

  private void checkUnits(Set<String> units) {
    Map<String, String> parents = new HashMap<>();
    for (int i = 0; i < units().size(); i++) {
      Unit u = units().get(i);
      String at = "units[" + i + "].parent";
      u.parent().ifPresent(p -> {
        checkKnown(p, units, SUBJECT, at, "a unit of the problem");
        parents.put(u.id(), p);
      });
    }
    for (int i = 0; i < units().size(); i++) {
      Set<String> seen = new HashSet<>();
      String id = units().get(i).id();
      for (String at = id; at != null; at = parents.get(at)) {
        require(seen.add(at), SUBJECT, "units[" + i + "].parent", units().get(i).parent().orElse(""), "makes the units a cycle through " + id);
      }
    }
  }

  private void checkAbsences(Set<String> employees) {
    for (int i = 0; i < absences().size(); i++) {
      Absence a = absences().get(i);
      String at = "absences[" + i + "]";
      checkKnown(a.employee(), employees, SUBJECT, at + ".employee", "an employee of the problem");
      for (int j = 0; j < i; j++) {
        Absence b = absences().get(j);
        require(
            !(b.employee().equals(a.employee()) && b.kind() == a.kind() && b.range().isConnected(a.range())),
            SUBJECT,
            at + ".from",
            a.from(),
            "makes this " + a.kind() + " of " + a.employee() + " (" + a.from() + ".." + a.to()
                + ") overlap absences[" + j + "] (" + b.from() + ".." + b.to() + ")");
      }
    }
  }

  private String maybeStandardRoles(String role) {
    return Role.STANDARD.stream().anyMatch(r -> r.id().equals(role))
        ? ". Maybe add the standard roles: roles = Role.STANDARD"
        : "";
  }

  /** Builds a {@link Problem}; the horizon is required, the lists may be empty. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
