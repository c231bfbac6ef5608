package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * Checks a roster from anywhere (careroster's solver, a hand-made plan, another system) against a
 * rule set and explains every violation.
 *
 * <pre>{@code
 * ValidationReport report = RosterValidator.validate(problem, roster, RuleSets.kommuneDefault());
 * report.violations().forEach(v -> System.out.println(v.message()));
 * }</pre>
 */
public final class RosterValidator {
  private RosterValidator() {}

  /**
   * Validates {@code roster} for {@code problem} against every rule of {@code rules}.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have, or a date outside its horizon
   */
  public static ValidationReport validate(Problem problem, Roster roster, RuleSet rules) {
    RosterView view = RosterView.of(problem, roster);
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Rule rule : rules.rules()) {
      violations.addAll(rule.check(view));
    }
    return ValidationReport.of(rules, violations.build());
  }
}
