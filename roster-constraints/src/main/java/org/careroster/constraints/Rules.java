package org.careroster.constraints;

import com.google.common.collect.Sets;
import java.time.Duration;
import org.careroster.constraints.rules.Availability;
import org.careroster.constraints.rules.AverageWeeklyHours;
import org.careroster.constraints.rules.ConsecutiveDaysOff;
import org.careroster.constraints.rules.ConsecutiveNights;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.constraints.rules.ContractHours;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.Fairness;
import org.careroster.constraints.rules.FairnessMeasure;
import org.careroster.constraints.rules.ForbiddenSuccessions;
import org.careroster.constraints.rules.HoursPerWeek;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.constraints.rules.MaximumCover;
import org.careroster.constraints.rules.Mentoring;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.NightEligibility;
import org.careroster.constraints.rules.NightWorkAverage;
import org.careroster.constraints.rules.OrdinaryHoursPerDay;
import org.careroster.constraints.rules.OvertimeCaps;
import org.careroster.constraints.rules.PreferredCover;
import org.careroster.constraints.rules.Requests;
import org.careroster.constraints.rules.ShiftCounts;
import org.careroster.constraints.rules.Succession;
import org.careroster.constraints.rules.SundayRest;
import org.careroster.constraints.rules.TaskSharingCover;
import org.careroster.constraints.rules.TotalHoursPerDay;
import org.careroster.constraints.rules.UnitEligibility;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.constraints.rules.WeeklyRest;
import org.careroster.constraints.rules.WorkedTime;
import org.careroster.constraints.rules.WorkingWeekends;

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
   * Weekly rest, hard (aml § 10-8 (2)): one continuous rest of at least {@code minimum} in every
   * Monday-to-Sunday week; 35 hours by law, 28 by agreement (§ 10-8 (3)).
   *
   * @throws org.careroster.core.InvalidModelException if {@code minimum} is not more than 0 and
   *     at most 7 days
   */
  public static WeeklyRest weeklyRest(Duration minimum) {
    return WeeklyRest.builder().minimum(minimum).build();
  }

  /**
   * Ordinary hours per day, hard: at most {@code maximum} of ordinary time in the shifts starting
   * on one date; 9 hours by law (aml § 10-4 (1)), 10 or 12.5 by averaging agreement (§ 10-5).
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is not more than 0 and
   *     at most 24 hours
   */
  public static OrdinaryHoursPerDay ordinaryHoursPerDay(Duration maximum) {
    return OrdinaryHoursPerDay.builder().maximum(maximum).build();
  }

  /**
   * Total hours per day, hard (aml § 10-6 (8)): at most {@code maximum}, overtime included, in the
   * shifts starting on one date; 13 hours by law.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is not more than 0 and
   *     at most 24 hours
   */
  public static TotalHoursPerDay totalHoursPerDay(Duration maximum) {
    return TotalHoursPerDay.builder().maximum(maximum).build();
  }

  /**
   * The single-week cap, hard: at most {@code maximum} in any Monday-to-Sunday week, overtime
   * included; 48 hours by law, 50 or 54 under an averaging agreement (aml § 10-5).
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is not more than 0 and
   *     at most 168 hours
   */
  public static HoursPerWeek hoursPerWeek(Duration maximum) {
    return HoursPerWeek.builder().maximum(maximum).build();
  }

  /**
   * Averaged weekly hours, hard: at most {@code maximum} a week on average over every {@code
   * weeks} consecutive weeks; 48 hours over 8 weeks by law (aml § 10-5, § 10-6 (8)).
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is not more than 0 and
   *     at most 168 hours, or {@code weeks} is not between 1 and 52
   */
  public static AverageWeeklyHours averageWeeklyHours(Duration maximum, int weeks) {
    return AverageWeeklyHours.builder().maximum(maximum).weeks(weeks).build();
  }

  /**
   * Free Sundays after Sunday work, hard (aml § 10-8 (4)), in the law's form: after a worked
   * Sunday or public holiday, the next one is free.
   */
  public static SundayRest sundayRest() {
    return SundayRest.builder().build();
  }

  /**
   * Free Sundays by agreement, hard (aml § 10-8 (4)): free on average every other Sunday or
   * holiday over 26 weeks, and at least every 4th Sunday.
   */
  public static SundayRest sundayRestAveraged() {
    return SundayRest.builder().mode(SundayRest.Mode.AVERAGED).build();
  }

  /**
   * Night work average, hard (aml § 10-11 (6)): a night worker (more than 3 h of night time in a
   * shift) works on average at most {@code maxAverage} per 24 hours over windows of {@code weeks}
   * complete weeks, the 35 h weekly rest of each week excluded. The law's values are 8 hours over 4
   * weeks.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maxAverage} is not more than 0 and
   *     at most 24 hours, or {@code weeks} is not from 1 to 52
   */
  public static NightWorkAverage nightWorkAverage(Duration maxAverage, int weeks) {
    return NightWorkAverage.builder().maxAverage(maxAverage).weeks(weeks).build();
  }

  /**
   * Consecutive nights, hard (local agreement, aml § 10-11 health protection): at most {@code
   * maximum} nights in a row; 4 is usual.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is less than 1
   */
  public static ConsecutiveNights consecutiveNights(int maximum) {
    return ConsecutiveNights.builder().maximum(maximum).build();
  }

  /**
   * Consecutive working days, hard (local agreement): at most {@code maximum} days in a row with a
   * shift starting; 6 is usual.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is less than 1
   */
  public static ConsecutiveWorkingDays consecutiveWorkingDays(int maximum) {
    return ConsecutiveWorkingDays.builder().maximum(maximum).build();
  }

  /**
   * Consecutive days off, hard (local agreement): days off between two working days come at least
   * {@code minimum} in a row; 2 is usual.
   *
   * @throws org.careroster.core.InvalidModelException if {@code minimum} is less than 1
   */
  public static ConsecutiveDaysOff consecutiveDaysOff(int minimum) {
    return ConsecutiveDaysOff.builder().minimum(minimum).build();
  }

  /**
   * Forbidden successions, hard (local agreement): no employee starts the second shift of a listed
   * succession on the day after the first, e.g. {@code forbiddenSuccessions(Succession.of("A",
   * "D"))}.
   *
   * @throws org.careroster.core.InvalidModelException if no succession is given or one repeats
   */
  public static ForbiddenSuccessions forbiddenSuccessions(Succession... successions) {
    return ForbiddenSuccessions.builder().addSuccessions(successions).build();
  }

  /**
   * Weekend frequency, hard (local agreement, KS practice): each employee works at most every
   * {@code every}-th weekend (Saturday and Sunday), unless their own weekend frequency says
   * otherwise; 3 is usual.
   *
   * @throws org.careroster.core.InvalidModelException if {@code every} is not from 1 to 8
   */
  public static WeekendFrequency weekendFrequency(int every) {
    return WeekendFrequency.builder().every(every).build();
  }

  /**
   * Long shifts, hard (aml § 10-5 (2); voluntary (NSF)): only for employees who accept them, on
   * Saturdays, Sundays and public holidays, at most 12 h 30 min, and at most {@code maxCount} per
   * employee in any {@code periodWeeks} consecutive complete weeks.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maxCount} is less than 1 or {@code
   *     periodWeeks} is not from 1 to 52
   */
  public static LongShifts longShifts(int maxCount, int periodWeeks) {
    return LongShifts.builder().maxCount(maxCount).periodWeeks(periodWeeks).build();
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

  /**
   * Shift counts, hard (local or individual agreement): each employee works at most {@code
   * maximum} shifts of type {@code shift} in the planning period, e.g. {@code shiftCounts("N", 8)}.
   * Add individual limits with the builder's {@code putMaximumByEmployee}.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is negative
   */
  public static ShiftCounts shiftCounts(String shift, int maximum) {
    return ShiftCounts.builder().putMaximum(shift, maximum).build();
  }

  /**
   * Worked time, hard (local agreement): each employee works between {@code minimum} and {@code
   * maximum} in the planning period. Add individual bounds with the builder.
   *
   * @throws org.careroster.core.InvalidModelException if a bound is negative or the minimum exceeds
   *     the maximum
   */
  public static WorkedTime workedTime(Duration minimum, Duration maximum) {
    return WorkedTime.builder().minimum(minimum).maximum(maximum).build();
  }

  /**
   * Working weekends, hard (local or individual agreement): each employee works at most {@code
   * maximum} weekends in the planning period.
   *
   * @throws org.careroster.core.InvalidModelException if {@code maximum} is negative
   */
  public static WorkingWeekends workingWeekends(int maximum) {
    return WorkingWeekends.builder().maximum(maximum).build();
  }
}
