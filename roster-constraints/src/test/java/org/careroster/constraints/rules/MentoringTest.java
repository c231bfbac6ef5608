package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.careroster.constraints.Fixtures.ward;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertMessagesMention;
import static org.careroster.constraints.rules.DemandRuleFixtures.assertRoundTrips;
import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;

class MentoringTest {

  private static final Problem PROBLEM =
      ward(4, employee("M1", 100), person("E9", 100).mentor("M1").build()).build();

  @Test
  void check_secondOfTwoShiftsWithoutMentor_reportsIt() {
    ImmutableList<Violation> violations =
        Rules.mentoring(2)
            .check(
                PROBLEM,
                roster(
                    on("M1", MONDAY, "D"),
                    on("E9", MONDAY, "D"),
                    on("M1", MONDAY.plusDays(1), "A"),
                    on("E9", MONDAY.plusDays(1), "D")));
    assertEquals(1, violations.size());
    Violation v = violations.get(0);
    assertEquals("mentoring", v.ruleId());
    assertTrue(v.severity().isHard());
    assertEquals("E9", v.employee().orElseThrow());
    assertEquals(MONDAY.plusDays(1), v.date());
    assertEquals("D", v.shift().orElseThrow());
    assertEquals(0, v.measured());
    assertEquals(1, v.limit());
    assertEquals(1, v.penalty());
    assertEquals(
        "E9 works D on 2027-01-05, training shift 2 of the first 2, without mentor M1 (M1 works A);"
            + " the first 2 shifts are worked with the mentor (local practice (opplæring)).",
        v.message());
    assertMessagesMention(v, "E9", "M1", "2027-01-05", "opplæring");
    assertTrue(v.messageNynorsk().contains("opplæringsvakt 2 av dei første 2"), v.messageNynorsk());
  }

  @Test
  void check_firstShiftsWithMentorThenAlone_isKept() {
    assertEquals(
        ImmutableList.of(),
        Rules.mentoring(2)
            .check(
                PROBLEM,
                roster(
                    on("M1", MONDAY, "D"),
                    on("E9", MONDAY, "D"),
                    on("M1", MONDAY.plusDays(1), "A"),
                    on("E9", MONDAY.plusDays(1), "A"),
                    on("E9", MONDAY.plusDays(2), "N"))));
  }

  @Test
  void check_shiftsBeforeEmploymentStart_doNotCount() {
    Problem problem =
        ward(
                3,
                employee("M1", 100),
                person("E9", 100).mentor("M1").employmentStart(MONDAY.plusDays(1)).build())
            .build();
    ImmutableList<Violation> violations =
        Rules.mentoring(1)
            .check(
                problem,
                roster(
                    on("E9", MONDAY, "D"),
                    on("E9", MONDAY.plusDays(1), "A"),
                    on("M1", MONDAY.plusDays(2), "A")));
    assertEquals(1, violations.size());
    assertEquals(MONDAY.plusDays(1), violations.get(0).date());
    assertMessagesMention(violations.get(0), "E9", "2027-01-05", "M1");
    assertTrue(
        violations.get(0).message().contains("M1 has no shift that day"),
        violations.get(0).message());
  }

  @Test
  void check_noMentor_isNeverBroken() {
    Problem problem = ward(1, employee("E1", 100)).build();
    assertEquals(
        ImmutableList.of(), Rules.mentoring(3).check(problem, roster(on("E1", MONDAY, "D"))));
  }

  @Test
  void mentoring_zeroShifts_failsNamingValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Rules.mentoring(0));
    assertEquals("rule mentoring: firstShifts (0) must be 1 or more", e.getMessage());
  }

  @Test
  void mentoring_default_isThreeShifts() {
    assertEquals(3, Mentoring.builder().build().firstShifts());
  }

  @Test
  void write_fiveShifts_roundTrips() {
    assertRoundTrips(Rules.mentoring(5));
  }
}
