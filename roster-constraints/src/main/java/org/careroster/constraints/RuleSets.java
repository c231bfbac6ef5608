package org.careroster.constraints;

import java.time.Duration;

/** Ready-made rule sets. */
public final class RuleSets {

  /** Weekly hours of a full-time rota position in the KS tariff area: 35.5 h. */
  public static final Duration ROTA_FULL_TIME_WEEK = Duration.ofMinutes(35 * 60 + 30);

  private RuleSets() {}

  /**
   * Daily rest of 11 h (aml § 10-8 (1)) and the staffing plan's minimum cover, both hard, plus
   * contract hours as a soft goal (35.5 h full-time week, ±4 h tolerance over the horizon, weight
   * 1 per minute).
   */
  public static RuleSet basic() {
    return RuleSet.of(
        Rules.dailyRest(Duration.ofHours(11)),
        Rules.minimumCover(),
        Rules.contractHours(ROTA_FULL_TIME_WEEK, Duration.ofHours(4), 1));
  }
}
