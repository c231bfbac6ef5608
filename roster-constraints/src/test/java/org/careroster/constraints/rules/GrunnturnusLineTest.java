package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.shift;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.WeekWindows;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/**
 * The 6-week grunnturnus line of RULES.md §5.3 (a 100 % nurse, 212.5 h against 213 h) and the
 * findings listed there: the 9.5 h rest in week 5 is flagged under the 11 h rule and accepted under
 * an 8 h agreement; week 5 at 47.5 h is accepted; Sundays are worked every third week.
 */
class GrunnturnusLineTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  // Monday to Sunday, "-" for a day off; hours per week 30, 40, 30, 35, 47.5, 30.
  private static final String[][] LINE = {
    {"D", "D", "A", "A", "-", "-", "-"},
    {"-", "D", "A", "-", "-", "LD", "LD"},
    {"-", "D", "D", "A", "A", "-", "-"},
    {"D", "D", "N", "N", "-", "-", "-"},
    {"A", "A", "D", "-", "-", "LD", "LD"},
    {"-", "D", "D", "A", "A", "-", "-"},
  };

  private static final Problem PROBLEM =
      Problem.builder()
          .horizon(PlanningHorizon.cyclic(MONDAY, 6))
          .addAllRoles(Role.STANDARD)
          .addEmployees(
              Employee.builder()
                  .id("RN1")
                  .name("Nurse")
                  .role(Role.NURSE)
                  .positionPercent(100)
                  .fullTimeWeeklyHours(35.5)
                  .contractType(ContractType.PERMANENT)
                  .acceptsLongShifts(true)
                  .build())
          .addShiftTypes(
              shift("D", 7, 30, 450),
              shift("A", 14, 30, 450),
              shift("N", 21, 45, 600),
              ShiftType.builder()
                  .code("LD")
                  .start(LocalTime.of(8, 0))
                  .duration(Duration.ofMinutes(750))
                  .category(ShiftCategory.LONG)
                  .build())
          .build();

  private static final Roster ROSTER = line();

  private static Roster line() {
    List<Assignment> assignments = new ArrayList<>();
    for (int week = 0; week < LINE.length; week++) {
      for (int day = 0; day < 7; day++) {
        if (!LINE[week][day].equals("-")) {
          assignments.add(Assignment.of("RN1", MONDAY.plusDays(7L * week + day), LINE[week][day]));
        }
      }
    }
    return Roster.of(assignments);
  }

  @Test
  void kommuneDefault_flagsOnlyTheQuickReturnInWeek5() {
    ValidationReport report = RosterValidator.validate(PROBLEM, ROSTER, RuleSets.kommuneDefault());
    assertEquals(1, report.hardViolationCount(), report.violations()::toString);
    Violation rest = report.violations().get(0);
    assertEquals(DailyRest.ID, rest.ruleId());
    assertEquals(MONDAY.plusWeeks(4).plusDays(2), rest.date()); // Wednesday of week 5
    assertEquals(570, rest.measured()); // A ends Tuesday 22:00, D starts Wednesday 07:30
    assertEquals(660, rest.limit());
    assertEquals(
        "RN1 rests 9 h 30 min between A on 2027-02-02 (ends 22:00) and D on 2027-02-03 (starts 07:30);"
            + " minimum is 11 h (aml § 10-8 (1)).",
        rest.message());
    assertEquals(0, report.softPenalty()); // 212.5 h against 213 h is within the contract's ±4 h
  }

  @Test
  void eightHourAgreement_acceptsTheLine() {
    RuleSet agreed = RuleSets.kommuneDefault().with(Rules.dailyRest(Duration.ofHours(8)));
    ValidationReport report = RosterValidator.validate(PROBLEM, ROSTER, agreed);
    assertEquals(ImmutableList.of(), report.violations());
  }

  @Test
  void week5At47AndAHalfHours_isAcceptedUnder48AndIsTheLongestWeek() {
    assertEquals(ImmutableList.of(), Rules.hoursPerWeek(Duration.ofHours(48)).check(PROBLEM, ROSTER));
    ImmutableList<Violation> at47 = Rules.hoursPerWeek(Duration.ofHours(47)).check(PROBLEM, ROSTER);
    assertEquals(1, at47.size());
    assertEquals(MONDAY.plusWeeks(4), at47.get(0).date());
    assertEquals(47 * 60 + 30, at47.get(0).measured());
    assertArrayEquals(
        new long[] {1800, 2400, 1800, 2100, 2850, 1800},
        WeekWindows.minutesByWeek(RosterView.of(PROBLEM, ROSTER), PROBLEM.employees().get(0), true));
  }

  @Test
  void sundays_areWorkedEveryThirdWeek() {
    RosterView view = RosterView.of(PROBLEM, ROSTER);
    ImmutableList<LocalDate> sundays = SundayRest.sundaysAndHolidays(view);
    boolean[] worked = SundayRest.worked(view, PROBLEM.employees().get(0), sundays);
    assertArrayEquals(new boolean[] {false, true, false, false, true, false}, worked);
    // Every third: the next Sunday is always free, every-3rd-weekend holds, every-4th does not.
    assertEquals(ImmutableList.of(), Rules.sundayRest().check(view));
    assertEquals(ImmutableList.of(), WeekendFrequency.builder().every(3).build().check(view));
    assertEquals(2, WeekendFrequency.builder().every(4).build().check(view).size());
  }

  @Test
  void lawWithoutAgreements_alsoFlagsTheLongShiftsAndNights() {
    ValidationReport report = RosterValidator.validate(PROBLEM, ROSTER, RuleSets.workingEnvironmentAct());
    // 9 h a day without an averaging agreement: the four 12.5 h LD shifts and the two 10 h nights.
    assertEquals(6, report.countsByRule().get(OrdinaryHoursPerDay.ID));
    assertEquals(1, report.countsByRule().get(DailyRest.ID));
  }
}
