package org.careroster.core;

/** Whether a {@link PlanningHorizon} is a dated plan or a repeating base rotation. */
public enum HorizonKind {
  /** A dated period (kalenderplan, årsturnus): public holidays and absences apply to its dates. */
  CALENDAR,
  /**
   * A base rotation (grunnturnus) of whole weeks whose last week is followed by its first; the
   * dates only lay the pattern out from a Monday, and public holidays do not apply.
   */
  CYCLIC
}
