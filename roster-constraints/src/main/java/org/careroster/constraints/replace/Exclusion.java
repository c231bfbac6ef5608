package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Violation;
import org.immutables.value.Value;

/**
 * An employee the {@link ReplacementAdvisor} leaves out, and why: the hard violations taking the
 * shift would add, or a reason without a violation (already on the shift; does not count for the
 * unmet demand).
 */
@Value.Immutable
public abstract class Exclusion {

  Exclusion() {}

  /** Id of the employee left out. */
  public abstract String employee();

  /** One sentence: why the employee cannot take the shift. */
  public abstract String reason();

  /** The hard violations the shift would add (new, or worse than before); may be empty. */
  public abstract ImmutableList<Violation> violations();

  static Exclusion of(String employee, String reason, Iterable<Violation> violations) {
    return ImmutableExclusion.builder().employee(employee).reason(reason).addAllViolations(violations).build();
  }

  @Override
  public String toString() {
    return employee() + ": " + reason();
  }
}
