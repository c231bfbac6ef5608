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
 * Rosters at a rule's limit: exactly at it, or {@code offsetMinutes} over or under, so a rule test
 * can check the boundary to the minute (at the limit holds, one minute on the wrong side breaks).
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
        .addEmployee(Employee.builder().id("E1").name("Employee 1").role(Role.HEALTH_WORKER.id()).positionPercent(100)
            .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build())
        .addShiftTypes(Wards.shift("X", LocalTime.of(14, 0), 480, ShiftCategory.EVENING),
            Wards.shift("Y", next, 420, next.isBefore(LocalTime.of(12, 0)) ? ShiftCategory.DAY : ShiftCategory.EVENING))
        .build();
    return new Witnessed(problem, Roster.of(java.util.List.of(
        Assignment.of("E1", problem.horizon().start(), "X"), Assignment.of("E1", problem.horizon().start().plusDays(1), "Y"))));
  }
}
