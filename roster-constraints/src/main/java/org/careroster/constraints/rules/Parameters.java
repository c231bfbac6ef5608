package org.careroster.constraints.rules;

import java.util.Set;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;

/** Checks of rule parameters; each failure names the rule, the parameter, the value and the limit. */
final class Parameters {
  private Parameters() {}

  /**
   * Fails with an {@link InvalidModelException} for rule {@code ruleId} unless {@code condition}
   * holds.
   */
  static void require(
      boolean condition, String ruleId, String parameter, Object value, String expectation) {
    if (!condition) {
      throw new InvalidModelException("rule " + ruleId, parameter, value, expectation);
    }
  }

  /**
   * Fails with an {@link InvalidModelException} for rule {@code ruleId} when {@code parameter}
   * names an employee the problem does not have; per-employee parameters are checked against the
   * problem when a rule is checked or posted.
   */
  static void requireEmployees(String ruleId, String parameter, Set<String> ids, Problem problem) {
    for (String id : ids) {
      if (problem.findEmployee(id).isEmpty()) {
        throw new InvalidModelException(
            "rule " + ruleId, parameter + "." + id, id, "must name an employee of the problem");
      }
    }
  }

  /** Like {@link #requireEmployees}, for shift type codes. */
  static void requireShiftTypes(String ruleId, String parameter, Set<String> codes, Problem problem) {
    for (String code : codes) {
      if (problem.shiftTypes().stream().noneMatch(t -> t.code().equals(code))) {
        throw new InvalidModelException(
            "rule " + ruleId, parameter + "." + code, code, "must name a shift type of the problem");
      }
    }
  }
}
