package org.careroster.constraints;

/** How a solve ended. */
public enum SolveStatus {
  /** A roster was found and no roster with a lower objective exists. */
  OPTIMAL,
  /** A roster meeting every hard rule was found; a better one may exist. */
  FEASIBLE,
  /** No roster meets the hard rules: the search proved it. */
  INFEASIBLE,
  /** The limits were reached before any roster was found or infeasibility was proved. */
  UNKNOWN
}
