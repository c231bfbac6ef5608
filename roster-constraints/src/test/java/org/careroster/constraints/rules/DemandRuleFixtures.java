package org.careroster.constraints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Violation;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.json.RosterJson;

/** Helpers for the tests of the demand, eligibility, request, overtime and fairness rules. */
final class DemandRuleFixtures {
  private DemandRuleFixtures() {}

  /** A health worker on a 35.5 h rota week, to be completed with mentor, units, dates, etc. */
  static Employee.Builder person(String id, double percent) {
    return person(id, percent, Role.HEALTH_WORKER);
  }

  /** An employee in {@code role} on a 35.5 h rota week, to be completed. */
  static Employee.Builder person(String id, double percent, Role role) {
    return Employee.builder()
        .id(id)
        .name("Name " + id)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .contractType(ContractType.PERMANENT);
  }

  /** A problem over {@code horizon} (calendar or cyclic) with D, A, N and the given staff. */
  static Problem.Builder wardOver(PlanningHorizon horizon, Employee... staff) {
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(ImmutableList.copyOf(staff))
        .addShiftType(Fixtures.DAY)
        .addShiftType(Fixtures.EVENING)
        .addShiftType(Fixtures.NIGHT);
  }

  /** A staffing-plan row for {@code shift} on {@code date} with minimum, preferred and maximum. */
  static StaffingRequirement.Builder row(LocalDate date, String shift, int minimum) {
    return StaffingRequirement.builder()
        .shift(shift)
        .days(DayKind.DATE)
        .date(date)
        .minimum(minimum);
  }

  /** A request of {@code employee} on {@code date}. */
  static Request.Builder request(String employee, LocalDate date, RequestKind kind, int weight) {
    return Request.builder().employee(employee).date(date).kind(kind).weight(weight);
  }

  /** Asserts that the English and the nynorsk message each contain every one of {@code parts}. */
  static void assertMessagesMention(Violation violation, String... parts) {
    for (String part : parts) {
      assertTrue(violation.message().contains(part), () -> violation.message() + " lacks " + part);
      assertTrue(
          violation.messageNynorsk().contains(part),
          () -> violation.messageNynorsk() + " lacks " + part);
    }
  }

  /** Asserts that {@code rule} survives a JSON round trip in a rule set. */
  static void assertRoundTrips(Rule rule) {
    RosterJson json = RosterJson.strict();
    RuleSet rules = RuleSet.of(rule);
    assertEquals(rules, json.read(json.write(rules), RuleSet.class));
  }
}
