package org.careroster.examples;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.ShiftType;

/**
 * A sample nursing-home ward: 14 staff of mixed roles and position sizes, day, evening and night
 * shifts, and two weeks from Monday 4 January 2027. The people are made up; the shift times follow
 * RULES.md §5.1.
 */
public final class DemoWard {

  /** Day shift, 07:30–15:00. */
  public static final ShiftType DAY = shift("D", LocalTime.of(7, 30), Duration.ofMinutes(450));

  /** Evening shift, 14:30–22:00. */
  public static final ShiftType EVENING = shift("A", LocalTime.of(14, 30), Duration.ofMinutes(450));

  /** Night shift, 21:45–07:45. */
  public static final ShiftType NIGHT = shift("N", LocalTime.of(21, 45), Duration.ofHours(10));

  /** First planned date: Monday 4 January 2027. */
  public static final LocalDate START = LocalDate.of(2027, 1, 4);

  private DemoWard() {}

  /** The ward's staff: 3 nurses, 6 health workers and 5 assistants, 3 of them full-time. */
  public static ImmutableList<Employee> staff() {
    return ImmutableList.of(
        employee("E1", "Ingrid Berg", Role.NURSE, 100),
        employee("E2", "Ola Hansen", Role.NURSE, 100),
        employee("E3", "Kari Lie", Role.NURSE, 75),
        employee("E4", "Nils Dahl", Role.HEALTH_WORKER, 100),
        employee("E5", "Aud Moen", Role.HEALTH_WORKER, 80),
        employee("E6", "Per Strand", Role.HEALTH_WORKER, 75),
        employee("E7", "Liv Vik", Role.HEALTH_WORKER, 62.91),
        employee("E8", "Tor Haugen", Role.HEALTH_WORKER, 60),
        employee("E9", "Siri Lund", Role.HEALTH_WORKER, 50),
        employee("E10", "Jon Bakke", Role.ASSISTANT, 60),
        employee("E11", "Eva Foss", Role.ASSISTANT, 50),
        employee("E12", "Arne Ruud", Role.ASSISTANT, 40),
        employee("E13", "Mona Eide", Role.ASSISTANT, 40),
        employee("E14", "Geir Holm", Role.ASSISTANT, 35));
  }

  /**
   * The ward's problem over {@code days} days from {@link #START}: on weekdays 3 on D, 2 on A and 1
   * on N; at weekends 2 on D, 2 on A and 1 on N.
   */
  public static Problem problem(int days) {
    PlanningHorizon horizon = PlanningHorizon.ofDays(START, days);
    Problem.Builder problem =
        Problem.builder()
            .horizon(horizon)
            .addAllEmployees(staff())
            .addShiftType(DAY)
            .addShiftType(EVENING)
            .addShiftType(NIGHT);
    for (LocalDate date : horizon.dates()) {
      boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      problem.addCoverRequirement(CoverRequirement.of(date, DAY.code(), weekend ? 2 : 3));
      problem.addCoverRequirement(CoverRequirement.of(date, EVENING.code(), 2));
      problem.addCoverRequirement(CoverRequirement.of(date, NIGHT.code(), 1));
    }
    return problem.build();
  }

  /** The demo's problem: two weeks. */
  public static Problem problem() {
    return problem(14);
  }

  private static ShiftType shift(String code, LocalTime start, Duration duration) {
    return ShiftType.builder().code(code).start(start).duration(duration).build();
  }

  private static Employee employee(String id, String name, Role role, double percent) {
    return Employee.builder().id(id).name(name).role(role).positionPercent(percent).build();
  }
}
