package org.careroster.constraints;

import java.time.Duration;

/**
 * Ready-made rule sets. Change any parameter with {@link RuleSet#with(Rule)} and store the result
 * as the municipality's local agreement:
 *
 * <pre>{@code
 * RuleSet local = RuleSets.kommuneDefault()
 *     .named("solbakken-2027")
 *     .with(Rules.dailyRest(Duration.ofHours(9)));   // § 10-8 (3) agreement
 * Files.writeString(Path.of("rules.json"), RosterJson.strict().write(local));
 * }</pre>
 */
public final class RuleSets {

  private RuleSets() {}

  /**
   * A minimal set: daily rest of 11 h (aml § 10-8 (1)) and the staffing plan's minimum cover, both
   * hard, plus contract hours as a soft goal (each employee's own full-time
   * week, ±4 h tolerance over the horizon, weight 1 per minute).
   */
  public static RuleSet basic() {
    return RuleSet.of(
            Rules.dailyRest(Duration.ofHours(11)),
            Rules.minimumCover(),
            Rules.contractHours(Duration.ofHours(4), 1))
        .named("basic");
  }

  /**
   * The Working Environment Act's floor, with no agreement: daily rest 11 h and weekly rest 35 h
   * (aml § 10-8), 9 h ordinary time and 13 h in total per day (§ 10-4 (1), § 10-6 (8)), 48 h in a
   * single week and on average over 8 weeks (§ 10-6 (8)), the next Sunday or holiday free after
   * Sunday work (§ 10-8 (4)), night work at most 8 h per 24 h over 4 weeks (§ 10-11 (6)),
   * overtime at most 10 / 25 / 200 h per week / 4 weeks / year (§ 10-6 (4)); plus availability
   * (nobody works while absent or outside their employment). All hard.
   */
  public static RuleSet workingEnvironmentAct() {
    return RuleSet.of(
            Rules.dailyRest(Duration.ofHours(11)),
            Rules.weeklyRest(Duration.ofHours(35)),
            Rules.ordinaryHoursPerDay(Duration.ofHours(9)),
            Rules.totalHoursPerDay(Duration.ofHours(13)),
            Rules.hoursPerWeek(Duration.ofHours(48)),
            Rules.averageWeeklyHours(Duration.ofHours(48), 8),
            Rules.sundayRest(),
            Rules.nightWorkAverage(Duration.ofHours(8), 4),
            Rules.overtimeCaps(),
            Rules.availability())
        .named("working-environment-act");
  }

  /**
   * The law with the agreements a KS municipality usually has, and common KS practice. Hard:
   * everything in {@link #workingEnvironmentAct()}, but averaging under aml § 10-5 (2) with the
   * union representatives (12.5 h ordinary time a day, 54 h in a single week, 48 h on average over
   * 8 weeks); at most 4 nights and 6 working days in a row; work at most every 3rd weekend (or the
   * employee's own frequency); long shifts up to 12.5 h, for volunteers only, on weekends and
   * holidays, at most 2 a week; only the units and night work an employee's contract allows; new
   * staff with a mentor work their first 3 shifts with the mentor; the staffing plan's minimum
   * cover and the task-sharing policy. Soft: preferred cover (weight 1 per person), maximum cover
   * (10), contract hours of each employee's own full-time week (35.5 h for rota work) within ±4 h
   * over the horizon (1 per minute), wishes (their own weight) and fairness of nights, weekends
   * and long shifts (1).
   */
  public static RuleSet kommuneDefault() {
    return RuleSet.of(
            Rules.dailyRest(Duration.ofHours(11)),
            Rules.weeklyRest(Duration.ofHours(35)),
            Rules.ordinaryHoursPerDay(Duration.ofMinutes(750)),
            Rules.totalHoursPerDay(Duration.ofHours(13)),
            Rules.hoursPerWeek(Duration.ofHours(54)),
            Rules.averageWeeklyHours(Duration.ofHours(48), 8),
            Rules.sundayRest(),
            Rules.nightWorkAverage(Duration.ofHours(8), 4),
            Rules.overtimeCaps(),
            Rules.availability(),
            Rules.consecutiveNights(4),
            Rules.consecutiveWorkingDays(6),
            Rules.weekendFrequency(3),
            Rules.longShifts(2, 1),
            Rules.unitEligibility(),
            Rules.nightEligibility(),
            Rules.mentoring(3),
            Rules.minimumCover(),
            Rules.taskSharingCover(),
            Rules.preferredCover(),
            Rules.maximumCover(),
            Rules.contractHours(Duration.ofHours(4), 1),
            Rules.requests(),
            Rules.fairness())
        .named("kommune-default");
  }
}
