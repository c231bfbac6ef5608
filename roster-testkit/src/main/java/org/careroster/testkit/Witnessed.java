package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * A problem with a roster that proves it feasible: the witness meets every minimum of the staffing
 * plan and breaks no hard rule of {@link org.careroster.constraints.RuleSets#kommuneDefault()}.
 *
 * @param problem the generated problem
 * @param witness a roster for it
 */
public record Witnessed(Problem problem, Roster witness) {

  /** A problem and its witness. */
  public Witnessed {
    checkNotNull(problem, "problem");
    checkNotNull(witness, "witness");
  }
}
