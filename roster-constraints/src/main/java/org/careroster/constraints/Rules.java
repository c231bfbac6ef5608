package org.careroster.constraints;

import com.google.common.collect.Sets;
import java.time.Duration;

/**
 * Creates the rules of the catalogue.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.of(
 *     Rules.dailyRest(Duration.ofHours(11)),
 *     Rules.minimumCover(),
 *     Rules.contractHours(Duration.ofHours(4), 1));
 * }</pre>
 */
public final class Rules {
  private Rules() {}

  /**
   * Daily rest, hard (aml § 10-8 (1)): at least {@code minimum} of real elapsed time between the
   * end of one shift and the start of the next. The law's value is 11 hours; 8 hours by written
   * agreement with the union representatives (§ 10-8 (3)).
   *
   * @throws org.careroster.core.InvalidModelException if {@code minimum} is not more than 0 and at most 24 hours
   */
  public static DailyRest dailyRest(Duration minimum) {
    return DailyRest.builder().minimum(minimum).build();
  }

  /** Minimum cover, hard: every shift has at least the people its cover requirement asks for. */
  public static MinimumCover minimumCover() {
    return MinimumCover.of();
  }

  /**
   * Contract hours, soft: over the horizon each employee works position % × their own full-time
   * weekly hours ({@code Employee.fullTimeWeeklyHours()}, e.g. 35.5 h for rota work) per week,
   * within {@code tolerance}; each minute outside costs {@code weight}.
   *
   * @throws IllegalArgumentException if {@code tolerance} is negative or {@code weight} is not
   *     positive
   */
  public static ContractHours contractHours(Duration tolerance, int weight) {
    return ContractHours.builder().tolerance(tolerance).severity(Severity.soft(weight)).build();
  }

  /**
   * Preferred cover, soft (weight 1 per person): every shift has the number of people its cover
   * requirement prefers, counting as {@link #minimumCover()} does.
   */
  public static PreferredCover preferredCover() {
    return PreferredCover.of();
  }

  /**
   * Maximum cover, soft (weight 10 per person): no shift has more people than its cover
   * requirement's maximum, counting as {@link #minimumCover()} does.
   */
  public static MaximumCover maximumCover() {
    return MaximumCover.of();
  }

  /**
   * Task-sharing cover, hard (hpl § 4, § 5): each shift a task occurs on has someone the
   * task-sharing policy allows to do it that day.
   */
  public static TaskSharingCover taskSharingCover() {
    return TaskSharingCover.of();
  }

  /**
   * Mentoring, hard (opplæring): an employee with a mentor works their first {@code firstShifts}
   * shifts on the mentor's date and shift.
   *
   * @throws org.careroster.core.InvalidModelException if {@code firstShifts} is less than 1
   */
  public static Mentoring mentoring(int firstShifts) {
    return Mentoring.builder().firstShifts(firstShifts).build();
  }

  /**
   * Availability, hard: nobody works on a date they are not employed or are fully absent (sick
   * leave, vacation, leave, course at 100 %).
   */
  public static Availability availability() {
    return Availability.of();
  }

  /**
   * Unit eligibility, hard: an assignment's unit is the employee's home unit or one of their
   * others.
   */
  public static UnitEligibility unitEligibility() {
    return UnitEligibility.of();
  }

  /** Night eligibility, hard: an employee exempt from nights works no night shift. */
  public static NightEligibility nightEligibility() {
    return NightEligibility.of();
  }

  /**
   * Requests (ønsketurnus), soft with weight 1: each wish to work or be off that the roster breaks
   * costs the wish's own weight.
   */
  public static Requests requests() {
    return Requests.of();
  }

  /**
   * Overtime caps, hard (aml § 10-6 (4)): the law's 10 hours of overtime a week, 25 hours in four
   * weeks and 200 hours in a calendar year.
   */
  public static OvertimeCaps overtimeCaps() {
    return OvertimeCaps.builder().build();
  }

  /**
   * Overtime caps, hard, with caps agreed with the union representatives (aml § 10-6 (5)), e.g.
   * 20 hours, 50 hours and 300 hours.
   *
   * @throws org.careroster.core.InvalidModelException if a cap is not more than 0 or above 20, 50
   *     or 300 hours
   */
  public static OvertimeCaps overtimeCaps(
      Duration perWeek, Duration perFourWeeks, Duration perYear) {
    return OvertimeCaps.builder()
        .perWeek(perWeek)
        .perFourWeeks(perFourWeeks)
        .perYear(perYear)
        .build();
  }

  /**
   * Fairness, soft with weight 1: nights, weekends and long shifts are shared among employees of a
   * role in proportion to their position size.
   */
  public static Fairness fairness() {
    return Fairness.builder().build();
  }

  /**
   * Fairness, soft with weight 1, for the given measures only, e.g. {@code
   * Rules.fairness(FairnessMeasure.NIGHTS)}.
   */
  public static Fairness fairness(FairnessMeasure first, FairnessMeasure... rest) {
    return Fairness.builder().measures(Sets.immutableEnumSet(first, rest)).build();
  }
}
