package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.cover;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;

class RosterValidatorTest {

  private static final RuleSet RULES =
      RuleSet.of(
          Rules.dailyRest(Duration.ofHours(11)),
          Rules.minimumCover(),
          Rules.contractHours(Duration.ZERO, 2));

  @Test
  void validate_restAndCoverBroken_countsHardAndSoftSeparately() {
    Problem problem =
        ward(2, employee("E1", 100), employee("E2", 10))
            .staffingPlan(plan(cover(MONDAY.plusDays(1), "N", 1)))
            .build();
    ValidationReport report =
        RosterValidator.validate(
            problem, roster(on("E1", MONDAY, "A"), on("E1", MONDAY.plusDays(1), "D")), RULES);
    assertEquals(2, report.hardViolationCount()); // rest 9 h 30 min, N uncovered
    assertFalse(report.isFeasible());
    assertEquals(
        ImmutableSortedMap.of("contract-hours", 2, "daily-rest", 1, "minimum-cover", 1),
        report.countsByRule());
    // E1: 900 worked vs 609 target (100 % × 2130 × 2/7) = 291; E2: 0 vs 61 = 61; weight 2.
    assertEquals(2 * (291 + 61), report.softPenalty());
    assertEquals("2 hard violations, 2 soft violations (penalty 704)", report.summary());
  }

  @Test
  void summary_localeWithOtherDigits_staysTheSame() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits
      assertEquals("0 hard violations, 0 soft violations (penalty 0)", ValidationReport.of(List.of()).summary());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void validate_rosterWithUnknownShift_failsBeforeChecking() {
    Problem problem = ward(1, employee("E1", 100)).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RosterValidator.validate(problem, roster(on("E1", MONDAY, "LD")), RULES));
    assertEquals(
        "Roster: assignments[0].shift (\"LD\") is not a shift type of the problem; known: [D, A, N]",
        e.getMessage());
  }

  @Test
  void ruleSet_repeatedRuleId_fails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleSet.of(Rules.minimumCover(), Rules.minimumCover()));
    assertEquals("RuleSet custom: rules[1] (\"minimum-cover\") repeats a rule id; each rule may appear once", e.getMessage());
  }
}
