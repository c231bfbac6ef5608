package org.careroster.constraints;

/** How a solve ended. */
public enum SolveStatus {
  /**
   * A roster was found and none has a lower objective: it breaks no soft rule at all, or the rule
   * set has only hard rules.
   */
  OPTIMAL,
  /** A roster meeting every hard rule was found; one with a lower objective may exist. */
  FEASIBLE,
  /** No roster meets the hard rules: the search proved it. */
  INFEASIBLE,
  /** The limits were reached before any roster was found or infeasibility was proved. */
  UNKNOWN
}
