package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Rules;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

class ContractHoursTest {

  private static final Problem ONE_WEEK = ward(7, employee("E1", 100)).build();
  // 4 day shifts of 7 h 30 min = 30 h against a 35 h 30 min week: 5 h 30 min short.
  private static final Roster FOUR_DAYS =
      roster(
          on("E1", MONDAY, "D"),
          on("E1", MONDAY.plusDays(1), "D"),
          on("E1", MONDAY.plusDays(2), "D"),
          on("E1", MONDAY.plusDays(3), "D"));

  @Test
  void check_oneMinuteBeyondTolerance_reportsOneMinute() {
    Rule rule = Rules.contractHours(Duration.ofMinutes(329), 3);
    ImmutableList<Violation> violations = rule.check(ONE_WEEK, FOUR_DAYS);
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertFalse(v.severity().isHard());
    assertEquals(3, v.severity().weight());
    assertEquals(1800, v.measured());
    assertEquals(2130 - 329, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(3, ValidationReport.of(violations).softPenalty());
    assertEquals(
        "E1 works 30 h over 2027-01-04..2027-01-10; the contract is 35 h 30 min (100 % of 35 h 30 min"
            + " a week) ± 5 h 29 min, so that is 1 min too little.",
        v.message());
  }

  @Test
  void check_exactlyAtTolerance_isKept() {
    Rule rule = Rules.contractHours(Duration.ofMinutes(330), 1);
    assertEquals(ImmutableList.of(), rule.check(ONE_WEEK, FOUR_DAYS));
  }

  @Test
  void check_overContract_reportsUpperLimit() {
    Problem half = ward(7, employee("E1", 50)).build(); // target 17 h 45 min
    Violation v = Rules.contractHours(Duration.ofHours(1), 1).check(half, FOUR_DAYS).get(0);
    assertEquals(1065 + 60, v.limit());
    assertEquals(1800 - 1065 - 60, v.penalty());
  }

  @Test
  void targetMinutes_fractionalPosition_roundsHalfUpToMinutes() {
    ContractHours rule = Rules.contractHours(Duration.ZERO, 1);
    // 62.91 % × 2130 min × 14 / 7 = 2679.966 min
    assertEquals(
        2680,
        ContractHours.contractMinutes(employee("E1", 62.91), 14));
  }

  @Test
  void check_fullAbsence_isNotOwed() {
    // Away Friday to Sunday: 4 of 7 days owed, 2130 × 4 / 7 = 1217.14 → 1217 min
    Problem away = ward(7, employee("E1", 100))
        .addAbsence(Absence.builder().employee("E1").kind(AbsenceKind.VACATION)
            .from(MONDAY.plusDays(4)).to(MONDAY.plusDays(8)).build())
        .build();
    assertEquals(1217, ContractHours.contractMinutes(away.employees().get(0), away));
    Violation v = Rules.contractHours(Duration.ZERO, 1).check(away, FOUR_DAYS).get(0);
    assertEquals(1800 - 1217, v.penalty());
    assertTrue(v.message().contains("(100 % of 35 h 30 min a week, less 3 days of full absence)"), v.message());
  }

  @Test
  void contractMinutesIgnoringAbsence_fullAbsence_owesEveryDay() {
    Problem away = ward(7, employee("E1", 100))
        .addAbsence(Absence.builder().employee("E1").kind(AbsenceKind.VACATION)
            .from(MONDAY.plusDays(4)).to(MONDAY.plusDays(8)).build())
        .build();
    assertEquals(2130, ContractHours.contractMinutesIgnoringAbsence(away.employees().get(0), away));
  }

  @Test
  void contractMinutes_gradedAbsence_isStillOwed() {
    Problem graded = ward(7, employee("E1", 100))
        .addAbsence(Absence.builder().employee("E1").kind(AbsenceKind.SICK_LEAVE)
            .from(MONDAY).to(MONDAY.plusDays(6)).degreePercent(BigDecimal.valueOf(50)).build())
        .build();
    assertEquals(2130, ContractHours.contractMinutes(graded.employees().get(0), graded));
  }
}
