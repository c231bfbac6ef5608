package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.replace.Candidate;
import org.careroster.constraints.replace.PayTier;
import org.careroster.constraints.replace.RepairOptions;
import org.careroster.constraints.replace.RepairResult;
import org.careroster.constraints.replace.ReplacementAdvice;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.replace.VacantSlot;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterChanges;
import org.junit.jupiter.api.Test;

/** Sick calls in the demo ward (DemoWard, 14 staff, two weeks) with kommune-default. */
class SickCallDemoWardTest {

  private final ReplacementAdvisor advisor = new ReplacementAdvisor(RuleSets.kommuneDefault());

  @Test
  void advise_sickCallOnWeekdayDayShift_partTimerWithoutOvertimeFirst() {
    String sick = SickCalls.on(SickCalls.TUESDAY, "D").get(0);
    Problem problem = SickCalls.PROBLEM.withAbsences(List.of(SickCalls.sick(sick, SickCalls.TUESDAY, 1)));
    Roster roster = RosterRepair.vacate(problem, SickCalls.PUBLISHED);

    ReplacementAdvice advice = advisor.advise(problem, roster, Vacancy.of(SickCalls.TUESDAY, "D"));

    assertFalse(advice.unmet().isEmpty(), "the sick call leaves the day shift short");
    Candidate best = advice.best().orElseThrow();
    Employee who = problem.findEmployee(best.employee().orElseThrow()).orElseThrow();
    assertFalse(who.isFullTime(), who.id() + " is a part-timer");
    assertEquals(PayTier.EXTRA_HOURS, best.tier());
    assertFalse(best.createsLawOvertime() || best.createsTariffOvertime());
    assertEquals(new BigDecimal("7.50"), best.cost().total(), "7 h 30 min at ordinary pay");
    assertTrue(best.stillUnmet().isEmpty(), "closes the gap in the staffing plan");
    assertEquals(0, RosterValidator.validate(problem, best.roster().orElseThrow(), RuleSets.kommuneDefault())
        .violations().stream().filter(v -> v.severity().isHard() && !v.ruleId().equals("task-sharing")).count());
    assertTrue(advice.exclusion(sick).orElseThrow().violations().stream().anyMatch(v -> v.ruleId().equals("availability")));
  }

  @Test
  void advise_noPartTimerAvailable_overtimeProposedWithItsSupplement() {
    int proposals = 0;
    for (LocalDate date : SickCalls.PROBLEM.horizon().dates()) {
      if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
        continue;
      }
      String sick = SickCalls.on(date, "D").get(0);
      List<Absence> away = new ArrayList<>();
      away.add(SickCalls.sick(sick, date, 1));
      for (Employee e : SickCalls.PROBLEM.employees()) {
        if (!e.isFullTime() && !e.id().equals(sick)) {
          away.add(Absence.builder().employee(e.id()).kind(AbsenceKind.LEAVE).from(date).to(date).build());
        }
      }
      Problem problem = SickCalls.PROBLEM.withAbsences(away);
      Roster roster = RosterRepair.vacate(problem, SickCalls.PUBLISHED);
      ReplacementAdvice advice = advisor.advise(problem, roster, Vacancy.of(date, "D"));
      for (Candidate c : advice.candidates()) {
        if (c.isAgency()) {
          continue;
        }
        proposals++;
        assertEquals(PayTier.OVERTIME, c.tier(), c.toString());
        assertEquals(c.hoursAdded(), c.tariffOvertime(), "a full-timer's every added hour");
        assertTrue(c.cost().supplement().compareTo(new BigDecimal("3.75")) >= 0, c.cost().toString());
        assertEquals(c.cost().pay().add(c.cost().supplement()), c.cost().total());
      }
      assertTrue(advice.candidates().get(advice.candidates().size() - 1).isAgency());
    }
    assertTrue(proposals > 0, "some weekday has a full-timer free for overtime");
  }

  @Test
  void repair_threeDayAbsence_changesOnlyTheAssignmentsItMust() {
    String sick = SickCalls.on(SickCalls.TUESDAY, "D").get(0);
    Absence absence = SickCalls.sick(sick, SickCalls.TUESDAY, 3);
    RepairResult result = new RosterRepair(RuleSets.kommuneDefault())
        .repair(SickCalls.PROBLEM, SickCalls.PUBLISHED, List.of(absence), RepairOptions.builder().maxNodes(20_000).build());

    Problem problem = result.problem();
    List<Assignment> lost = SickCalls.PUBLISHED.assignmentsOf(sick).stream().filter(a -> absence.covers(a.date())).toList();
    VacantShiftReport gaps = VacantShiftReport.of(problem, RosterRepair.vacate(problem, SickCalls.PUBLISHED));
    Roster vacated = RosterRepair.vacate(problem, SickCalls.PUBLISHED);
    int needed = 0;
    for (VacantSlot slot : gaps.slots()) {
      needed += coverMissing(problem, vacated, slot);
    }
    assertTrue(needed > 0);

    RosterChanges changes = result.changes().orElseThrow();
    assertEquals(Set.copyOf(lost), Set.copyOf(changes.removed()), "only the sick person's shifts go");
    VacantShiftReport left = result.vacancies().orElseThrow();
    assertTrue(left.slots().stream().allMatch(s -> s.unmet().isEmpty()), "every minimum met: " + left.slots());
    assertEquals(needed, changes.added().size(), "one person added per person missing, no more");
    Set<String> gapSlots = new HashSet<>();
    gaps.slots().forEach(s -> gapSlots.add(s.date() + " " + s.shift()));
    for (Assignment a : changes.added()) {
      assertTrue(gapSlots.contains(a.date() + " " + a.shift()), a + " fills a gap");
    }
    assertEquals(0, result.report().orElseThrow().violations().stream()
        .filter(v -> v.severity().isHard() && !v.ruleId().equals("minimum-cover") && !v.ruleId().equals("task-sharing"))
        .count());
    assertEquals(left.toVacantShifts(), result.roster().orElseThrow().vacantShifts());
  }

  /** People missing on the slot by the staffing plan: the largest shortfall of its unmet rows. */
  private static int coverMissing(Problem problem, Roster roster, VacantSlot slot) {
    int missing = 0;
    for (var row : slot.unmet()) {
      long staffed = roster.assignments().stream()
          .filter(a -> a.date().equals(slot.date()) && a.shift().equals(slot.shift()))
          .filter(a -> problem.counts(row.requirement(), problem.findEmployee(a.employee()).orElseThrow(), slot.date()))
          .count();
      missing = Math.max(missing, row.minimum() - (int) staffed);
    }
    return missing;
  }
}
