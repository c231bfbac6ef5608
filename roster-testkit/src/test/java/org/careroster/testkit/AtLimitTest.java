package org.careroster.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Rules;
import org.careroster.constraints.rules.FairnessMeasure;
import org.careroster.constraints.rules.SundayRest;
import org.junit.jupiter.api.Test;

/**
 * Each rule with a limit, family by family: exactly at the limit holds, one minute (or one unit)
 * on the wrong side breaks, and the side that is allowed holds too.
 */
class AtLimitTest {

  private static RuleAssert.Verdict check(Rule rule, Witnessed facts) {
    return RuleAssert.assertThat(rule).given(facts);
  }

  // Working time

  @Test
  void dailyRest_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(8 * 60, 16 * 60)).checkAssert(minutes -> {
      Duration minimum = Duration.ofMinutes(minutes);
      check(Rules.dailyRest(minimum), AtLimit.dailyRest(minimum, 0)).holds();
      check(Rules.dailyRest(minimum), AtLimit.dailyRest(minimum, 1)).holds();
      check(Rules.dailyRest(minimum), AtLimit.dailyRest(minimum, -1)).hasViolations(1).on("E1", AtLimit.MONDAY.plusDays(1));
    });
  }

  @Test
  void weeklyRest_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(28 * 60, 60 * 60)).checkAssert(minutes -> {
      Duration minimum = Duration.ofMinutes(minutes);
      check(Rules.weeklyRest(minimum), AtLimit.weeklyRest(minimum, 0)).holds();
      check(Rules.weeklyRest(minimum), AtLimit.weeklyRest(minimum, 1)).holds();
      check(Rules.weeklyRest(minimum), AtLimit.weeklyRest(minimum, -1)).hasViolations(1);
    });
  }

  @Test
  void ordinaryHoursPerDay_atTheLimitToTheMinute() {
    qt().withExamples(30).forAll(integers().between(7 * 60, 12 * 60 + 30)).checkAssert(minutes -> {
      Duration maximum = Duration.ofMinutes(minutes);
      check(Rules.ordinaryHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, 0)).holds();
      check(Rules.ordinaryHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, -1)).holds();
      check(Rules.ordinaryHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, 1)).hasViolations(1).on("E1", AtLimit.MONDAY);
    });
  }

  @Test
  void totalHoursPerDay_atTheLimitToTheMinute() {
    qt().withExamples(30).forAll(integers().between(13 * 60, 16 * 60)).checkAssert(minutes -> {
      Duration maximum = Duration.ofMinutes(minutes);
      check(Rules.totalHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, 0)).holds();
      check(Rules.totalHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, -1)).holds();
      check(Rules.totalHoursPerDay(maximum), AtLimit.hoursPerDay(maximum, 1)).hasViolations(1).on("E1", AtLimit.MONDAY);
    });
  }

  @Test
  void hoursPerWeek_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(36 * 60, 54 * 60)).checkAssert(minutes -> {
      Duration maximum = Duration.ofMinutes(minutes);
      check(Rules.hoursPerWeek(maximum), AtLimit.hoursPerWeek(maximum, 0)).holds();
      check(Rules.hoursPerWeek(maximum), AtLimit.hoursPerWeek(maximum, -1)).holds();
      check(Rules.hoursPerWeek(maximum), AtLimit.hoursPerWeek(maximum, 1)).hasViolations(1);
    });
  }

  @Test
  void averageWeeklyHours_atTheLimitToTheMinute() {
    qt().withExamples(30).forAll(integers().between(36 * 60, 48 * 60), integers().between(1, 8)).checkAssert((minutes, weeks) -> {
      Duration maximum = Duration.ofMinutes(minutes);
      Rule rule = Rules.averageWeeklyHours(maximum, weeks);
      check(rule, AtLimit.averageWeeklyHours(maximum, weeks, 0)).holds();
      check(rule, AtLimit.averageWeeklyHours(maximum, weeks, -1)).holds();
      check(rule, AtLimit.averageWeeklyHours(maximum, weeks, 1)).hasViolations(1);
    });
  }

  @Test
  void sundayRest_theLawAndTheAveragedRun_atTheLimit() {
    check(Rules.sundayRest(), AtLimit.sundaysInARow(1)).holds();
    check(Rules.sundayRest(), AtLimit.sundaysInARow(2)).hasViolations(1).on("E1", AtLimit.MONDAY.plusWeeks(1).plusDays(6));
    qt().withExamples(10).forAll(integers().between(1, 5)).checkAssert(run -> {
      SundayRest averaged = Rules.sundayRestAveraged().withAveragingWeeks(2 * run);
      check(averaged.withMaxConsecutiveSundays(run), AtLimit.sundaysInARow(run)).holds();
      check(averaged.withMaxConsecutiveSundays(run + 1), AtLimit.sundaysInARow(run)).holds();
      if (run > 1) {
        check(averaged.withMaxConsecutiveSundays(run - 1), AtLimit.sundaysInARow(run)).hasViolations(1);
      }
    });
  }

  @Test
  void overtimeCaps_atTheWeeklyCapToTheMinute() {
    qt().withExamples(30).forAll(integers().between(60, 20 * 60)).checkAssert(minutes -> {
      Duration perWeek = Duration.ofMinutes(minutes);
      Rule rule = Rules.overtimeCaps(perWeek, Duration.ofHours(50), Duration.ofHours(300));
      check(rule, AtLimit.overtime(perWeek, 0)).holds();
      check(rule, AtLimit.overtime(perWeek, -1)).holds();
      check(rule, AtLimit.overtime(perWeek, 1)).hasViolations(1);
    });
  }

  @Test
  void contractHours_atTheToleranceToTheMinuteEitherWay() {
    qt().withExamples(30).forAll(integers().between(0, 8 * 60), integers().between(1, 5)).checkAssert((minutes, weight) -> {
      Duration tolerance = Duration.ofMinutes(minutes);
      Rule rule = Rules.contractHours(tolerance, weight);
      check(rule, AtLimit.contractHours(tolerance)).holds();
      check(rule, AtLimit.contractHours(tolerance.negated())).holds();
      check(rule, AtLimit.contractHours(tolerance.plusMinutes(1))).hasViolations(1).penalty(1);
      check(rule, AtLimit.contractHours(tolerance.negated().minusMinutes(7))).hasViolations(1).penalty(7);
    });
  }

  // Sequences

  @Test
  void consecutiveNights_atTheLimitToTheNight() {
    qt().withExamples(20).forAll(integers().between(2, 8)).checkAssert(maximum -> {
      check(Rules.consecutiveNights(maximum), AtLimit.consecutiveNights(maximum, 0)).holds();
      check(Rules.consecutiveNights(maximum), AtLimit.consecutiveNights(maximum, -1)).holds();
      check(Rules.consecutiveNights(maximum), AtLimit.consecutiveNights(maximum, 1)).hasViolations(1);
    });
  }

  @Test
  void consecutiveWorkingDays_atTheLimitToTheDay() {
    qt().withExamples(20).forAll(integers().between(2, 12)).checkAssert(maximum -> {
      check(Rules.consecutiveWorkingDays(maximum), AtLimit.consecutiveWorkingDays(maximum, 0)).holds();
      check(Rules.consecutiveWorkingDays(maximum), AtLimit.consecutiveWorkingDays(maximum, -1)).holds();
      check(Rules.consecutiveWorkingDays(maximum), AtLimit.consecutiveWorkingDays(maximum, 1)).hasViolations(1).on("E1", AtLimit.MONDAY);
    });
  }

  @Test
  void consecutiveDaysOff_atTheLimitToTheDay() {
    qt().withExamples(20).forAll(integers().between(2, 6)).checkAssert(minimum -> {
      check(Rules.consecutiveDaysOff(minimum), AtLimit.consecutiveDaysOff(minimum, 0)).holds();
      check(Rules.consecutiveDaysOff(minimum), AtLimit.consecutiveDaysOff(minimum, -1)).holds();
      check(Rules.consecutiveDaysOff(minimum), AtLimit.consecutiveDaysOff(minimum, 1)).hasViolations(1).on("E1", AtLimit.MONDAY.plusDays(1));
    });
  }

  @Test
  void shiftCounts_atTheLimitToTheShift() {
    qt().withExamples(20).forAll(integers().between(0, 20)).checkAssert(maximum -> {
      check(Rules.shiftCounts("D", maximum), AtLimit.shiftCounts(maximum, 0)).holds();
      check(Rules.shiftCounts("D", maximum), AtLimit.shiftCounts(maximum, 1)).hasViolations(1).penalty(1);
      check(Rules.shiftCounts("D", maximum), AtLimit.shiftCounts(maximum, 3)).hasViolations(1).penalty(3);
    });
  }

  @Test
  void workedTime_atBothBoundsToTheMinute() {
    qt().withExamples(30).forAll(integers().between(10 * 60, 100 * 60), integers().between(0, 40 * 60)).checkAssert((low, span) -> {
      Duration minimum = Duration.ofMinutes(low);
      Duration maximum = Duration.ofMinutes(low + span);
      Rule rule = Rules.workedTime(minimum, maximum);
      check(rule, AtLimit.workedTime(minimum, 0)).holds();
      check(rule, AtLimit.workedTime(maximum, 0)).holds();
      check(rule, AtLimit.workedTime(minimum, -1)).hasViolations(1).penalty(1);
      check(rule, AtLimit.workedTime(maximum, 1)).hasViolations(1).penalty(1);
    });
  }

  // Weekends and long shifts

  @Test
  void weekendFrequency_atTheLimitToTheWeek() {
    qt().withExamples(20).forAll(integers().between(2, 6)).checkAssert(every -> {
      check(Rules.weekendFrequency(every), AtLimit.weekendFrequency(every)).holds();
      check(Rules.weekendFrequency(every), AtLimit.weekendFrequency(every + 1)).holds();
      check(Rules.weekendFrequency(every), AtLimit.weekendFrequency(every - 1)).hasViolations(1);
    });
  }

  @Test
  void workingWeekends_atTheLimitToTheWeekend() {
    qt().withExamples(20).forAll(integers().between(0, 12)).checkAssert(maximum -> {
      check(Rules.workingWeekends(maximum), AtLimit.workingWeekends(maximum, 0)).holds();
      check(Rules.workingWeekends(maximum), AtLimit.workingWeekends(maximum, 1)).hasViolations(1).penalty(1);
    });
  }

  @Test
  void longShifts_atTheDurationToTheMinuteAndAtTheCount() {
    qt().withExamples(30).forAll(integers().between(10 * 60, 16 * 60)).checkAssert(minutes -> {
      Duration maxDuration = Duration.ofMinutes(minutes);
      Rule rule = Rules.longShifts(2, 1).withMaxDuration(maxDuration);
      check(rule, AtLimit.longShift(maxDuration, 0)).holds();
      check(rule, AtLimit.longShift(maxDuration, -1)).holds();
      check(rule, AtLimit.longShift(maxDuration, 1)).hasViolations(1).on("E1", AtLimit.MONDAY.plusDays(5));
    });
    qt().withExamples(20).forAll(integers().between(1, 4), integers().between(1, 6)).checkAssert((periodWeeks, count) -> {
      int maxCount = Math.min(count, 2 * periodWeeks - 1);
      Rule rule = Rules.longShifts(maxCount, periodWeeks);
      check(rule, AtLimit.longShifts(maxCount, periodWeeks, 0)).holds();
      check(rule, AtLimit.longShifts(maxCount, periodWeeks, -1)).holds();
      check(rule, AtLimit.longShifts(maxCount, periodWeeks, 1)).hasViolations(1);
    });
  }

  // Cover and competence

  @Test
  void minimumCover_atTheLimitToThePerson() {
    qt().withExamples(20).forAll(integers().between(1, 8)).checkAssert(minimum -> {
      check(Rules.minimumCover(), AtLimit.minimumCover(minimum, 0)).holds();
      check(Rules.minimumCover(), AtLimit.minimumCover(minimum, 1)).holds();
      check(Rules.minimumCover(), AtLimit.minimumCover(minimum, -1)).hasViolations(1).penalty(1);
    });
  }

  @Test
  void preferredAndMaximumCover_atTheLimitToThePerson() {
    qt().withExamples(20).forAll(integers().between(1, 8)).checkAssert(n -> {
      check(Rules.preferredCover(), AtLimit.preferredCover(n, 0)).holds();
      check(Rules.preferredCover(), AtLimit.preferredCover(n, 1)).holds();
      check(Rules.preferredCover(), AtLimit.preferredCover(n, -1)).hasViolations(1).penalty(1);
      check(Rules.maximumCover(), AtLimit.maximumCover(n, 0)).holds();
      check(Rules.maximumCover(), AtLimit.maximumCover(n, -1)).holds();
      check(Rules.maximumCover(), AtLimit.maximumCover(n, 2)).hasViolations(1).penalty(2);
    });
  }

  @Test
  void mentoring_atTheFirstShiftsToTheShift() {
    qt().withExamples(20).forAll(integers().between(1, 8)).checkAssert(firstShifts -> {
      check(Rules.mentoring(firstShifts), AtLimit.mentoring(firstShifts, firstShifts)).holds();
      check(Rules.mentoring(firstShifts), AtLimit.mentoring(firstShifts, firstShifts + 1)).holds();
      check(Rules.mentoring(firstShifts), AtLimit.mentoring(firstShifts, firstShifts - 1)).hasViolations(1)
          .on("E2", AtLimit.MONDAY.plusDays(firstShifts - 1));
    });
  }

  // Who may work when

  @Test
  void availability_toTheLastDayOfEmployment() {
    check(Rules.availability(), AtLimit.availability(-1)).holds();
    check(Rules.availability(), AtLimit.availability(0)).holds();
    check(Rules.availability(), AtLimit.availability(1)).hasViolations(1).on("E1", AtLimit.MONDAY.plusDays(3));
  }

  // Wishes and fairness

  @Test
  void fairness_atTheCeilingOfTheFairShare() {
    qt().withExamples(20).forAll(integers().between(0, 10)).checkAssert(nights -> {
      Rule rule = Rules.fairness(FairnessMeasure.NIGHTS);
      check(rule, AtLimit.fairness(nights, 0)).holds();
      check(rule, AtLimit.fairness(nights, 1)).holds();
      check(rule, AtLimit.fairness(nights, 2)).hasViolations(1).penalty(1);
    });
  }
}
