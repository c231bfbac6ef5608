package org.careroster.constraints.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.constraints.Fixtures;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.ShiftType;

/** Problems for the working-time rules: any shift types, calendar or cyclic horizons. */
final class TimeRuleFixtures {
  private TimeRuleFixtures() {}

  /** A calendar problem of {@code days} from {@code start} with these shift types and one employee E1. */
  static Problem calendar(LocalDate start, int days, ShiftType... types) {
    return problem(PlanningHorizon.ofDays(start, days), Fixtures.employee("E1", 100), types);
  }

  /** A cyclic rotation of {@code weeks} from {@code monday} with these shift types and E1. */
  static Problem cyclic(LocalDate monday, int weeks, ShiftType... types) {
    return problem(PlanningHorizon.cyclic(monday, weeks), Fixtures.employee("E1", 100), types);
  }

  static Problem problem(PlanningHorizon horizon, Employee employee, ShiftType... types) {
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addEmployees(employee)
        .addAllShiftTypes(ImmutableList.copyOf(types))
        .build();
  }
}
