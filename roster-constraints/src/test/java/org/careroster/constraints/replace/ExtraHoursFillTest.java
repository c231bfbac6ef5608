package org.careroster.constraints.replace;

import static org.careroster.constraints.replace.ReplacementAdvisorTest.MONDAY;
import static org.careroster.constraints.replace.ReplacementAdvisorTest.employee;
import static org.careroster.constraints.replace.ReplacementAdvisorTest.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/** The ward's own part-timers fill the holes with extra hours; nobody goes into overtime or breaks a hard rule. */
class ExtraHoursFillTest {

  /** F works D Monday to Thursday of both weeks; Fridays and weekends are vacant. */
  private static Roster fullTimerMondayToThursday() {
    List<Assignment> shifts = new ArrayList<>();
    for (int week = 0; week < 2; week++) {
      for (int d = 0; d < 4; d++) {
        shifts.add(Assignment.of("F", MONDAY.plusWeeks(week).plusDays(d), "D"));
      }
    }
    return Roster.of(shifts);
  }

  @Test
  void fill_partTimerWithRoom_takesTheHolesAndTheFullTimerNone() {
    Problem problem = ward(employee("F", 100).build(), employee("P", 50).build());

    ExtraHoursFill.Result filled = new ExtraHoursFill(RuleSets.kommuneDefault()).fill(problem, fullTimerMondayToThursday());

    assertFalse(filled.added().isEmpty());
    assertTrue(filled.added().stream().allMatch(a -> a.employee().equals("P")), filled.added()::toString);
    assertTrue(filled.added().stream().noneMatch(Assignment::overtime));
    assertEquals(6 - filled.added().size(), filled.vacancies().slots().size(), "one person was missing on each of 6 days");
    assertEquals(List.of(), hardBesidesCover(problem, filled.roster()));
  }

  @Test
  void fill_partTimerAbsent_leavesEveryHoleForSubstitutes() {
    Problem problem = ward(employee("F", 100).build(), employee("P", 50).build()).withAbsences(List.of(
        Absence.builder().employee("P").kind(AbsenceKind.VACATION).from(MONDAY).to(MONDAY.plusDays(13)).build()));

    ExtraHoursFill.Result filled = new ExtraHoursFill(RuleSets.kommuneDefault()).fill(problem, fullTimerMondayToThursday());

    assertEquals(List.of(), filled.added());
    assertEquals(6, filled.vacancies().slots().size());
  }

  @Test
  void fill_anyWardFromAnEmptyRoster_breaksNoHardRuleAndKeepsPartTimersWithinFullTime() {
    qt().withExamples(15).forAll(lists().of(integers().between(20, 100)).ofSizeBetween(1, 4))
        .checkAssert(percents -> {
          List<Employee> staff = new ArrayList<>();
          for (int i = 0; i < percents.size(); i++) {
            staff.add(employee("E" + i, percents.get(i)).build());
          }
          Problem problem = ward(staff.toArray(Employee[]::new));

          ExtraHoursFill.Result filled = new ExtraHoursFill(RuleSets.kommuneDefault()).fill(problem, Roster.of(List.of()));

          assertEquals(List.of(), hardBesidesCover(problem, filled.roster()));
          for (Employee e : staff) {
            long shifts = filled.roster().assignmentsOf(e.id()).stream()
                .filter(a -> a.date().isBefore(MONDAY.plusDays(7))).count();
            assertTrue(shifts * 7.5 <= 35.5, e.id() + " works " + shifts + " shifts in the first week");
            assertTrue(!e.isFullTime() || shifts == 0, "a full-timer is never given extra hours: " + e.id());
          }
        });
  }

  private static List<Violation> hardBesidesCover(Problem problem, Roster roster) {
    return RosterValidator.validate(problem, roster, RuleSets.kommuneDefault()).violations().stream()
        .filter(v -> v.severity() == Severity.HARD && !v.ruleId().equals(MinimumCover.ID))
        .toList();
  }
}
