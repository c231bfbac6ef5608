package org.careroster.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.careroster.constraints.Rules;
import org.junit.jupiter.api.Test;

/** Each rule family at its limit: exactly at holds, one step on the wrong side breaks. */
class AtLimitTest {

  @Test
  void dailyRest_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(8 * 60, 16 * 60)).checkAssert(minutes -> {
      Duration minimum = Duration.ofMinutes(minutes);
      RuleAssert.assertThat(Rules.dailyRest(minimum)).given(AtLimit.dailyRest(minimum, 0)).holds();
      RuleAssert.assertThat(Rules.dailyRest(minimum)).given(AtLimit.dailyRest(minimum, 1)).holds();
      RuleAssert.assertThat(Rules.dailyRest(minimum)).given(AtLimit.dailyRest(minimum, -1)).hasViolations(1)
          .on("E1", Wards.MONDAY.minusWeeks(2).plusDays(1));
    });
  }

  @Test
  void hoursPerWeek_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(36 * 60, 48 * 60)).checkAssert(minutes -> {
      Duration maximum = Duration.ofMinutes(minutes);
      RuleAssert.assertThat(Rules.hoursPerWeek(maximum)).given(AtLimit.hoursPerWeek(maximum, 0)).holds();
      RuleAssert.assertThat(Rules.hoursPerWeek(maximum)).given(AtLimit.hoursPerWeek(maximum, -1)).holds();
      RuleAssert.assertThat(Rules.hoursPerWeek(maximum)).given(AtLimit.hoursPerWeek(maximum, 1)).hasViolations(1);
    });
  }

  @Test
  void consecutiveWorkingDays_atTheLimitToTheDay() {
    qt().withExamples(20).forAll(integers().between(2, 12)).checkAssert(maximum -> {
      RuleAssert.assertThat(Rules.consecutiveWorkingDays(maximum)).given(AtLimit.consecutiveWorkingDays(maximum, 0)).holds();
      RuleAssert.assertThat(Rules.consecutiveWorkingDays(maximum)).given(AtLimit.consecutiveWorkingDays(maximum, 1)).hasViolations(1)
          .on("E1", Wards.MONDAY.minusWeeks(2));
    });
  }

  @Test
  void weekendFrequency_atTheLimitToTheWeek() {
    qt().withExamples(20).forAll(integers().between(2, 6)).checkAssert(every -> {
      RuleAssert.assertThat(Rules.weekendFrequency(every)).given(AtLimit.weekendFrequency(every)).holds();
      RuleAssert.assertThat(Rules.weekendFrequency(every)).given(AtLimit.weekendFrequency(every - 1)).hasViolations(1);
    });
  }

  @Test
  void minimumCover_atTheLimitToThePerson() {
    qt().withExamples(20).forAll(integers().between(1, 8)).checkAssert(minimum -> {
      RuleAssert.assertThat(Rules.minimumCover()).given(AtLimit.minimumCover(minimum, 0)).holds();
      RuleAssert.assertThat(Rules.minimumCover()).given(AtLimit.minimumCover(minimum, 1)).holds();
      RuleAssert.assertThat(Rules.minimumCover()).given(AtLimit.minimumCover(minimum, -1)).hasViolations(1).penalty(1);
    });
  }

  @Test
  void weeklyRest_atTheLimitToTheMinute() {
    qt().withExamples(40).forAll(integers().between(28 * 60, 60 * 60)).checkAssert(minutes -> {
      Duration minimum = Duration.ofMinutes(minutes);
      RuleAssert.assertThat(Rules.weeklyRest(minimum)).given(AtLimit.weeklyRest(minimum, 0)).holds();
      RuleAssert.assertThat(Rules.weeklyRest(minimum)).given(AtLimit.weeklyRest(minimum, 1)).holds();
      RuleAssert.assertThat(Rules.weeklyRest(minimum)).given(AtLimit.weeklyRest(minimum, -1)).hasViolations(1);
    });
  }

  @Test
  void consecutiveNights_atTheLimitToTheNight() {
    qt().withExamples(20).forAll(integers().between(1, 8)).checkAssert(maximum -> {
      RuleAssert.assertThat(Rules.consecutiveNights(maximum)).given(AtLimit.consecutiveNights(maximum, 0)).holds();
      RuleAssert.assertThat(Rules.consecutiveNights(maximum)).given(AtLimit.consecutiveNights(maximum, 1)).hasViolations(1);
    });
  }
}
