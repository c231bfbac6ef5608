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
   * What the solver encodes today: daily rest of 11 h (aml § 10-8 (1)) and the staffing plan's
   * minimum cover, both hard, plus contract hours as a soft goal (each employee's own full-time
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
            Rules.sundayRest())
        .named("working-environment-act");
  }

  /**
   * The law with the agreements a KS municipality usually has, and common KS practice:
   * averaging under aml § 10-5 (2) with the union representatives (12.5 h ordinary time a day, 54 h
   * in a single week, 48 h on average over 8 weeks), long shifts up to 12.5 h for volunteers on
   * weekends and holidays, work at most every 3rd weekend, the staffing plan's cover and
   * task-sharing policy, contract hours of each employee's own full-time week (35.5 h for rota
   * work) within ±4 h over the horizon, and wishes and fairness as soft goals.
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
            Rules.minimumCover(),
            Rules.contractHours(Duration.ofHours(4), 1))
        .named("kommune-default");
  }
}
