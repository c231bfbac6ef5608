package org.careroster.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * Deterministic wards of any size for benchmarks: D, A, N and the weekend long shift LD of
 * RULES.md §5.1, a staffing plan scaled to the head count, and a roster in which every employee
 * works the 6-week line of RULES.md §5.3, each starting in another week.
 */
public final class BenchmarkWards {

  /** The Monday every benchmark horizon starts on. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  // The 6-week line of RULES.md §5.3, Monday to Sunday, "-" for a day off.
  private static final String[][] LINE = {
    {"D", "D", "A", "A", "-", "-", "-"},
    {"-", "D", "A", "-", "-", "LD", "LD"},
    {"-", "D", "D", "A", "A", "-", "-"},
    {"D", "D", "N", "N", "-", "-", "-"},
    {"A", "A", "D", "-", "-", "LD", "LD"},
    {"-", "D", "D", "A", "A", "-", "-"},
  };

  private BenchmarkWards() {}

  /**
   * A calendar problem of {@code employees} over {@code weeks} weeks from {@link #START}.
   *
   * @throws IllegalArgumentException if either is not positive
   */
  public static Problem problem(int employees, int weeks) {
    checkArgument(employees > 0 && weeks > 0, "employees (%s) and weeks (%s) must be positive", employees, weeks);
    ImmutableList.Builder<Employee> staff = ImmutableList.builder();
    for (int i = 0; i < employees; i++) {
      Role role = i % 5 == 0 ? Role.NURSE : i % 5 < 3 ? Role.HEALTH_WORKER : Role.ASSISTANT;
      staff.add(
          Employee.builder()
              .id("E" + (i + 1))
              .name("Employee " + (i + 1))
              .role(role)
              .positionPercent(100)
              .fullTimeWeeklyHours(35.5)
              .contractType(ContractType.PERMANENT)
              .acceptsLongShifts(true)
              .build());
    }
    int perShift = Math.max(1, employees / 12);
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(START, 7 * weeks))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff.build())
        .addShiftTypes(
            shift("D", 7, 30, 450, ShiftCategory.DAY),
            shift("A", 14, 30, 450, ShiftCategory.EVENING),
            shift("N", 21, 45, 600, ShiftCategory.NIGHT),
            shift("LD", 8, 0, 750, ShiftCategory.LONG))
        .staffingPlan(
            StaffingPlan.builder()
                .addRequirements(
                    StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).minimum(perShift).build(),
                    StaffingRequirement.builder().shift("A").days(DayKind.EVERY_DAY).minimum(perShift).build(),
                    StaffingRequirement.builder().shift("LD").days(DayKind.WEEKEND).minimum(perShift).build())
                .build())
        .build();
  }

  /** The §5.3 line for everyone, employee {@code i} starting in week {@code i mod 6}. */
  public static Roster roster(Problem problem) {
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    int days = problem.horizon().days();
    for (int i = 0; i < problem.employees().size(); i++) {
      String id = problem.employees().get(i).id();
      for (int d = 0; d < days; d++) {
        String code = LINE[(d / 7 + i) % LINE.length][d % 7];
        if (!code.equals("-")) {
          assignments.add(Assignment.of(id, problem.horizon().start().plusDays(d), code));
        }
      }
    }
    return Roster.of(assignments.build());
  }

  private static ShiftType shift(String code, int hour, int minute, int minutes, ShiftCategory category) {
    return ShiftType.builder()
        .code(code)
        .start(LocalTime.of(hour, minute))
        .duration(Duration.ofMinutes(minutes))
        .category(category)
        .build();
  }
}
