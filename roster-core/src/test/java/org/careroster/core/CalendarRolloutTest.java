package org.careroster.core;

import static org.careroster.core.TestModels.DAY;
import static org.careroster.core.TestModels.MONDAY;
import static org.careroster.core.TestModels.NIGHT;
import static org.careroster.core.TestModels.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarRolloutTest {

  /** A 2-week rotation: E1 works D on the first Monday and N on the last Sunday; E2 works D on the second Tuesday. */
  private static final Problem BASE = Problem.builder()
      .horizon(PlanningHorizon.cyclic(MONDAY, 2))
      .addAllRoles(Role.STANDARD)
      .addUnit(Unit.builder().id("ward-2").name("Avdeling 2").kind(UnitKind.WARD).build())
      .addEmployee(employee("E1", Role.NURSE))
      .addEmployee(employee("E2", Role.HEALTH_WORKER))
      .addShiftType(DAY)
      .addShiftType(NIGHT)
      .addRequest(Request.builder().employee("E2").date(MONDAY.plusDays(2)).kind(RequestKind.OFF).weight(3).build())
      .build();

  private static final Roster BASE_ROSTER = Roster.of(List.of(
      Assignment.of("E1", MONDAY, "D"),
      Assignment.of("E1", MONDAY.plusDays(13), "N").withOvertime(true),
      Assignment.of("E2", MONDAY.plusDays(8), "D").withUnit("ward-2")));

  @Test
  void cycleDay_anyDate_countsFromTheRotationsFirstMonday() {
    PlanningHorizon cycle = BASE.horizon();
    assertEquals(0, CalendarRollout.cycleDay(cycle, MONDAY));
    assertEquals(13, CalendarRollout.cycleDay(cycle, MONDAY.plusDays(13)));
    assertEquals(0, CalendarRollout.cycleDay(cycle, MONDAY.plusWeeks(52)));
    assertEquals(13, CalendarRollout.cycleDay(cycle, MONDAY.minusDays(1)));
    assertEquals(1, CalendarRollout.cycleWeek(cycle, LocalDate.of(2027, 1, 11)));
    assertEquals(1, CalendarRollout.cycleWeek(cycle, LocalDate.of(2026, 12, 28)));
  }

  @Test
  void roster_threeRepetitions_everyoneKeepsTheirLine() {
    Roster rolled = CalendarRollout.roster(BASE, BASE_ROSTER, MONDAY, MONDAY.plusWeeks(6).minusDays(1));
    assertEquals(9, rolled.assignments().size());
    for (int repetition = 0; repetition < 3; repetition++) {
      LocalDate start = MONDAY.plusWeeks(2L * repetition);
      assertTrue(rolled.assignments().contains(Assignment.of("E1", start, "D")), rolled.toString());
      assertTrue(rolled.assignments().contains(Assignment.of("E1", start.plusDays(13), "N").withOvertime(true)));
      assertTrue(rolled.assignments().contains(Assignment.of("E2", start.plusDays(8), "D").withUnit("ward-2")));
    }
  }

  @Test
  void roster_fromTheSecondWeek_startsInTheRotationsSecondWeek() {
    LocalDate from = LocalDate.of(2027, 12, 27); // 51 weeks after the first Monday: week 2 of the rotation
    Roster rolled = CalendarRollout.roster(BASE, BASE_ROSTER, from, from.plusDays(13));
    assertEquals(
        List.of(Assignment.of("E2", from.plusDays(1), "D").withUnit("ward-2"),
            Assignment.of("E1", from.plusDays(6), "N").withOvertime(true),
            Assignment.of("E1", from.plusDays(7), "D")),
        rolled.assignments());
    assertEquals(1, CalendarRollout.cycleWeek(BASE.horizon(), from));
  }

  @Test
  void problem_yearFromAMonday_isTheBaseOverCalendarDatesWithItsHolidays() {
    PlanningHorizon year = CalendarRollout.horizon(MONDAY, 52);
    Absence vacation = Absence.builder().employee("E1").kind(AbsenceKind.VACATION)
        .from(LocalDate.of(2027, 7, 5)).to(LocalDate.of(2027, 7, 25)).build();
    Problem plan = CalendarRollout.problem(BASE, year, List.of(vacation));
    assertFalse(plan.horizon().isCyclic());
    assertEquals(LocalDate.of(2028, 1, 2), plan.horizon().end());
    assertEquals(BASE.employees(), plan.employees());
    assertEquals(List.of(vacation), plan.absences());
    assertTrue(plan.isPublicHoliday(LocalDate.of(2027, 3, 25)));
    assertTrue(plan.isPublicHoliday(LocalDate.of(2028, 1, 1)));
    assertEquals(26, plan.requests().size()); // the wish repeated every second week
    assertEquals(LocalDate.of(2027, 1, 6), plan.requests().get(0).date());
    assertEquals(LocalDate.of(2027, 1, 20), plan.requests().get(1).date());
  }

  @Test
  void horizon_notAMondayOrWeeksOutOfRange_namesTheFieldAndValue() {
    InvalidModelException tuesday =
        assertThrows(InvalidModelException.class, () -> CalendarRollout.horizon(LocalDate.of(2027, 1, 5), 4));
    assertEquals("from", tuesday.path());
    assertTrue(tuesday.getMessage().contains("2027-01-05") && tuesday.getMessage().contains("TUESDAY"), tuesday.getMessage());
    for (int weeks : new int[] {0, 54}) {
      InvalidModelException bad = assertThrows(InvalidModelException.class, () -> CalendarRollout.horizon(MONDAY, weeks));
      assertEquals("weeks", bad.path());
      assertEquals(String.valueOf(weeks), bad.value());
    }
    assertEquals(53, CalendarRollout.horizon(MONDAY, 53).days() / 7);
  }

  @Test
  void problem_calendarBaseOrAbsenceOutsideThePlan_isRejected() {
    Problem calendarBase = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 14))
        .addAllRoles(Role.STANDARD).addAllEmployees(BASE.employees()).addShiftType(DAY).build();
    PlanningHorizon weeks = CalendarRollout.horizon(MONDAY, 4);
    InvalidModelException notCyclic =
        assertThrows(InvalidModelException.class, () -> CalendarRollout.problem(calendarBase, weeks, List.of()));
    assertEquals("base.horizon.kind", notCyclic.path());
    Absence late = Absence.builder().employee("E1").kind(AbsenceKind.VACATION)
        .from(LocalDate.of(2027, 1, 30)).to(LocalDate.of(2027, 2, 3)).build();
    InvalidModelException outside =
        assertThrows(InvalidModelException.class, () -> CalendarRollout.problem(BASE, weeks, List.of(late)));
    assertTrue(outside.getMessage().contains("absences[0]") && outside.getMessage().contains("2027-01-30..2027-02-03"),
        outside.getMessage());
    Absence unknown = Absence.builder().employee("E9").kind(AbsenceKind.VACATION).from(MONDAY).to(MONDAY).build();
    assertThrows(InvalidModelException.class, () -> CalendarRollout.problem(BASE, weeks, List.of(unknown)));
  }

  @Test
  void roster_rosterOfAnotherProblem_isRejected() {
    Roster stranger = Roster.of(List.of(Assignment.of("E9", MONDAY, "D")));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> CalendarRollout.roster(BASE, stranger, MONDAY, MONDAY.plusDays(6)));
    assertEquals("assignments[0].employee", e.path());
  }
}
