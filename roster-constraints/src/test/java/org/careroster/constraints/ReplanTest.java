package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.DayKind;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;

/** Replanning a few weeks of a calendar plan with the weeks around them kept as they are. */
class ReplanTest {

  private static final RuleSet RULES =
      RuleSet.of(Rules.minimumCover(), Rules.dailyRest(Duration.ofHours(11))).named("cover and rest");

  /**
   * Two health workers over four weeks; one on D every day, and a nurse on D on the first Saturday
   * (a dated row nobody can meet).
   */
  private static Problem fourWeeks() {
    StaffingPlan plan = StaffingPlan.builder()
        .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
        .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.DATE).date(MONDAY.plusDays(5))
            .addRole(Role.NURSE.id()).minimum(1).build())
        .build();
    return ward(28, employee("E1", 100), employee("E2", 100)).staffingPlan(plan).build();
  }

  /** E1 on D every day but the first Monday, which nobody covers; the first Saturday lacks its nurse. */
  private static Roster shortOnTheFirstMonday() {
    List<Assignment> assignments = new ArrayList<>();
    for (int d = 1; d < 28; d++) {
      assignments.add(Assignment.of("E1", MONDAY.plusDays(d), "D"));
    }
    return Roster.of(assignments);
  }

  @Test
  void replan_shortfallInTheContext_replansTheWindowAndKeepsTheContext() {
    Problem problem = fourWeeks();
    Roster roster = shortOnTheFirstMonday();
    LocalDate from = MONDAY.plusDays(14);
    LocalDate to = MONDAY.plusDays(20);
    SolveResult result = new RosterSolver().replan(problem, RULES, roster, from, to,
        SolverOptions.builder().maxNodes(5_000).timeLimit(Duration.ofSeconds(20)).previous(roster).build());

    // The first week lies in the window's context: its shortfalls are not the window's to meet
    // (the nurse nobody can be would otherwise make the window infeasible before it starts).
    assertTrue(result.roster().isPresent(), () -> "no roster: " + result.status());
    Roster replanned = result.roster().get();
    for (Assignment a : roster.assignments()) {
      if (a.date().isBefore(from) || a.date().isAfter(to)) {
        assertTrue(replanned.assignments().contains(a), () -> "context changed at " + a);
      }
    }
    List<Violation> hard = result.report().orElseThrow().violations().stream()
        .filter(v -> v.severity().isHard()).toList();
    assertEquals(List.of(MONDAY, MONDAY.plusDays(5)), hard.stream().map(Violation::date).toList(),
        () -> "violations: " + hard);
    assertTrue(hard.stream().allMatch(v -> v.ruleId().equals(MinimumCover.ID)), () -> "violations: " + hard);
  }

  @Test
  void windowsProblem_contextDays_needNobodyAndWindowDaysKeepThePlan() {
    Problem problem = fourWeeks();
    LocalDate from = MONDAY.plusDays(7);
    LocalDate to = MONDAY.plusDays(13);
    Problem part = Windows.problem(problem, MONDAY, MONDAY.plusDays(20), from, to);

    for (CoverRequirement c : part.coverRequirements()) {
      boolean window = !c.date().isBefore(from) && !c.date().isAfter(to);
      if (window) {
        assertEquals(c.shift().equals("D") && c.requirement().roles().isEmpty() ? 1 : 0, c.minimum(),
            () -> "window day " + c);
      } else {
        assertEquals(0, c.minimum(), () -> "context day " + c);
      }
    }
    // The first Saturday's dated nurse row lies in the context: dropped, not kept beside the nobody row.
    assertTrue(part.coverRequirements().stream()
        .filter(c -> c.date().equals(MONDAY.plusDays(5)))
        .allMatch(c -> c.minimum() == 0));
    assertTrue(part.coverRequirements().stream()
        .anyMatch(c -> c.date().equals(from) && c.shift().equals("D") && c.minimum() == 1));
  }

  @Test
  void windowsProblem_datedRowOutsideTheWindowsDates_isDropped() {
    Problem problem = fourWeeks();   // its dated nurse row lies on the first Saturday
    Problem part = Windows.problem(problem, MONDAY.plusDays(14), MONDAY.plusDays(27), MONDAY.plusDays(21), MONDAY.plusDays(27));
    assertTrue(part.staffingPlan().requirements().stream()
        .allMatch(r -> r.date().map(part.horizon()::contains).orElse(true)), part.staffingPlan()::toString);
  }
}
