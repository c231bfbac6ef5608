package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.DemandRuleFixtures.person;
import static org.careroster.constraints.rules.DemandRuleFixtures.request;
import static org.careroster.constraints.rules.DemandRuleFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.Task;
import org.careroster.core.TaskSharingPolicy;
import org.careroster.core.WeekendWindow;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.junit.jupiter.api.Test;

/**
 * Each encoding accepts exactly the rosters its rule's check accepts (hard), and its penalty equals
 * the validator's (soft): many seeded random rosters are fixed in the model, which must then be
 * feasible exactly when the check finds no violation, with the objective equal to the validator's
 * soft penalty. The problems cross the spring daylight-saving change and, for rotations, the wrap.
 */
class EncodingAgreementTest {

  private static final int ROSTERS = 3;

  /** Monday 22 March 2027: the clocks go forward on Sunday 28 March. */
  private static final LocalDate SPRING = LocalDate.of(2027, 3, 22);

  private static final ShiftType LONG_DAY = Fixtures.shift("LD", 8, 0, 750);
  private static final ShiftType LONG_NIGHT =
      ShiftType.builder()
          .code("LN")
          .start(java.time.LocalTime.of(20, 0))
          .duration(java.time.Duration.ofMinutes(750))
          .category(org.careroster.core.ShiftCategory.NIGHT)
          .build();

  private static Problem problem(PlanningHorizon horizon) {
    LocalDate start = horizon.start();
    Task medication = Task.builder().id("medication").name("Medisin").addShift("D").addShift("N").build();
    StaffingPlan.Builder plan = StaffingPlan.builder();
    for (int d = 0; d < horizon.days(); d += 2) {
      plan.addRequirement(row(start.plusDays(d), "D", 1).preferred(2).maximum(2).build());
      plan.addRequirement(
          row(start.plusDays(d), "N", 0).preferred(1).maximum(1).addRole("nurse").build());
    }
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addEmployees(
            person("E1", 100).acceptsLongShifts(true).weekendFrequency(2).build(),
            person("E2", 80, Role.NURSE).worksNights(false).build(),
            person("E3", 60).mentor("E1").employmentStart(start.plusDays(2)).build(),
            person("E4", 50, Role.NURSE).acceptsLongShifts(true).employmentEnd(start.plusDays(11)).build())
        .addShiftType(Fixtures.DAY)
        .addShiftType(Fixtures.EVENING)
        .addShiftType(Fixtures.NIGHT)
        .addShiftType(LONG_DAY)
        .addShiftType(LONG_NIGHT)
        .staffingPlan(plan.build())
        .addTask(medication)
        .taskSharing(TaskSharingPolicy.empty().allowRole("medication", "nurse"))
        .addAbsence(
            Absence.builder()
                .employee("E2")
                .kind(AbsenceKind.VACATION)
                .from(start.plusDays(3))
                .to(start.plusDays(5))
                .build())
        .addRequest(request("E1", start.plusDays(1), RequestKind.OFF, 3).build())
        .addRequest(request("E2", start.plusDays(2), RequestKind.WORK, 2).shift("D").build())
        .addRequest(request("E3", start.plusDays(6), RequestKind.OFF, 1).shift("N").build())
        .addRequest(request("E4", start.plusDays(horizon.days() > 7 ? 8 : 4), RequestKind.WORK, 4).build())
        .build();
  }

  private static List<Rule> rules() {
    return List.of(
        Rules.consecutiveNights(2),
        Rules.consecutiveWorkingDays(3),
        Rules.consecutiveDaysOff(3),
        Rules.forbiddenSuccessions(Succession.of("D", "N"), Succession.of("N", "D"), Succession.of("LD", "LD")),
        Rules.weekendFrequency(3),
        Rules.weekendFrequency(2).withWindow(WeekendWindow.of(DayOfWeek.FRIDAY, java.time.LocalTime.of(22, 0), DayOfWeek.SUNDAY, java.time.LocalTime.of(22, 0))),
        Rules.longShifts(1, 2),
        LongShifts.builder().days(ImmutableSet.of(DayOfWeek.SUNDAY)).maxCount(2).build(),
        Rules.preferredCover(),
        Rules.maximumCover(),
        Rules.taskSharingCover(),
        Rules.mentoring(2),
        Rules.availability(),
        Rules.unitEligibility(),
        Rules.nightEligibility(),
        Rules.requests(),
        Rules.fairness(),
        ConsecutiveWorkingDays.builder().maximum(4).minimum(2).putMinimumByEmployee("E2", 3).putMaximumByEmployee("E3", 2).build(),
        ConsecutiveDaysOff.builder().minimum(2).putMinimumByEmployee("E1", 3).build(),
        ShiftCounts.builder().putMaximum("D", 3).putMaximum("LN", 0)
            .putMaximumByEmployee("E2", com.google.common.collect.ImmutableMap.of("D", 1, "N", 2)).build(),
        WorkedTime.builder().minimum(java.time.Duration.ofHours(16)).maximum(java.time.Duration.ofHours(40))
            .putMaximumByEmployee("E4", java.time.Duration.ofHours(24)).build(),
        WorkingWeekends.builder().maximum(1).putMaximumByEmployee("E3", 0).build());
  }

  private static Rule withSeverity(Rule rule, Severity severity) {
    try {
      return (Rule) rule.getClass().getMethod("withSeverity", Severity.class).invoke(rule, severity);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void post_calendarRosters_agreesWithCheck() {
    assertAgreement(problem(PlanningHorizon.ofDays(SPRING, 14)), 1);
  }

  @Test
  void post_rotationRosters_agreesWithCheck() {
    assertAgreement(problem(PlanningHorizon.cyclic(SPRING, 2)), 2);
  }

  @Test
  void post_oneWeekRotation_agreesWithCheck() {
    assertAgreement(problem(PlanningHorizon.cyclic(SPRING, 1)), 3);
  }

  private static void assertAgreement(Problem problem, long seed) {
    Random random = new Random(seed);
    int checked = 0;
    int accepted = 0;
    for (int r = 0; r < ROSTERS; r++) {
      // From sparse to dense rosters, so hard rules are both kept and broken.
      int[][] values = randomValues(problem, random, 0.15 + 0.6 * r / ROSTERS);
      for (Rule base : rules()) {
        for (Severity severity : List.of(Severity.HARD, Severity.soft(3))) {
          Rule rule = withSeverity(base, severity);
          boolean solved = agrees(problem, rule, values);
          checked++;
          if (severity.isHard()) {
            // The same roster changed until the check accepts it: the encoding must accept it too.
            int[][] repaired = repair(problem, rule, values, random);
            if (repaired != null) {
              assertTrue(agrees(problem, rule, repaired), rule.id());
              accepted++;
            }
          }
        }
      }
    }
    assertTrue(accepted > rules().size(), "accepted " + accepted + " of " + checked);
  }

  /**
   * Fixes {@code values} in the model of {@code rule} and asserts the model agrees with the
   * validator: feasible exactly when the check finds no hard violation, objective equal to the
   * soft penalty. Returns whether the model was feasible.
   */
  private static boolean agrees(Problem problem, Rule rule, int[][] values) {
    Roster roster = toRoster(problem, values);
    ValidationReport report = RosterValidator.validate(problem, roster, RuleSet.of(rule));
    ChocoRosterModel model = new ChocoRosterModel(problem);
    rule.post(model);
    Model choco = model.chocoModel();
    for (int e = 0; e < values.length; e++) {
      for (int d = 0; d < values[e].length; d++) {
        choco.arithm(model.shift(e, d), "=", values[e][d]).post();
      }
    }
    IntVar objective = model.hasPenalties() ? model.objective() : null;
    boolean solved = choco.getSolver().solve();
    String what = rule.id() + " " + rule.severity() + " on " + roster + ": " + report.violations();
    if (rule.severity().isHard()) {
      assertEquals(report.isFeasible(), solved, what);
    } else {
      assertTrue(solved, what);
      assertEquals(report.softPenalty(), objective == null ? 0 : objective.getValue(), what);
    }
    return solved;
  }

  /**
   * A copy of {@code values} changed at random near each violation until {@code rule}'s check
   * accepts it: an assignment of the violation's employee within three days is removed, or
   * someone is put on the violation's shift and date when it names no employee; null if that
   * does not succeed within 200 changes.
   */
  private static int[][] repair(Problem problem, Rule rule, int[][] values, Random random) {
    int[][] copy = new int[values.length][];
    for (int e = 0; e < values.length; e++) {
      copy[e] = values[e].clone();
    }
    int days = problem.horizon().days();
    for (int step = 0; step < 200; step++) {
      ImmutableList<Violation> violations = rule.check(problem, toRoster(problem, copy));
      if (violations.isEmpty()) {
        return copy;
      }
      Violation v = violations.get(random.nextInt(violations.size()));
      int day = problem.horizon().indexOf(v.date());
      if (v.employee().isPresent()) {
        int e = problem.employees().indexOf(problem.findEmployee(v.employee().get()).orElseThrow());
        int d = Math.floorMod(day + random.nextInt(7) - 3, days);
        if (rule instanceof Requests && random.nextBoolean()) {
          copy[e][day] = v.shift().map(code -> 1 + indexOf(problem, code)).orElse(copy[e][day] == 0 ? 1 : 0);
        } else {
          copy[e][d] = 0;
        }
      } else {
        int value = 1 + indexOf(problem, v.shift().orElse("D"));
        copy[random.nextInt(copy.length)][day] = random.nextBoolean() ? value : 0;
      }
    }
    return null;
  }

  private static int indexOf(Problem problem, String code) {
    for (int s = 0; s < problem.shiftTypes().size(); s++) {
      if (problem.shiftTypes().get(s).code().equals(code)) {
        return s;
      }
    }
    throw new AssertionError(code);
  }

  private static int[][] randomValues(Problem problem, Random random, double density) {
    int[][] values = new int[problem.employees().size()][problem.horizon().days()];
    for (int[] row : values) {
      for (int d = 0; d < row.length; d++) {
        row[d] = random.nextDouble() < density ? 1 + random.nextInt(problem.shiftTypes().size()) : 0;
      }
    }
    return values;
  }

  private static Roster toRoster(Problem problem, int[][] values) {
    List<Assignment> assignments = new ArrayList<>();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (int e = 0; e < values.length; e++) {
      for (int d = 0; d < values[e].length; d++) {
        if (values[e][d] != 0) {
          assignments.add(
              Assignment.of(
                  problem.employees().get(e).id(),
                  dates.get(d),
                  problem.shiftTypes().get(values[e][d] - 1).code()));
        }
      }
    }
    return Roster.of(assignments);
  }
}
