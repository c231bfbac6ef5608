package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything a ward plans a roster from: the horizon, the staff, the shift types and the cover it
 * needs on each shift.
 *
 * <pre>{@code
 * Problem problem = Problem.builder()
 *     .horizon(PlanningHorizon.ofDays(LocalDate.of(2027, 1, 4), 14))
 *     .addEmployee(kari)
 *     .addShiftType(day)
 *     .addCoverRequirement(CoverRequirement.of(LocalDate.of(2027, 1, 4), "D", 1))
 *     .build();
 * }</pre>
 *
 * <p>A problem cannot be built with duplicate employee ids or shift codes, with cover for an
 * unknown shift type or a date outside the horizon, or with two cover requirements for the same
 * shift and date.
 */
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /** The dates to plan. */
  public abstract PlanningHorizon horizon();

  /** The staff who may be rostered, each with a unique id. */
  public abstract ImmutableList<Employee> employees();

  /** The shift types that may be worked, each with a unique code. */
  public abstract ImmutableList<ShiftType> shiftTypes();

  /** Minimum cover per shift type and date; a shift and date without an entry needs nobody. */
  public abstract ImmutableList<CoverRequirement> coverRequirements();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
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
    checkArgument(
        shiftType != null,
        "unknown shift type \"%s\"; the problem has %s",
        code,
        shiftTypesByCode().keySet());
    return shiftType;
  }

  /** Employees by id, in the order given. */
  @Value.Lazy
  ImmutableMap<String, Employee> employeesById() {
    return Maps.uniqueIndex(employees(), Employee::id);
  }

  /** Shift types by code, in the order given. */
  @Value.Lazy
  ImmutableMap<String, ShiftType> shiftTypesByCode() {
    return Maps.uniqueIndex(shiftTypes(), ShiftType::code);
  }

  /**
   * Checks that every assignment of {@code roster} names an employee and a shift type of this
   * problem and a date in its horizon.
   *
   * @throws IllegalArgumentException naming the first assignment that does not resolve
   */
  public final void checkReferences(Roster roster) {
    ImmutableList<Assignment> assignments = roster.assignments();
    for (int i = 0; i < assignments.size(); i++) {
      Assignment a = assignments.get(i);
      checkArgument(
          employeesById().containsKey(a.employee()),
          "Roster: assignments[%s].employee (\"%s\") is not an employee of the problem",
          i,
          a.employee());
      checkArgument(
          shiftTypesByCode().containsKey(a.shift()),
          "Roster: assignments[%s].shift (\"%s\") is not a shift type of the problem; known: %s",
          i,
          a.shift(),
          shiftTypesByCode().keySet());
      checkArgument(
          horizon().contains(a.date()),
          "Roster: assignments[%s].date (%s) lies outside the planning horizon %s",
          i,
          a.date(),
          horizon());
    }
  }

  @Value.Check
  void check() {
    checkUnique(employees(), Employee::id, "employees", "id");
    checkUnique(shiftTypes(), ShiftType::code, "shiftTypes", "code");
    Set<String> coverKeys = new HashSet<>();
    for (int i = 0; i < coverRequirements().size(); i++) {
      CoverRequirement cover = coverRequirements().get(i);
      checkArgument(
          shiftTypesByCode().containsKey(cover.shift()),
          "Problem: coverRequirements[%s].shift (\"%s\") is not a shift type; known: %s",
          i,
          cover.shift(),
          shiftTypesByCode().keySet());
      LocalDate date = cover.date();
      checkArgument(
          horizon().contains(date),
          "Problem: coverRequirements[%s].date (%s) lies outside the planning horizon %s",
          i,
          date,
          horizon());
      checkArgument(
          coverKeys.add(cover.shift() + "@" + date),
          "Problem: coverRequirements[%s] repeats the cover for %s on %s",
          i,
          cover.shift(),
          date);
    }
  }

  private static <T> void checkUnique(
      ImmutableList<T> items, Function<T, String> key, String list, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      checkArgument(
          seen.add(value), "Problem: %s[%s].%s (\"%s\") is a duplicate", list, i, field, value);
    }
  }

  /** Builds a {@link Problem}; the horizon is required, the lists may be empty. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
