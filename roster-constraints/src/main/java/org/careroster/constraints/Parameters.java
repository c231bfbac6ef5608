package org.careroster.constraints;

import org.careroster.core.InvalidModelException;

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
}
