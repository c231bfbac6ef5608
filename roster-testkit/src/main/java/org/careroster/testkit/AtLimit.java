package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;

/**
 * Rosters at a rule's limit: exactly at it, or a minute (or a unit) over or under, so a rule test
 * can check the boundary (at the limit holds, one step on the wrong side breaks). One case per
 * rule family: rest ({@link #dailyRest}, {@link #weeklyRest}), working time ({@link
 * #hoursPerWeek}), sequences ({@link #consecutiveWorkingDays}, {@link #consecutiveNights}), weekends
 * ({@link #weekendFrequency}) and demand ({@link #minimumCover}).
 *
 * <pre>{@code
 * Witnessed oneMinuteShort = AtLimit.dailyRest(Duration.ofHours(11), -1);
 * RuleAssert.assertThat(Rules.dailyRest(Duration.ofHours(11))).given(oneMinuteShort).hasViolations(1);
 * }</pre>
 */
public final class AtLimit {

  private AtLimit() {}

  /**
   * One employee, an evening shift {@code X} 14:00–22:00 on Monday and a shift {@code Y} of 7 h on
   * Tuesday that starts {@code minimum + offsetMinutes} after it ends: the daily rest is exactly
   * the limit when the offset is 0, too short below 0.
   *
   * @throws IllegalArgumentException unless the rest lands between 2 h and 24 h
   */
  public static Witnessed dailyRest(Duration minimum, long offsetMinutes) {
    long rest = minimum.toMinutes() + offsetMinutes;
    checkArgument(rest >= 120 && rest <= 24 * 60, "minimum + offset (%s min) must be from 2 h to 24 h", rest);
    LocalTime next = LocalTime.of(22, 0).plusMinutes(rest);
    Problem problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(Wards.MONDAY.minusWeeks(2), 7))
        .addAllRoles(Role.STANDARD)
        .addEmployee(person("E1"))
        .addShiftTypes(Wards.shift("X", LocalTime.of(14, 0), 480, ShiftCategory.EVENING),
            Wards.shift("Y", next, 420, next.isBefore(LocalTime.of(12, 0)) ? ShiftCategory.DAY : ShiftCategory.EVENING))
        .build();
    return new Witnessed(problem, Roster.of(java.util.List.of(
        Assignment.of("E1", problem.horizon().start(), "X"), Assignment.of("E1", problem.horizon().start().plusDays(1), "Y"))));
  }

  /**
   * One employee working Monday to Friday of one week for {@code maximum + offsetMinutes} in all:
   * four shifts of 8 h and one of the rest. At the limit when the offset is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless the fifth shift lands between 1 min and 20 h
   */
  public static Witnessed hoursPerWeek(Duration maximum, long offsetMinutes) {
    long fifth = maximum.toMinutes() + offsetMinutes - 4 * 8 * 60;
    checkArgument(fifth >= 1 && fifth <= 20 * 60, "maximum + offset - 32 h (%s min) must be from 1 min to 20 h", fifth);
    Problem problem = onePerson(7, Wards.shift("W", LocalTime.of(7, 0), 480, ShiftCategory.DAY),
        Wards.shift("F", LocalTime.of(7, 0), (int) fifth, ShiftCategory.DAY));
    java.util.List<Assignment> shifts = new java.util.ArrayList<>();
    for (int d = 0; d < 4; d++) {
      shifts.add(Assignment.of("E1", problem.horizon().start().plusDays(d), "W"));
    }
    shifts.add(Assignment.of("E1", problem.horizon().start().plusDays(4), "F"));
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee on a day shift {@code maximum + extra} days in a row from a Monday, in a horizon
   * with two days off after them: at the limit when {@code extra} is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 1 to 40 days
   */
  public static Witnessed consecutiveWorkingDays(int maximum, int extra) {
    int days = maximum + extra;
    checkArgument(days >= 1 && days <= 40, "maximum + extra (%s) must be from 1 to 40", days);
    Problem problem = onePerson(days + 2, Wards.DAY);
    java.util.List<Assignment> shifts = new java.util.ArrayList<>();
    for (int d = 0; d < days; d++) {
      shifts.add(Assignment.of("E1", problem.horizon().start().plusDays(d), Wards.DAY.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee on the Saturday day shift of the first week and of the week {@code weeksApart}
   * later: at the limit of working every {@code every}-th weekend when they are {@code every}
   * apart, too often below.
   *
   * @throws IllegalArgumentException unless {@code weeksApart} is from 1 to 12
   */
  public static Witnessed weekendFrequency(int weeksApart) {
    checkArgument(weeksApart >= 1 && weeksApart <= 12, "weeksApart (%s) must be from 1 to 12", weeksApart);
    Problem problem = onePerson(7 * (weeksApart + 1), Wards.DAY);
    java.time.LocalDate saturday = problem.horizon().start().plusDays(5);
    return new Witnessed(problem, Roster.of(java.util.List.of(
        Assignment.of("E1", saturday, Wards.DAY.code()), Assignment.of("E1", saturday.plusWeeks(weeksApart), Wards.DAY.code()))));
  }

  /**
   * {@code minimum + delta} people (at least 0) on a Monday's day shift that needs {@code minimum}:
   * met when {@code delta} is 0 or more, short below.
   *
   * @throws IllegalArgumentException unless {@code minimum} is from 1 to 20 and {@code minimum + delta} from 0 to 40
   */
  public static Witnessed minimumCover(int minimum, int delta) {
    int people = minimum + delta;
    checkArgument(minimum >= 1 && minimum <= 20 && people >= 0 && people <= 40, "minimum %s and delta %s out of range", minimum, delta);
    java.time.LocalDate monday = Wards.MONDAY.minusWeeks(2);
    java.util.List<Employee> staff = new java.util.ArrayList<>();
    java.util.List<Assignment> shifts = new java.util.ArrayList<>();
    for (int i = 1; i <= Math.max(1, people); i++) {
      staff.add(person("E" + i));
      if (i <= people) {
        shifts.add(Assignment.of("E" + i, monday, Wards.DAY.code()));
      }
    }
    Problem problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(monday, 1))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff)
        .addShiftTypes(Wards.DAY)
        .staffingPlan(org.careroster.core.StaffingPlan.builder()
            .addRequirement(org.careroster.core.StaffingRequirement.onDate(monday, Wards.DAY.code(), minimum)).build())
        .build();
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee in one complete week (Monday 8 March 2027, no clock change) whose longest
   * continuous rest is {@code minimum + offsetMinutes}: a shift 00:00–12:00 on Monday, a 30-minute
   * shift that rest later, then 00:00–12:00 on each day after it, so every other rest is shorter
   * than 28 h. At the limit when the offset is 0, too short below.
   *
   * @throws IllegalArgumentException unless the rest lands between 28 h and 60 h, both a minute wide
   */
  public static Witnessed weeklyRest(Duration minimum, long offsetMinutes) {
    long rest = minimum.toMinutes() + offsetMinutes;
    checkArgument(rest >= 28 * 60 - 1 && rest <= 60 * 60 + 1, "minimum + offset (%s min) must be from 28 h to 60 h", rest);
    java.time.LocalDateTime monday = Wards.MONDAY.minusWeeks(2).atStartOfDay();
    java.time.LocalDateTime second = monday.plusHours(12).plusMinutes(rest);
    org.careroster.core.ShiftType half = Wards.shift("K", LocalTime.MIDNIGHT, 720, ShiftCategory.DAY);
    org.careroster.core.ShiftType brief = Wards.shift("L", second.toLocalTime(), 30,
        second.getHour() >= 20 || second.getHour() < 4 ? ShiftCategory.NIGHT : ShiftCategory.DAY);
    Problem problem = onePerson(7, half, brief);
    java.util.List<Assignment> shifts = new java.util.ArrayList<>();
    shifts.add(Assignment.of("E1", monday.toLocalDate(), "K"));
    shifts.add(Assignment.of("E1", second.toLocalDate(), "L"));
    java.time.LocalDateTime secondEnd = second.plusMinutes(30);
    for (java.time.LocalDate d = second.toLocalDate().plusDays(1); d.isBefore(monday.toLocalDate().plusDays(7)); d = d.plusDays(1)) {
      if (!d.atStartOfDay().isBefore(secondEnd)) {
        shifts.add(Assignment.of("E1", d, "K"));
      }
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee on the night shift {@code maximum + extra} nights in a row from a Monday: at the
   * limit when {@code extra} is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 1 to 14
   */
  public static Witnessed consecutiveNights(int maximum, int extra) {
    int nights = maximum + extra;
    checkArgument(nights >= 1 && nights <= 14, "maximum + extra (%s) must be from 1 to 14", nights);
    Problem problem = onePerson(nights + 3, Wards.NIGHT);
    java.util.List<Assignment> shifts = new java.util.ArrayList<>();
    for (int d = 0; d < nights; d++) {
      shifts.add(Assignment.of("E1", problem.horizon().start().plusDays(d), Wards.NIGHT.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  private static Problem onePerson(int days, org.careroster.core.ShiftType... types) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(Wards.MONDAY.minusWeeks(2), days))
        .addAllRoles(Role.STANDARD)
        .addEmployee(person("E1"))
        .addShiftTypes(types)
        .build();
  }

  private static Employee person(String id) {
    return Employee.builder().id(id).name("Employee " + id.substring(1)).role(Role.HEALTH_WORKER.id()).positionPercent(100)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
  }
}
