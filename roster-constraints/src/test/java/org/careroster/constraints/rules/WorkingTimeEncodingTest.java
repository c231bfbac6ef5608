package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.junit.jupiter.api.Test;

/**
 * The solver encodings of the working-time rules against their checks: each rule is posted into a
 * model whose shift variables are fixed to a seeded random roster; the model must be feasible
 * exactly when the hard rule's check finds nothing, and the soft rule's penalty must equal the
 * check's cost. Horizons cover daylight-saving changes, Easter, partial weeks and rotations.
 */
class WorkingTimeEncodingTest {

  private static final ShiftType[] TYPES = {
    shift("D", 7, 30, 450),
    shift("A", 14, 30, 450),
    shift("N", 21, 45, 600),
    shift("L", 8, 0, 750), // 12 h 30 min
    shift("X", 23, 30, 1440), // 24 h, into the day after next when the clocks go back
    shift("E", 0, 0, 300), // starts at midnight
  };

  /** Horizons: spring forward and Easter 2027, autumn back, a Wednesday start, rotations. */
  private static final List<PlanningHorizon> HORIZONS =
      List.of(
          PlanningHorizon.ofDays(LocalDate.of(2027, 3, 22), 21),
          PlanningHorizon.ofDays(LocalDate.of(2027, 10, 20), 19),
          PlanningHorizon.cyclic(LocalDate.of(2027, 3, 22), 1),
          PlanningHorizon.cyclic(LocalDate.of(2027, 3, 15), 3),
          PlanningHorizon.cyclic(LocalDate.of(2027, 10, 25), 2));

  private static final int ROSTERS = 24;

  private static Problem problem(PlanningHorizon horizon) {
    Employee employee = Fixtures.employee("E1", 100);
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addEmployees(employee)
        .addAllShiftTypes(ImmutableList.copyOf(TYPES))
        .build();
  }

  /** A random roster for E1: each day off with a probability that itself varies per roster. */
  private static Roster randomRoster(Problem problem, Random random) {
    double off = 0.2 + 0.6 * random.nextDouble();
    int types = 2 + random.nextInt(TYPES.length - 1); // often only the ordinary D, A, N
    List<Assignment> assignments = new ArrayList<>();
    for (LocalDate date : problem.horizon().dates()) {
      if (random.nextDouble() >= off) {
        assignments.add(Assignment.of("E1", date, TYPES[random.nextInt(Math.min(types, TYPES.length))].code()));
      }
    }
    return Roster.of(ImmutableList.copyOf(assignments));
  }

  /**
   * Posts {@code rule} with the roster fixed; returns -1 if the model is infeasible, else the
   * penalty (0 without penalties).
   */
  private static long posted(Rule rule, Problem problem, Roster roster) {
    ChocoRosterModel model = new ChocoRosterModel(problem);
    rule.post(model);
    Model choco = model.chocoModel();
    List<LocalDate> dates = problem.horizon().dates();
    for (int d = 0; d < dates.size(); d++) {
      int value = 0;
      for (Assignment a : roster.assignments()) {
        if (a.date().equals(dates.get(d))) {
          value = model.shiftTypeIndex(a.shift()) + 1;
        }
      }
      choco.arithm(model.shift(0, d), "=", value).post();
    }
    IntVar objective = model.hasPenalties() ? model.objective() : null;
    if (!choco.getSolver().solve()) {
      return -1;
    }
    return objective == null ? 0 : objective.getValue();
  }

  /** Checks the hard and the soft (weight 3) encodings of a rule on random rosters. */
  private static void assertAgrees(Function<Severity, CatalogueRule> rule) {
    CatalogueRule hard = rule.apply(Severity.HARD);
    CatalogueRule soft = rule.apply(Severity.soft(3));
    assertTrue(hard.severity().isHard() && hard.encoded());
    assertTrue(!soft.severity().isHard() && soft.encoded());
    Random random = new Random(hard.id().hashCode());
    int broken = 0;
    int kept = 0;
    for (PlanningHorizon horizon : HORIZONS) {
      Problem problem = problem(horizon);
      for (int i = 0; i < ROSTERS; i++) {
        Roster roster = randomRoster(problem, random);
        boolean holds = hard.check(problem, roster).isEmpty();
        assertEquals(holds, posted(hard, problem, roster) >= 0, () -> hard + " on " + horizon + ": " + roster);
        long cost = soft.check(problem, roster).stream().mapToLong(Violation::cost).sum();
        assertEquals(cost, posted(soft, problem, roster), () -> soft + " on " + horizon + ": " + roster);
        if (holds) {
          kept++;
        } else {
          broken++;
        }
      }
    }
    assertTrue(broken >= 5 && kept >= 5, "kept " + kept + ", broken " + broken + ": tune the rosters");
  }

  @Test
  void weeklyRest_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> WeeklyRest.builder().minimum(Duration.ofHours(35)).severity(severity).build());
  }

  @Test
  void weeklyRestShort_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> WeeklyRest.builder().minimum(Duration.ofMinutes(60 * 28 + 1)).severity(severity).build());
  }

  @Test
  void ordinaryHoursPerDay_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> OrdinaryHoursPerDay.builder().maximum(Duration.ofHours(9)).severity(severity).build());
  }

  @Test
  void totalHoursPerDay_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> TotalHoursPerDay.builder().maximum(Duration.ofHours(13)).severity(severity).build());
  }

  @Test
  void hoursPerWeek_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> HoursPerWeek.builder().maximum(Duration.ofHours(40)).severity(severity).build());
  }

  @Test
  void averageWeeklyHours_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> AverageWeeklyHours.builder().maximum(Duration.ofHours(38)).weeks(2).severity(severity).build());
  }

  @Test
  void averageWeeklyHoursLongWindow_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> AverageWeeklyHours.builder().maximum(Duration.ofHours(38)).weeks(8).severity(severity).build());
  }

  @Test
  void sundayRestNextFree_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> SundayRest.builder().severity(severity).build());
  }

  @Test
  void sundayRestAveraged_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> SundayRest.builder()
            .mode(SundayRest.Mode.AVERAGED)
            .averagingWeeks(2)
            .maxConsecutiveSundays(1).severity(severity).build());
  }

  @Test
  void sundayRestAveragedLong_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> SundayRest.builder()
            .mode(SundayRest.Mode.AVERAGED)
            .averagingWeeks(26)
            .maxConsecutiveSundays(2).severity(severity).build());
  }

  @Test
  void nightWorkAverage_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> NightWorkAverage.builder().maxAverage(Duration.ofHours(6)).weeks(2).severity(severity).build());
  }

  @Test
  void nightWorkAverageLongWindow_randomRosters_agreesWithCheck() {
    assertAgrees(severity -> NightWorkAverage.builder().maxAverage(Duration.ofHours(6)).weeks(4).severity(severity).build());
  }

  @Test
  void dailyRest_randomRosters_agreesWithCheck() {
    DailyRest rule = DailyRest.builder().minimum(Duration.ofHours(11)).build();
    Random random = new Random(7);
    int broken = 0;
    for (PlanningHorizon horizon : HORIZONS) {
      Problem problem = problem(horizon);
      for (int i = 0; i < ROSTERS; i++) {
        Roster roster = randomRoster(problem, random);
        boolean holds = rule.check(problem, roster).isEmpty();
        assertEquals(holds, posted(rule, problem, roster) >= 0, () -> horizon + ": " + roster);
        broken += holds ? 0 : 1;
      }
    }
    assertTrue(broken >= 5 && broken <= HORIZONS.size() * ROSTERS - 5, "broken " + broken);
  }
}
