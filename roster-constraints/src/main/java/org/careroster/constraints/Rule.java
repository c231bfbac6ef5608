package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * A care-staffing rule: it explains a concrete roster and encodes itself into the solver, with
 * the same meaning and numbers on both paths.
 *
 * <p>Create rules through {@link Rules}; implement this interface only to add a rule of your own.
 */
public interface Rule {

  /** Stable kebab-case id, part of saved rule sets, e.g. {@code "daily-rest"}. */
  String id();

  /** Whether the rule is hard, or soft with a weight. */
  Severity severity();

  /**
   * The violations of this rule in {@code roster}; empty when the roster keeps it. The roster's
   * references have already been checked against {@code problem}.
   */
  ImmutableList<Violation> check(Problem problem, Roster roster);

  /**
   * Encodes this rule into the solver: as constraints when hard, as penalties when soft. Name each
   * constraint with {@link RosterModel#name(String, String)}.
   */
  void post(RosterModel model);
}
