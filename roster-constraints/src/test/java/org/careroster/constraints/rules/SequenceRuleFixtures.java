package org.careroster.constraints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;

/** Helpers for the tests of the sequence, night, weekend and long-shift rules. */
final class SequenceRuleFixtures {
  private SequenceRuleFixtures() {}

  /** A cyclic rotation of {@code weeks} weeks from {@link Fixtures#MONDAY} with D, A, N. */
  static Problem.Builder cyclicWard(int weeks, Employee... staff) {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(Fixtures.MONDAY, weeks))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(ImmutableList.copyOf(staff))
        .addShiftType(Fixtures.DAY)
        .addShiftType(Fixtures.EVENING)
        .addShiftType(Fixtures.NIGHT);
  }

  /** A 100 % rota employee like {@link Fixtures#employee}, with the given terms. */
  static Employee employee(String id, Optional<Integer> weekendFrequency, boolean acceptsLongShifts) {
    return Employee.builder()
        .id(id)
        .name("Name " + id)
        .role(Role.HEALTH_WORKER)
        .positionPercent(100)
        .fullTimeWeeklyHours(35.5)
        .contractType(ContractType.PERMANENT)
        .weekendFrequency(weekendFrequency)
        .acceptsLongShifts(acceptsLongShifts)
        .build();
  }

  /** {@code employee} on {@code shift} on {@code count} consecutive days from {@code first}. */
  static List<Assignment> run(String employee, LocalDate first, int count, String shift) {
    List<Assignment> run = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      run.add(Fixtures.on(employee, first.plusDays(d), shift));
    }
    return run;
  }

  /** A roster of all the given assignments. */
  static Roster rosterOf(List<Assignment> assignments) {
    return Roster.of(ImmutableList.copyOf(assignments));
  }

  /** The date {@code days} after {@link Fixtures#MONDAY}. */
  static LocalDate day(int days) {
    return Fixtures.MONDAY.plusDays(days);
  }

  /** The only violation in {@code violations}. */
  static Violation only(ImmutableList<Violation> violations) {
    assertEquals(1, violations.size(), () -> violations.toString());
    return violations.get(0);
  }

  /** Asserts that both messages of {@code v} contain every one of {@code figures}. */
  static void assertMessagesMention(Violation v, String... figures) {
    for (String figure : figures) {
      assertTrue(v.message().contains(figure), () -> "English lacks \"" + figure + "\": " + v.message());
      assertTrue(
          v.messageNynorsk().contains(figure),
          () -> "Nynorsk lacks \"" + figure + "\": " + v.messageNynorsk());
    }
  }

  /** Asserts that {@code rule} survives a JSON round trip in a rule set. */
  static void assertRoundTrips(Rule rule) {
    RosterJson json = RosterJson.strict();
    RuleSet rules = RuleSet.of(rule);
    assertEquals(rules, json.read(json.write(rules), RuleSet.class));
  }
}
