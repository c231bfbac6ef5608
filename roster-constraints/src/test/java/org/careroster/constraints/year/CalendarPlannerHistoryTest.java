package org.careroster.constraints.year;

import static org.careroster.constraints.year.PlanFixtures.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/**
 * A plan rolled out after a previous one ({@link PlanOptions#previous()}): the turn from the old
 * plan to the new one obeys the rules, and the old plan's days stay as they were.
 */
class CalendarPlannerHistoryTest {

  /** Monday 7 June 2027: no public holiday or clock change in the weeks around it. */
  private static final LocalDate FROM = LocalDate.of(2027, 6, 7);

  private static final Problem BASE = PlanFixtures.base();
  private static final Roster BASE_ROSTER = PlanFixtures.baseRoster();

  /** The rotation laid out over the four weeks before the plan: a previous plan that fits it. */
  private static Roster fittingPrevious() {
    return CalendarRollout.roster(BASE, BASE_ROSTER, FROM.minusDays(28), FROM.minusDays(1));
  }

  private static PlanOptions.Builder options() {
    return PlanOptions.builder().from(FROM).weeks(3).holidayGroups(false).timeLimit(Duration.ofSeconds(10)).seed(1);
  }

  private static CalendarPlan plan(PlanOptions options) {
    return new CalendarPlanner(RULES).plan(BASE, BASE_ROSTER, options);
  }

  /** Someone on D on the plan's first day, by the rotation. */
  private static String earlyStarter() {
    return CalendarRollout.roster(BASE, BASE_ROSTER, FROM, FROM).assignments().stream()
        .filter(a -> a.shift().equals("D")).map(Assignment::employee).findFirst().orElseThrow();
  }

  @Test
  void plan_previousThatFitsTheRotation_changesNothing() {
    CalendarPlan plan = plan(options().previous(fittingPrevious()).build());
    assertEquals(List.of(), plan.changes());
    assertTrue(plan.isLawful(), () -> plan.report().violations().toString());
    assertTrue(plan.roster().assignments().stream().noneMatch(a -> a.date().isBefore(FROM)),
        "the plan holds no day of the previous one");
  }

  @Test
  void plan_eveningShiftOnTheSundayBefore_movesTheMondayEarlyShift() {
    String employee = earlyStarter();
    List<Assignment> previous = new ArrayList<>(fittingPrevious().assignments());
    LocalDate sunday = FROM.minusDays(1);
    previous.removeIf(a -> a.employee().equals(employee) && a.date().equals(sunday));
    previous.add(Assignment.of(employee, sunday, "A")); // ends 22:00, D starts 07:30: 9 h 30 min
    CalendarPlan without = plan(options().build());
    CalendarPlan with = plan(options().previous(Roster.of(previous)).build());

    assertEquals(List.of(), without.changes(), "without the previous plan the rotation stands");
    Optional<String> monday = with.roster().assignments().stream()
        .filter(a -> a.employee().equals(employee) && a.date().equals(FROM)).map(Assignment::shift).findFirst();
    assertNotEquals(Optional.of("D"), monday, () -> "the Monday early shift after Sunday's evening shift must go: " + with.report().violations() + " changes " + with.changes());
    assertTrue(with.report().violations().stream().noneMatch(v -> v.ruleId().equals(DailyRest.ID)),
        () -> with.report().violations().toString());
    PlanChange change = with.changes().stream()
        .filter(c -> c.employee().equals(employee) && c.date().equals(FROM)).findFirst().orElseThrow();
    assertTrue(change.reason().contains(DailyRest.ID), change::toString);
  }

  @Test
  void options_previousAssignmentOnThePlansFirstDay_isRejectedNamingIt() {
    Roster previous = Roster.of(List.of(Assignment.of("E1", FROM.minusDays(1), "D"), Assignment.of("E1", FROM, "D")));
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> options().previous(previous).build());
    assertEquals("previous.assignments[1].date", e.path());
    assertTrue(e.getMessage().contains(FROM.toString()), e.getMessage());
  }

  @Test
  void plan_previousWithAnUnknownEmployee_isRejectedNamingIt() {
    Roster previous = Roster.of(List.of(Assignment.of("E99", FROM.minusDays(2), "D")));
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> plan(options().previous(previous).build()));
    assertEquals("previous.assignments[0].employee", e.path());
    assertEquals("\"E99\"", e.value());
  }
}
