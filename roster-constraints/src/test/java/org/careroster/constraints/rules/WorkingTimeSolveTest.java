package org.careroster.constraints.rules;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.EVENING;
import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.NIGHT;
import static org.careroster.constraints.Fixtures.cover;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.plan;
import static org.careroster.constraints.Fixtures.shift;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.junit.jupiter.api.Test;

/**
 * The solver with the working-time rules: each rule binds (the roster solved without it breaks
 * it; with it the validator accepts the roster), makes a problem infeasible where cover needs
 * more than it allows, and wraps in a rotation.
 */
class WorkingTimeSolveTest {

  private static final RosterSolver SOLVER = new RosterSolver();
  private static final ShiftType LONG_DAY = shift("L", 8, 0, 750);

  private static SolveStatus status(Problem problem, Rule rule) {
    return SOLVER.solve(problem, RuleSets.basic().with(rule), SolveFixtures.options()).status();
  }

  /** The roster solved with {@link RuleSets#basic()} breaks {@code rule}; with it, none. */
  private static void assertBinds(Problem problem, Rule rule) {
    assertBinds(problem, RuleSets.basic(), rule);
  }

  /** The roster solved with {@code base} breaks {@code rule}; with it, none. */
  private static void assertBinds(Problem problem, RuleSet base, Rule rule) {
    Roster without = SolveFixtures.solveLawfully(problem, base);
    assertFalse(rule.check(problem, without).isEmpty(), () -> rule + " holds anyway: " + without);
    Roster with = SolveFixtures.solveLawfully(problem, base.with(rule));
    assertEquals(List.of(), rule.check(problem, with));
  }

  private static StaffingRequirement every(String shift, int minimum) {
    return StaffingRequirement.builder().shift(shift).days(DayKind.EVERY_DAY).minimum(minimum).build();
  }

  /** Cover of one person on {@code shift} on each of the days (indexes from {@code start}). */
  private static StaffingPlan oneOn(LocalDate start, String shift, int... days) {
    List<StaffingRequirement> rows = new ArrayList<>();
    for (int d : days) {
      rows.add(cover(start.plusDays(d), shift, 1));
    }
    return plan(rows.toArray(new StaffingRequirement[0]));
  }

  private static Problem cyclicWard(int weeks, StaffingPlan plan, Employee... staff) {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(MONDAY, weeks))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(ImmutableList.copyOf(staff))
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .addShiftType(NIGHT)
        .staffingPlan(plan)
        .build();
  }

  // Daily rest across the wrap

  @Test
  void dailyRest_eveningOnLastSundayThenDayOnFirstMonday_infeasibleOnlyInRotation() {
    StaffingPlan plan = plan(cover(MONDAY, "D", 1), cover(MONDAY.plusDays(6), "A", 1));
    Rule rest = Rules.dailyRest(Duration.ofHours(11));
    assertEquals(
        SolveStatus.INFEASIBLE,
        SOLVER.solve(cyclicWard(1, plan, employee("E1", 100)), RuleSet.of(rest, Rules.minimumCover()),
            SolveFixtures.options()).status());
    assertEquals(
        SolveStatus.OPTIMAL,
        SOLVER.solve(ward(7, employee("E1", 100)).staffingPlan(plan).build(),
            RuleSet.of(rest, Rules.minimumCover()), SolveFixtures.options()).status());
  }

  @Test
  void dailyRest_softSeverity_isNotEncoded() {
    assertFalse(DailyRest.builder().minimum(Duration.ofHours(11)).severity(Severity.soft(1)).build().encoded());
  }

  // Weekly rest

  @Test
  void weeklyRest_fourOnDayEveningAndNight_bindsAndHolds() {
    Problem problem =
        ward(7, employee("E1", 100), employee("E2", 100), employee("E3", 100), employee("E4", 100))
            .staffingPlan(
                StaffingPlan.builder()
                    .addRequirement(every("D", 1))
                    .addRequirement(every("A", 1))
                    .addRequirement(every("N", 1))
                    .build())
            .build();
    // Hard rules only: the search stops at the first roster. The first roster without the rule
    // depends on the search order, so the binding case is pinned: E1 on D from Monday to Saturday
    // and A on Sunday leaves at most 16 h 30 min of rest.
    RuleSet hard = RuleSet.of(Rules.dailyRest(Duration.ofHours(11)), Rules.minimumCover());
    SolverOptions.Builder pinned = SolverOptions.builder().maxNodes(20_000).seed(1);
    for (int d = 0; d < 6; d++) {
      pinned.addPinned(Assignment.of("E1", MONDAY.plusDays(d), "D"));
    }
    Roster without = SOLVER.solve(problem, hard, pinned.build()).roster().orElseThrow();
    Rule weekly = Rules.weeklyRest(Duration.ofHours(35));
    assertFalse(weekly.check(problem, without).isEmpty(), without::toString);
    Roster with = SolveFixtures.solveLawfully(problem, hard.with(weekly));
    assertEquals(List.of(), weekly.check(problem, with));
    assertEquals(
        SolveStatus.INFEASIBLE,
        SOLVER.solve(problem, hard.with(weekly), pinned.build()).status(),
        "six day shifts in a row leave no 35 h rest in the week");
  }

  @Test
  void weeklyRest_dayShiftsEveryOtherDay_infeasibleAboveTheirGaps() {
    // D ends 15:00, next D starts 07:30 two days later: 40 h 30 min of rest at most.
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(oneOn(MONDAY, "D", 0, 2, 4, 6)).build();
    assertEquals(SolveStatus.INFEASIBLE, status(problem, Rules.weeklyRest(Duration.ofMinutes(40 * 60 + 31))));
    SolveFixtures.solveLawfully(problem, RuleSets.basic().with(Rules.weeklyRest(Duration.ofMinutes(40 * 60 + 30))));
  }

  @Test
  void weeklyRest_nightOnLastSundayOfRotation_reachesIntoFirstWeek() {
    // Week 1 has D from Wednesday to Sunday: its longest rest is Monday 00:00 to Wednesday 07:30
    // (55 h 30 min). In a rotation, week 2's Sunday night N runs to Monday 07:45 of week 1 and
    // leaves 47 h 45 min.
    StaffingPlan plan =
        plan(
            cover(MONDAY.plusDays(2), "D", 1), cover(MONDAY.plusDays(3), "D", 1),
            cover(MONDAY.plusDays(4), "D", 1), cover(MONDAY.plusDays(5), "D", 1),
            cover(MONDAY.plusDays(6), "D", 1), cover(MONDAY.plusDays(13), "N", 1));
    Rule rest = Rules.weeklyRest(Duration.ofHours(50));
    assertEquals(SolveStatus.INFEASIBLE, status(cyclicWard(2, plan, employee("E1", 100)), rest));
    Problem calendar = ward(14, employee("E1", 100)).staffingPlan(plan).build();
    SolveFixtures.solveLawfully(calendar, RuleSets.basic().with(rest));
    Rule shorter = Rules.weeklyRest(Duration.ofMinutes(47 * 60 + 45));
    SolveFixtures.solveLawfully(cyclicWard(2, plan, employee("E1", 100)), RuleSets.basic().with(shorter));
  }

  @Test
  void weeklyRest_soft_penaltyMatchesValidator() {
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(oneOn(MONDAY, "D", 0, 2, 4, 6)).build();
    Rule rest = WeeklyRest.builder().minimum(Duration.ofHours(41)).severity(Severity.soft(5)).build();
    SolveResult result = SOLVER.solve(problem, RuleSets.basic().with(rest), SolveFixtures.options());
    ValidationReport report = result.report().orElseThrow();
    // 41 h − 40 h 30 min = 30 minutes at weight 5; the solver checked its objective equals this.
    assertEquals(
        150,
        report.violations().stream().filter(v -> v.ruleId().equals(WeeklyRest.ID)).mapToLong(Violation::cost).sum());
  }

  // Hours per day

  @Test
  void ordinaryHoursPerDay_longDayCovered_infeasibleUnlessAllowed() {
    Problem problem =
        ward(3, employee("E1", 100)).addShiftType(LONG_DAY).staffingPlan(oneOn(MONDAY, "L", 1)).build();
    assertEquals(SolveStatus.INFEASIBLE, status(problem, Rules.ordinaryHoursPerDay(Duration.ofHours(9))));
    SolveFixtures.solveLawfully(problem, RuleSets.basic().with(Rules.ordinaryHoursPerDay(Duration.ofMinutes(750))));
  }

  @Test
  void totalHoursPerDay_longDayCovered_infeasibleUnderTwelveAndAHalfHours() {
    Problem problem =
        ward(3, employee("E1", 100)).addShiftType(LONG_DAY).staffingPlan(oneOn(MONDAY, "L", 1)).build();
    assertEquals(SolveStatus.INFEASIBLE, status(problem, Rules.totalHoursPerDay(Duration.ofHours(12))));
    SolveFixtures.solveLawfully(problem, RuleSets.basic().with(Rules.totalHoursPerDay(Duration.ofHours(13))));
  }

  @Test
  void ordinaryHoursPerDay_soft_costsMinutesAboveMaximum() {
    Problem problem =
        ward(3, employee("E1", 100)).addShiftType(LONG_DAY).staffingPlan(oneOn(MONDAY, "L", 1)).build();
    Rule ordinary = OrdinaryHoursPerDay.builder().severity(Severity.soft(2)).build();
    ValidationReport report =
        SOLVER.solve(problem, RuleSets.basic().with(ordinary), SolveFixtures.options()).report().orElseThrow();
    assertEquals(
        2 * (750 - 540),
        report.violations().stream()
            .filter(v -> v.ruleId().equals(OrdinaryHoursPerDay.ID))
            .mapToLong(Violation::cost)
            .sum());
  }

  // Hours per week and on average

  @Test
  void hoursPerWeek_twoOnDayShiftsForTwoWeeks_bindsAndHolds() {
    Problem problem =
        ward(14, employee("E1", 100), employee("E2", 100)).staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build()).build();
    assertBinds(problem, Rules.hoursPerWeek(Duration.ofMinutes(4 * 450)));
  }

  @Test
  void hoursPerWeek_dayShiftEveryDay_infeasibleForOnePerson() {
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build()).build();
    assertEquals(SolveStatus.INFEASIBLE, status(problem, Rules.hoursPerWeek(Duration.ofHours(48))));
  }

  @Test
  void averageWeeklyHours_dayShiftEveryDay_infeasibleOnlyWhenEveryWeekIsFull() {
    Rule average = Rules.averageWeeklyHours(Duration.ofHours(48), 2);
    Problem full = ward(14, employee("E1", 100)).staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build()).build();
    assertEquals(SolveStatus.INFEASIBLE, status(full, average));
    // 52 h 30 min in week 1 and 7 h 30 min in week 2 average 30 h.
    int[] weekOne = {0, 1, 2, 3, 4, 5, 6, 7};
    Problem balanced = ward(14, employee("E1", 100)).staffingPlan(oneOn(MONDAY, "D", weekOne)).build();
    SolveFixtures.solveLawfully(balanced, RuleSets.basic().with(average));
  }

  @Test
  void averageWeeklyHours_rotation_averagesAcrossTheWrap() {
    // Weeks 3 and 1 of the rotation form a window: 7 D in week 3 and 6 D in week 1 is 48 h 45 min
    // on average, over 48 h; the calendar's windows (1–2, 2–3) see at most 7 + 0.
    int[] days = {0, 1, 2, 3, 4, 5, 14, 15, 16, 17, 18, 19, 20};
    Rule average = Rules.averageWeeklyHours(Duration.ofHours(48), 2);
    assertEquals(SolveStatus.INFEASIBLE, status(cyclicWard(3, oneOn(MONDAY, "D", days), employee("E1", 100)), average));
    Problem calendar = ward(21, employee("E1", 100)).staffingPlan(oneOn(MONDAY, "D", days)).build();
    SolveFixtures.solveLawfully(calendar, RuleSets.basic().with(average));
  }

  // Sunday rest

  @Test
  void sundayRest_twoSundaysCovered_bindsAndHolds() {
    Problem problem =
        ward(14, employee("E1", 100), employee("E2", 100))
            .staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build())
            .build();
    assertBinds(problem, Rules.sundayRest());
  }

  @Test
  void sundayRest_saturdayNightReachesSunday_infeasibleWithNextSundayCovered() {
    // N on Saturday 21:45 runs into Sunday: Sunday is worked, so the next Sunday must be free.
    Problem problem =
        ward(14, employee("E1", 100))
            .staffingPlan(plan(cover(MONDAY.plusDays(5), "N", 1), cover(MONDAY.plusDays(13), "D", 1)))
            .build();
    assertEquals(SolveStatus.INFEASIBLE, status(problem, Rules.sundayRest()));
    Problem evening =
        ward(14, employee("E1", 100))
            .staffingPlan(plan(cover(MONDAY.plusDays(5), "A", 1), cover(MONDAY.plusDays(13), "D", 1)))
            .build();
    SolveFixtures.solveLawfully(evening, RuleSets.basic().with(Rules.sundayRest()));
  }

  @Test
  void sundayRest_oneWeekRotationWithSundayWork_isInfeasible() {
    // A one-week rotation repeats its Sunday every week: it is worked each time.
    StaffingPlan plan = plan(cover(MONDAY.plusDays(6), "D", 1));
    assertEquals(SolveStatus.INFEASIBLE, status(cyclicWard(1, plan, employee("E1", 100)), Rules.sundayRest()));
    SolveFixtures.solveLawfully(ward(7, employee("E1", 100)).staffingPlan(plan).build(), RuleSets.basic().with(Rules.sundayRest()));
  }

  @Test
  void sundayRestAveraged_rotationOfFourSundays_allowsTwoOfThemApart() {
    Rule averaged =
        SundayRest.builder().mode(SundayRest.Mode.AVERAGED).maxConsecutiveSundays(1).build();
    StaffingPlan three = oneOn(MONDAY, "D", 6, 13, 27);
    assertEquals(SolveStatus.INFEASIBLE, status(cyclicWard(4, three, employee("E1", 100)), averaged));
    // Sundays 2 and 4 only: two of four, never two in a row even across the wrap.
    StaffingPlan two = oneOn(MONDAY, "D", 13, 27);
    Problem rotation = cyclicWard(4, two, employee("E1", 100));
    Roster roster = SolveFixtures.solveLawfully(rotation, RuleSets.basic().with(averaged));
    assertEquals(List.of(), averaged.check(rotation, roster));
    // Sundays 1 and 4 are in a row across the wrap.
    assertEquals(
        SolveStatus.INFEASIBLE, status(cyclicWard(4, oneOn(MONDAY, "D", 6, 27), employee("E1", 100)), averaged));
  }

  // Night work

  @Test
  void nightWorkAverage_fiveNightsInAWeek_infeasibleForANightWorker() {
    // One week: (168 h − 35 h) / 24 h × 8 h = 44 h 20 min allowed; five N are 50 h.
    Rule nights = Rules.nightWorkAverage(Duration.ofHours(8), 1);
    Problem fiveNights = ward(7, employee("E1", 100)).staffingPlan(oneOn(MONDAY, "N", 0, 1, 2, 3, 4)).build();
    assertEquals(SolveStatus.INFEASIBLE, status(fiveNights, nights));
    // Seven D are 52 h 30 min, but no night work: the limit does not apply.
    Problem sevenDays = ward(7, employee("E1", 100)).staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build()).build();
    SolveFixtures.solveLawfully(sevenDays, RuleSets.basic().with(nights));
    // One N among five D (37 h 30 min + 10 h) makes a night worker over 44 h 20 min.
    Problem mixed = ward(7, employee("E1", 100)).staffingPlan(plan(
        cover(MONDAY, "D", 1), cover(MONDAY.plusDays(1), "D", 1), cover(MONDAY.plusDays(2), "D", 1),
        cover(MONDAY.plusDays(3), "D", 1), cover(MONDAY.plusDays(4), "D", 1), cover(MONDAY.plusDays(5), "N", 1))).build();
    assertEquals(SolveStatus.INFEASIBLE, status(mixed, nights));
  }

  @Test
  void nightWorkAverage_rotation_windowsWrap() {
    // Two-week windows of a two-week rotation are both weeks: 9 N are 90 h > 88 h 40 min.
    Rule nights = Rules.nightWorkAverage(Duration.ofHours(8), 2);
    int[] nine = {0, 1, 2, 3, 7, 8, 9, 10, 11};
    assertEquals(SolveStatus.INFEASIBLE, status(cyclicWard(2, oneOn(MONDAY, "N", nine), employee("E1", 100)), nights));
    int[] eight = {0, 1, 2, 3, 7, 8, 9, 10};
    Problem rotation = cyclicWard(2, oneOn(MONDAY, "N", eight), employee("E1", 100));
    SolveFixtures.solveLawfully(rotation, RuleSets.basic().with(nights));
  }

  // Overtime caps and contract hours

  @Test
  void overtimeCaps_solvedRoster_hasNoOvertime() {
    Problem problem = ward(7, employee("E1", 100)).staffingPlan(StaffingPlan.builder().addRequirement(every("D", 1)).build()).build();
    Rule caps = Rules.overtimeCaps();
    Roster roster = SolveFixtures.solveLawfully(problem, RuleSets.basic().with(caps));
    assertTrue(roster.assignments().stream().noneMatch(a -> a.overtime()));
    assertEquals(7, roster.assignments().size());
  }

  @Test
  void contractHours_rotation_reachesTargetWithinTolerance() {
    Problem rotation = cyclicWard(2, plan(), employee("E1", 100));
    SolveResult result = SOLVER.solve(rotation, RuleSets.basic(), SolveFixtures.options());
    assertEquals(SolveStatus.OPTIMAL, result.status());
    long minutes =
        result.roster().orElseThrow().assignments().stream()
            .mapToLong(a -> rotation.shiftTypes().stream().filter(t -> t.code().equals(a.shift())).findFirst().orElseThrow().duration().toMinutes())
            .sum();
    // 35.5 h × 2 weeks = 71 h ± 4 h.
    assertTrue(Math.abs(minutes - 71 * 60) <= 4 * 60, () -> minutes + " minutes");
  }
}
