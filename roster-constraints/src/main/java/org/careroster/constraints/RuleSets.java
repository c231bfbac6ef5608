package org.careroster.constraints;

import java.time.Duration;

/** Ready-made rule sets. */
public final class RuleSets {

  private RuleSets() {}

  /**
   * Daily rest of 11 h (aml § 10-8 (1)) and the staffing plan's minimum cover, both hard, plus
   * contract hours as a soft goal (each employee's own full-time week, ±4 h tolerance over the
   * horizon, weight 1 per minute).
   */
  public static RuleSet basic() {
    return RuleSet.of(
            Rules.dailyRest(Duration.ofHours(11)),
        Rules.minimumCover(),
        Rules.contractHours(Duration.ofHours(4), 1))
        .named("basic");
  }
}
