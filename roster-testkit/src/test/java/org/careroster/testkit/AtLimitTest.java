package org.careroster.testkit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.careroster.constraints.Rules;
import org.junit.jupiter.api.Test;

/** The time-rule family at its limit: exactly at holds, one minute short breaks, one minute over holds. */
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
}
