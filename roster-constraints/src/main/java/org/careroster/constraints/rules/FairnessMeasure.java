package org.careroster.constraints.rules;

import org.careroster.constraints.internal.Weekends;

/** What {@link Fairness} shares out evenly among comparable employees. */
public enum FairnessMeasure {
  /** Night shifts (category NIGHT), among those of a role who work nights. */
  NIGHTS("nights", "nattevakter"),
  /**
   * Weekends with at least one shift touching Saturday 00:00 – Monday 00:00 (KS HTA § 5.2 window),
   * among all of a role.
   */
  WEEKENDS("weekends", "helgar"),
  /** Long shifts (langvakter), among those of a role who accept them. */
  LONG_SHIFTS("long shifts", "langvakter");

  private final String english;
  private final String nynorsk;

  FairnessMeasure(String english, String nynorsk) {
    this.english = english;
    this.nynorsk = nynorsk;
  }

  /** The measure in English words, e.g. {@code "long shifts"}. */
  String english() {
    return english;
  }

  /** The measure in nynorsk, e.g. {@code "langvakter"}. */
  String nynorsk() {
    return nynorsk;
  }
}
