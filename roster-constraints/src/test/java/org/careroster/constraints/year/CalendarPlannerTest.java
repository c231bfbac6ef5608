package org.careroster.constraints.year;

import static org.careroster.constraints.year.PlanFixtures.RULES;
import static org.careroster.constraints.year.PlanFixtures.SHORT_REST_EMPLOYEE;
import static org.careroster.constraints.year.PlanFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacantShift;
import org.junit.jupiter.api.Test;

/**
 * {@link CalendarPlanner} and {@link CalendarRollout} on the 3-week rotation of {@link
 * PlanFixtures} (rules: kommune-default's hard rules): the wrap of the cycle, the turn of the year,
 * the daylight-saving nights, Easter and Christmas with holiday groups, and bad input. Plans that
 * several tests read are made once, each with a time limit of 5 to 10 s.
 */
class CalendarPlannerTest {

  private static final CalendarPlanner PLANNER = new CalendarPlanner(RULES);
  private static final Problem BASE = PlanFixtures.base();
  private static final Roster BASE_ROSTER = PlanFixtures.baseRoster();

  private static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2027, 3, 25);
  private static final LocalDate EASTER_MONDAY = LocalDate.of(2027, 3, 29);
  private static final LocalDate SPRING_FORWARD_EVE = LocalDate.of(2027, 3, 27);
  private static final LocalDate FALL_BACK_EVE = LocalDate.of(2027, 10, 30);
  private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2027, 12, 24);
  private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2027, 12, 31);
  private static final LocalDate NEW_YEARS_DAY = LocalDate.of(2028, 1, 1);

  private static CalendarPlan plan(LocalDate from, int weeks, boolean groups, int seconds, Absence... absences) {
    return PLANNER.plan(BASE, BASE_ROSTER, options(from, weeks).holidayGroups(groups)
        .timeLimit(Duration.ofSeconds(seconds)).addAbsences(absences).build());
  }

  private static PlanOptions.Builder options(LocalDate from, int weeks) {
    PlanOptions.Builder options = PlanOptions.builder();
    options.from(from).weeks(weeks);
    return options;
  }

  /** Easter 2027 (Maundy Thursday 25 March to Easter Monday 29 March) with holiday groups. */
  private static final class Easter {
    static final CalendarPlan PLAN = plan(LocalDate.of(2027, 3, 22), 2, true, 5);
  }

  /** Christmas 2027 and New Year 2028 with holiday groups. */
  private static final class Christmas {
    static final CalendarPlan PLAN = plan(LocalDate.of(2027, 12, 20), 3, true, 10);
  }

  /**
   * The turn of the year without holiday groups, with eight of the twelve on vacation from
   * 27 December to 2 January: more cover than the four left can lawfully give.
   */
  private static final class NewYear {
    static final List<String> AWAY = List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8");
    static final CalendarPlan PLAN = plan(LocalDate.of(2027, 12, 20), 3, false, 6,
        AWAY.stream().map(e -> vacation(e, LocalDate.of(2027, 12, 27), LocalDate.of(2028, 1, 2))).toArray(Absence[]::new));
  }

  private static Absence vacation(String employee, LocalDate from, LocalDate to) {
    return Absence.builder().employee(employee).kind(AbsenceKind.VACATION).from(from).to(to).build();
  }

  /** Each employee's shift on each date, "E5@2027-03-25" → "D". */
  private static Map<String, String> byDay(Roster roster) {
    Map<String, String> days = new HashMap<>();
    for (Assignment a : roster.assignments()) {
      assertEquals(null, days.put(a.employee() + "@" + a.date(), a.shift()), () -> "two shifts in a day: " + a);
    }
    return days;
  }

  /** The shifts of {@code group}'s staff on the group's own holidays. */
  private static long workedOnOwnHolidays(HolidayGroup group, Roster roster) {
    return roster.assignments().stream()
        .filter(a -> group.employees().contains(a.employee()) && group.off().contains(a.date()))
        .count();
  }

  private static List<Violation> hard(ValidationReport report) {
    return report.violations().stream().filter(v -> v.severity().isHard()).toList();
  }

  /**
   * What a ward planner checks on a plan: validated afresh, it breaks no hard rule but minimum
   * cover; every shift short of its minimum is in the roster's vacant shifts and in {@link
   * CalendarPlan#vacancies()}; and the plan's own report says the same.
   */
  private static void assertLawfulButForVacancies(CalendarPlan plan) {
    ValidationReport fresh = RosterValidator.validate(plan.problem(), plan.roster(), RULES);
    Set<String> vacant = new HashSet<>();
    for (VacantShift v : plan.roster().vacantShifts()) {
      vacant.add(v.date() + " " + v.shift());
    }
    for (Violation v : hard(fresh)) {
      assertEquals(MinimumCover.ID, v.ruleId(), v::message);
      assertTrue(vacant.contains(v.date() + " " + v.shift().orElseThrow()), () -> "not vacant: " + v.message());
    }
    assertEquals(0, RosterValidator.validate(plan.problem(), plan.roster(), RULES.without(MinimumCover.ID))
        .hardViolationCount());
    assertEquals(plan.vacancies().toVacantShifts(), plan.roster().vacantShifts());
    assertEquals(fresh.hardViolationCount(), plan.report().hardViolationCount());
    assertEquals(plan.vacancies().isEmpty(), plan.isLawful());
  }

  // --- the base -----------------------------------------------------------------------------

  @Test
  void baseRoster_handMadeRotation_keepsEveryHardRule() {
    ValidationReport report = RosterValidator.validate(BASE, BASE_ROSTER, RULES);
    assertEquals(0, report.hardViolationCount(), report.violations()::toString);
    assertEquals(78, BASE_ROSTER.assignments().size()); // 26 shifts a week: D 2, A 1, N 1 weekdays; 1 each at weekends
  }

  // --- the wrap of the cycle ----------------------------------------------------------------

  @Test
  void plan_threeTurnsFromTheSecondCycleWeek_everyoneKeepsTheirLineAcrossEachWrap() {
    LocalDate from = LocalDate.of(2027, 1, 11); // no public holiday or clock change until 14 March
    CalendarPlan plan = plan(from, 9, true, 5);

    assertEquals(1, plan.cycleWeek());
    Map<String, String> planned = byDay(plan.roster());
    int wraps = 0;
    for (LocalDate date : plan.problem().horizon().dates()) {
      int cycleDay = CalendarRollout.cycleDay(BASE.horizon(), date);
      if (cycleDay == 0) {
        wraps++;
      }
      for (Employee e : BASE.employees()) {
        assertEquals(PlanFixtures.baseShift(e.id(), cycleDay), planned.get(e.id() + "@" + date),
            () -> e.id() + " on " + date + " (cycle day " + cycleDay + ")");
      }
    }
    assertEquals(3, wraps);
    assertEquals(List.of(), plan.changes());
    assertEquals(3 * BASE_ROSTER.assignments().size(), plan.roster().assignments().size());
    ValidationReport report = RosterValidator.validate(plan.problem(), plan.roster(), RULES);
    assertEquals(0, report.hardViolationCount(), report.violations()::toString);
    assertTrue(plan.isLawful());
    assertTrue(plan.vacancies().isEmpty());
    assertEquals(SolveStatus.OPTIMAL, plan.status());
  }

  // --- the turn of the year -----------------------------------------------------------------

  @Test
  void plan_overNewYear_marksChristmasAndNewYearsDayAsPublicHolidays() {
    CalendarPlan plan = NewYear.PLAN;
    assertEquals(LocalDate.of(2027, 12, 20), plan.problem().horizon().start());
    assertEquals(LocalDate.of(2028, 1, 9), plan.problem().horizon().end());
    assertEquals(
        Set.of(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26), NEW_YEARS_DAY),
        plan.problem().publicHolidays().keySet());
    assertFalse(plan.problem().isPublicHoliday(CHRISTMAS_EVE));
    assertFalse(plan.problem().isPublicHoliday(NEW_YEARS_EVE));
    assertEquals(2, plan.cycleWeek());
  }

  @Test
  void plan_overNewYearWithMostStaffAway_leavesOnlyCoverNobodyCanGiveAsVacantShifts() {
    CalendarPlan plan = NewYear.PLAN;
    assertLawfulButForVacancies(plan);
    assertFalse(plan.vacancies().isEmpty(), "four staff cannot cover a week of D 2, A 1, N 1");
    assertFalse(plan.isLawful());
    assertEquals(SolveStatus.UNKNOWN, plan.status());
    for (Assignment a : plan.roster().assignments()) {
      assertTrue(plan.problem().absencesOn(a.employee(), a.date()).isEmpty(), () -> "works while away: " + a);
    }
    // Nobody present could lawfully take a vacant shift on top of the plan.
    Map<String, String> planned = byDay(plan.roster());
    for (VacantShift v : plan.roster().vacantShifts()) {
      for (Employee e : plan.problem().employees()) {
        if (planned.containsKey(e.id() + "@" + v.date()) || !plan.problem().absencesOn(e.id(), v.date()).isEmpty()) {
          continue;
        }
        Roster more = Roster.builder().addAllAssignments(plan.roster().assignments())
            .addAssignments(Assignment.of(e.id(), v.date(), v.shift())).build();
        assertNotEquals(0, RosterValidator.validate(plan.problem(), more, RULES.without(MinimumCover.ID))
            .hardViolationCount(), () -> e.id() + " could lawfully take the vacant " + v.shift() + " on " + v.date());
      }
    }
  }

  /**
   * Every change on a public holiday on which the rotation laid out broke a hard rule names a public
   * holiday (the nearest violation is that day's, or the employee's own the day before or after);
   * returns how many there are.
   */
  private static int assertHolidayChangesNameAHoliday(CalendarPlan plan) {
    Set<LocalDate> broken = new HashSet<>();
    for (Violation v : hard(RosterValidator.validate(plan.problem(), plan.rolledOut(), RULES))) {
      broken.add(v.date());
    }
    int checked = 0;
    for (PlanChange change : plan.changes()) {
      if (plan.problem().isPublicHoliday(change.date()) && broken.contains(change.date())) {
        checked++;
        assertTrue(change.reason().startsWith("public holiday "), change::toString);
      }
    }
    return checked;
  }

  @Test
  void plan_overNewYearWithMostStaffAway_changesOnAHolidayNameIt() {
    CalendarPlan plan = NewYear.PLAN;
    for (Assignment a : plan.rolledOut().assignments()) {
      assertTrue(plan.problem().absencesOn(a.employee(), a.date()).isEmpty(), () -> "laid out while away: " + a);
    }
    assertTrue(assertHolidayChangesNameAHoliday(plan) > 0, () -> "no change for a public holiday: " + plan.changes());
    // The staff left have no violation of their own: a change on New Year's Day is for that day's cover.
    List<PlanChange> newYearsDay = plan.changes().stream().filter(c -> c.date().equals(NEW_YEARS_DAY)).toList();
    assertFalse(newYearsDay.isEmpty(), plan.changes()::toString);
    for (PlanChange change : newYearsDay) {
      assertTrue(change.reason().startsWith("public holiday New Year's Day: minimum-cover on 2028-01-01"), change::toString);
      assertFalse(NewYear.AWAY.contains(change.employee()), change::toString);
    }
  }

  // --- daylight saving ----------------------------------------------------------------------

  /** Worked minutes of each employee by the shifts' nominal lengths, plus {@code delta} for each night starting on {@code eve}. */
  private static Map<String, Long> expectedMinutes(CalendarPlan plan, LocalDate eve, long delta) {
    Map<String, Long> minutes = new HashMap<>();
    for (Employee e : plan.problem().employees()) {
      minutes.put(e.id(), 0L);
    }
    for (Assignment a : plan.roster().assignments()) {
      long nominal = plan.problem().shiftType(a.shift()).duration().toMinutes();
      minutes.merge(a.employee(), nominal + (a.shift().equals("N") && a.date().equals(eve) ? delta : 0), Long::sum);
    }
    return minutes;
  }

  private static List<Violation> dailyRest(ValidationReport report) {
    return report.violations().stream().filter(v -> v.ruleId().equals(DailyRest.ID)).toList();
  }

  /** The week of 22 March 2027 (Easter, and the clocks go forward on Easter Sunday), E13's K-then-D weekend in it. */
  private static final class SpringForward {
    static final CalendarPlan PLAN = PLANNER.plan(PlanFixtures.shortRestBase(), PlanFixtures.shortRestRoster(2),
        options(LocalDate.of(2027, 3, 22), 1).holidayGroups(false).timeLimit(Duration.ofSeconds(5)).build());
  }

  @Test
  void plan_acrossSpringForward_mendsTheRestTheClockChangeShortensAndCountsNineHourNights() {
    CalendarPlan plan = SpringForward.PLAN;
    Problem problem = plan.problem();
    assertEquals(Duration.ofHours(9), problem.shiftType("N").realDuration(SPRING_FORWARD_EVE));

    List<Violation> rolled = dailyRest(RosterValidator.validate(problem, plan.rolledOut(), RULES));
    assertEquals(1, rolled.size(), rolled::toString);
    assertEquals(SHORT_REST_EMPLOYEE, rolled.get(0).employee().orElseThrow());
    assertEquals(600, rolled.get(0).measured(), "K ends 20:30, D starts 07:30: 10 h when the clocks go forward");
    assertEquals(List.of(), dailyRest(plan.report()));
    assertLawfulButForVacancies(plan);
    assertTrue(plan.changes().stream().anyMatch(c -> c.employee().equals(SHORT_REST_EMPLOYEE)
        && !c.date().isBefore(SPRING_FORWARD_EVE) && c.reason().contains(DailyRest.ID)), plan.changes()::toString);

    assertEquals(1, plan.roster().assignments().stream()
        .filter(a -> a.date().equals(SPRING_FORWARD_EVE) && a.shift().equals("N")).count(), "one works the short night");
    Map<String, Long> expected = expectedMinutes(plan, SPRING_FORWARD_EVE, -60);
    for (EmployeeAccount account : plan.accounts().accounts()) {
      assertEquals(expected.get(account.employee()), account.workedMinutes(), account::employee);
    }
  }

  @Test
  void plan_restShortenedByTheClockChangeOnAHoliday_reasonNamesTheDaylightSavingChange() {
    CalendarPlan plan = SpringForward.PLAN;
    List<PlanChange> e13 = plan.changes().stream().filter(c -> c.employee().equals(SHORT_REST_EMPLOYEE)).toList();
    assertFalse(e13.isEmpty());
    for (PlanChange change : e13) {
      assertTrue(change.reason().contains("daylight-saving change"), change::toString);
    }
  }

  @Test
  void plan_acrossFallBack_keepsTheRotationAndCountsElevenHourNights() {
    CalendarPlan plan = PLANNER.plan(PlanFixtures.shortRestBase(), PlanFixtures.shortRestRoster(0),
        options(LocalDate.of(2027, 10, 25), 2).timeLimit(Duration.ofSeconds(5)).build());
    Problem problem = plan.problem();
    assertEquals(Duration.ofHours(11), problem.shiftType("N").realDuration(FALL_BACK_EVE));
    assertEquals(0, plan.cycleWeek());

    assertEquals(List.of(), dailyRest(RosterValidator.validate(problem, plan.rolledOut(), RULES)),
        "K ends 20:30, D starts 07:30: 12 h when the clocks go back");
    assertTrue(plan.roster().assignments().contains(Assignment.of(SHORT_REST_EMPLOYEE, FALL_BACK_EVE, "K")));
    assertTrue(plan.roster().assignments().contains(Assignment.of(SHORT_REST_EMPLOYEE, FALL_BACK_EVE.plusDays(1), "D")));
    assertEquals(List.of(), plan.changes());
    assertEquals(0, plan.report().hardViolationCount(), plan.report().violations()::toString);
    assertLawfulButForVacancies(plan);

    long nights = plan.roster().assignments().stream()
        .filter(a -> a.date().equals(FALL_BACK_EVE) && a.shift().equals("N")).count();
    assertEquals(1, nights);
    Map<String, Long> expected = expectedMinutes(plan, FALL_BACK_EVE, 60);
    for (EmployeeAccount account : plan.accounts().accounts()) {
      assertEquals(expected.get(account.employee()), account.workedMinutes(), account::employee);
    }
  }

  // --- Easter and Christmas -----------------------------------------------------------------

  /** The groups split the staff, each role dealt out in turn. */
  private static void assertSplitByRole(Problem problem, List<HolidayGroup> groups) {
    assertEquals(List.of("A", "B"), groups.stream().map(HolidayGroup::name).toList());
    Set<String> a = new HashSet<>(groups.get(0).employees());
    Set<String> b = new HashSet<>(groups.get(1).employees());
    assertTrue(a.stream().noneMatch(b::contains), () -> a + " and " + b + " overlap");
    Set<String> both = new HashSet<>(a);
    both.addAll(b);
    assertEquals(problem.employees().stream().map(Employee::id).collect(Collectors.toSet()), both);
    Map<String, List<Employee>> byRole = problem.employees().stream().collect(Collectors.groupingBy(Employee::role));
    for (Map.Entry<String, List<Employee>> role : byRole.entrySet()) {
      long inA = role.getValue().stream().filter(e -> a.contains(e.id())).count();
      long inB = role.getValue().size() - inA;
      assertTrue(Math.abs(inA - inB) <= 1, () -> role.getKey() + ": " + inA + " in A, " + inB + " in B");
    }
  }

  private static Set<LocalDate> dates(LocalDate from, LocalDate to) {
    return new TreeSet<>(from.datesUntil(to.plusDays(1)).toList());
  }

  @Test
  void holidayGroups_easter2027_groupBHasMaundyThursdayToEasterMondayOff() {
    CalendarPlan plan = Easter.PLAN;
    assertSplitByRole(plan.problem(), plan.holidayGroups());
    assertEquals(Set.of(), plan.holidayGroups().get(0).off());
    assertEquals(dates(MAUNDY_THURSDAY, EASTER_MONDAY), plan.holidayGroups().get(1).off());

    HolidayGroup b = plan.holidayGroups().get(1);
    assertTrue(workedOnOwnHolidays(b, plan.roster()) < workedOnOwnHolidays(b, plan.rolledOut()),
        "group B works fewer of its Easter days than the rotation gives it");
  }

  @Test
  void plan_easter2027_holidaysAreStaffedAsWeekendsAndKeepEveryHardRule() {
    CalendarPlan plan = Easter.PLAN;
    Problem problem = plan.problem();
    assertEquals(
        Set.of(LocalDate.of(2027, 3, 28), MAUNDY_THURSDAY, LocalDate.of(2027, 3, 26), EASTER_MONDAY),
        problem.publicHolidays().keySet());
    for (LocalDate holiday : problem.publicHolidays().keySet()) {
      for (String shift : List.of("D", "A", "N")) {
        List<CoverRequirement> cover = problem.coverRequirements().stream()
            .filter(c -> c.date().equals(holiday) && c.shift().equals(shift)).toList();
        assertEquals(1, cover.size(), () -> shift + " on " + holiday + ": " + cover);
        assertEquals(1, cover.get(0).minimum(), () -> shift + " on " + holiday + " is staffed as a weekend day");
      }
    }
    assertEquals(2, problem.coverRequirements().stream()
        .filter(c -> c.date().equals(MAUNDY_THURSDAY.minusDays(1)) && c.shift().equals("D"))
        .mapToInt(CoverRequirement::minimum).sum(), "the Wednesday before is a weekday");

    assertFalse(hard(RosterValidator.validate(problem, plan.rolledOut(), RULES)).isEmpty(),
        "the rotation laid out over Easter breaks sunday-rest");
    assertLawfulButForVacancies(plan);
    assertTrue(assertHolidayChangesNameAHoliday(plan) > 0, plan.changes()::toString);
  }

  @Test
  void holidayGroups_christmas2027_groupAOffAtChristmasGroupBAtNewYear() {
    CalendarPlan plan = Christmas.PLAN;
    assertSplitByRole(plan.problem(), plan.holidayGroups());
    HolidayGroup a = plan.holidayGroups().get(0);
    HolidayGroup b = plan.holidayGroups().get(1);
    assertEquals(dates(CHRISTMAS_EVE, LocalDate.of(2027, 12, 26)), a.off());
    assertEquals(Set.of(NEW_YEARS_EVE, NEW_YEARS_DAY), b.off());

    for (LocalDate date : List.of(CHRISTMAS_EVE, LocalDate.of(2027, 12, 25), NEW_YEARS_DAY)) {
      for (String shift : List.of("D", "A", "N")) {
        assertFalse(plan.problem().coverRequirements().stream()
            .noneMatch(c -> c.date().equals(date) && c.shift().equals(shift)), () -> shift + " on " + date);
      }
    }
    assertLawfulButForVacancies(plan);
    assertTrue(plan.isLawful(), plan.vacancies()::toString);
    for (HolidayGroup group : plan.holidayGroups()) {
      assertTrue(workedOnOwnHolidays(group, plan.roster()) <= workedOnOwnHolidays(group, plan.rolledOut()), group::name);
    }
    assertTrue(workedOnOwnHolidays(a, plan.roster()) < workedOnOwnHolidays(a, plan.rolledOut()),
        "group A works fewer of its Christmas days than the rotation gives it");
    // The rotation laid out breaks nothing here, so every change is the holiday groups'.
    assertEquals(0, RosterValidator.validate(plan.problem(), plan.rolledOut(), RULES).hardViolationCount());
    assertFalse(plan.changes().isEmpty());
    for (PlanChange change : plan.changes()) {
      assertEquals("holiday groups (høgtidsturnus)", change.reason(), change::toString);
    }
  }

  // --- bad input ----------------------------------------------------------------------------

  private static final PlanOptions FOUR_WEEKS = options(LocalDate.of(2027, 1, 11), 4).timeLimit(Duration.ofSeconds(5)).build();

  private static void assertMentions(Exception e, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "\"" + fragment + "\" not in: " + e.getMessage());
    }
  }

  @Test
  void plan_calendarBase_isRejectedNamingTheHorizonKind() {
    Problem calendar = BASE.wardBuilder().horizon(PlanningHorizon.ofDays(PlanFixtures.BASE_MONDAY, 21))
        .staffingPlan(BASE.staffingPlan()).build();
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> PLANNER.plan(calendar, BASE_ROSTER, FOUR_WEEKS));
    assertEquals("base.horizon.kind", e.path());
    assertMentions(e, "base.horizon.kind", "CALENDAR", "CYCLIC");
  }

  @Test
  void plan_baseRosterOfAnotherProblem_isRejectedNamingTheUnknownEmployee() {
    Roster stranger = Roster.builder().addAllAssignments(BASE_ROSTER.assignments())
        .addAssignments(Assignment.of("E99", PlanFixtures.BASE_MONDAY.plusDays(2), "D")).build();
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> PLANNER.plan(BASE, stranger, FOUR_WEEKS));
    assertEquals("assignments[78].employee", e.path());
    assertMentions(e, "assignments[78].employee", "E99", "an employee of the problem");
  }

  @Test
  void plan_baseRosterBreakingDailyRest_isRejectedNamingTheViolation() {
    // E4 (weekend evenings) works A on the first Sunday and, added here, D on the Monday after.
    String wa = id("WA", 0);
    Roster tired = Roster.builder().addAllAssignments(BASE_ROSTER.assignments())
        .addAssignments(Assignment.of(wa, PlanFixtures.BASE_MONDAY.plusDays(7), "D")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PLANNER.plan(BASE, tired, FOUR_WEEKS));
    assertFalse(e instanceof InvalidModelException, e::toString);
    assertMentions(e, "the base roster breaks", RULES.name(),
        wa + " rests 9 h 30 min between A on 2027-01-10", "D on 2027-01-11");
  }

  @Test
  void options_fromNotAMonday_isRejectedNamingTheDate() {
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> options(LocalDate.of(2027, 12, 21), 3).build());
    assertEquals("from", e.path());
    assertMentions(e, "from", "2027-12-21", "must be a Monday", "TUESDAY");
  }

  @Test
  void options_zeroOrFiftyFourWeeks_isRejectedNamingTheWeeks() {
    for (int weeks : new int[] {0, 54}) {
      InvalidModelException e = assertThrows(InvalidModelException.class,
          () -> options(LocalDate.of(2027, 1, 4), weeks).build());
      assertEquals("weeks", e.path());
      assertEquals(String.valueOf(weeks), e.value());
      assertMentions(e, "weeks (" + weeks + ")", "from 1 to 53");
    }
    assertEquals(53, options(LocalDate.of(2027, 1, 4), 53).build().weeks());
  }

  @Test
  void plan_absenceOfUnknownEmployee_isRejectedNamingIt() {
    PlanOptions options = options(LocalDate.of(2027, 1, 11), 4)
        .addAbsences(vacation("E1", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 14)))
        .addAbsences(vacation("E99", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 14)))
        .build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> PLANNER.plan(BASE, BASE_ROSTER, options));
    assertEquals("absences[1].employee", e.path());
    assertMentions(e, "absences[1].employee", "E99");
  }

  @Test
  void plan_absenceOutsideThePlan_isRejectedNamingItsDates() {
    // The plan is 11 January to 7 February; the vacation starts inside and ends after it.
    PlanOptions options = options(LocalDate.of(2027, 1, 11), 4)
        .addAbsences(vacation("E5", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 10)))
        .build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> PLANNER.plan(BASE, BASE_ROSTER, options));
    assertMentions(e, "absences[0]", "from", "2027-02-01..2027-02-10", "must lie inside the plan", "2027-02-07");
  }
}
