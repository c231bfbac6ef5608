package org.careroster.constraints.vacation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.junit.jupiter.api.Test;

/** The summer of a calendar plan: main holidays, the holes filled with extra hours, the rest for substitutes. */
class SummerPlannerTest {

  private static final LocalDate START = LocalDate.of(2027, 5, 31);
  private static final int WEEKS = 18;
  private static final RuleSet RULES = RuleSets.kommuneDefault();

  private static Employee person(String id, int percent) {
    return Employee.builder().id(id).name("Name " + id).role(Role.HEALTH_WORKER).positionPercent(percent)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
  }

  /** The summer weeks with D every day, at least one person on it, and the staff given. */
  private static Problem ward(List<Employee> staff) {
    return Fixtures.ward(START, 7 * WEEKS, staff.toArray(Employee[]::new))
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .build())
        .build();
  }

  /** Each employee on D from Monday on as many weekdays as their position holds (at most four): a lawful plan. */
  private static Roster weekdays(List<Employee> staff) {
    List<Assignment> shifts = new ArrayList<>();
    for (Employee e : staff) {
      int days = Math.min(4, (int) Math.round(e.positionPercent().doubleValue() / 100 * 35.5 / 7.5));
      for (LocalDate d = START; d.isBefore(START.plusWeeks(WEEKS)); d = d.plusDays(1)) {
        if (d.getDayOfWeek().getValue() <= days) {
          shifts.add(Assignment.of(e.id(), d, "D"));
        }
      }
    }
    return Roster.of(shifts);
  }

  private static VacationYear year(List<Employee> staff, List<Integer> firstWeeks) {
    VacationYear.Builder year = VacationYear.builder().year(2027);
    for (int i = 0; i < staff.size(); i++) {
      String id = staff.get(i).id();
      year.addEntitlements(VacationEntitlement.builder().employee(id).days(30).build());
      if (i < firstWeeks.size()) {
        year.addWishes(VacationWish.builder().employee(id).rank(1).from(START.plusWeeks(firstWeeks.get(i))).weeks(3).build());
      }
    }
    return year.build();
  }

  private static List<Violation> hardBesidesCover(Problem problem, Roster roster) {
    return RosterValidator.validate(problem, roster, RULES).violations().stream()
        .filter(v -> v.severity() == Severity.HARD && !v.ruleId().equals(MinimumCover.ID))
        .toList();
  }

  @Test
  void plan_twoPartTimersAndAFullTimer_fillsWithExtraHoursAndCountsTheRest() {
    List<Employee> staff = List.of(person("F", 100), person("P1", 50), person("P2", 50));
    Problem ward = ward(staff);
    Roster plan = weekdays(staff);

    SummerPlan summer = new SummerPlanner(RULES).plan(ward, plan, year(staff, List.of(5)));

    assertEquals(3, summer.vacations().vacations().size());
    assertEquals(START.plusWeeks(5), summer.vacations().mainHoliday("F").orElseThrow().from(), "F's wish is met");
    assertTrue(summer.extraShifts().stream().allMatch(a -> a.employee().startsWith("P")), summer.extraShifts()::toString);
    assertTrue(summer.vacated().stream().allMatch(a -> summer.problem().absencesOn(a.employee(), a.date()).size() == 1));
    assertEquals(summer.need().totalShifts(), summer.roster().vacantShifts().stream().mapToInt(v -> v.count()).sum());
    assertEquals(summer.need().shifts().size(), summer.need().shifts().stream().filter(s -> s.shift().equals("D")).count());
    assertTrue(summer.need().shifts().stream().noneMatch(SubstituteShift::qualifiedOnly), "anyone counts for the D");
    assertEquals(List.of(), hardBesidesCover(summer.problem(), summer.roster()));
  }

  @Test
  void plan_listedSubstitute_isProposedNotRosteredAndWhatSheCannotTakeIsUncovered() {
    Employee substitute = Employee.builder().id("V1").name("Vikar").role(Role.HEALTH_WORKER).positionPercent(0)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.HOURLY_SUBSTITUTE).build();
    List<Employee> own = List.of(person("F", 100), person("G", 100));
    List<Employee> staff = new ArrayList<>(own);
    staff.add(substitute);
    Problem ward = ward(staff);
    VacationYear.Builder year = VacationYear.builder().year(2027);
    own.forEach(e -> year.addEntitlements(VacationEntitlement.builder().employee(e.id()).days(30).build()));

    SummerPlan summer = new SummerPlanner(RULES).plan(ward, weekdays(own), year.build());

    SubstituteNeed need = summer.need();
    assertEquals(List.of("V1"), need.substituteList());
    assertTrue(summer.roster().assignmentsOf("V1").isEmpty(), "a listed substitute is proposed, not rostered");
    assertTrue(summer.extraShifts().isEmpty(), "two full-timers have no extra hours to give");
    long proposed = need.shifts().stream().mapToLong(s -> s.proposed().size()).sum();
    assertTrue(proposed > 0 && proposed < need.totalShifts(), "V1 can take some shifts, not every weekend: " + proposed);
    assertEquals(need.totalShifts() - proposed, need.weeks().stream().mapToInt(SubstituteWeek::uncoveredShifts).sum());
    assertEquals(need.weeks().stream().filter(w -> w.uncoveredShifts() > 0).toList(), need.uncoveredWeeks());
    assertTrue(need.shifts().stream().allMatch(s -> s.proposed().stream().allMatch("V1"::equals)));
  }

  @Test
  void plan_givenHolidays_areKeptAndJudgedByTheSameMeasure() {
    List<Employee> staff = List.of(person("F", 100), person("P1", 50));
    Problem ward = ward(staff);
    VacationYear year = year(staff, List.of());
    List<Absence> july = List.of(holiday("F", LocalDate.of(2027, 7, 5)), holiday("P1", LocalDate.of(2027, 7, 5)));

    SummerPlan together = new SummerPlanner(RULES).plan(ward, weekdays(staff), year, july);
    SummerPlan planned = new SummerPlanner(RULES).plan(ward, weekdays(staff), year);

    assertEquals(july, together.vacations().vacations());
    assertTrue(planned.vacations().cost() < together.vacations().cost(), "both off at once costs more");
    assertTrue(planned.need().totalShifts() <= together.need().totalShifts());
  }

  @Test
  void plan_holidayNotWholeWeeks_isRejected() {
    List<Employee> staff = List.of(person("F", 100));
    Absence odd = Absence.builder().employee("F").kind(AbsenceKind.VACATION)
        .from(LocalDate.of(2027, 7, 6)).to(LocalDate.of(2027, 7, 26)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SummerPlanner(RULES).plan(ward(staff), weekdays(staff), year(staff, List.of()), List.of(odd)));
    assertEquals("main holiday of F: 2027-07-06..2027-07-26 is not whole weeks from a Monday", e.getMessage());
  }

  @Test
  void plan_cyclicProblem_isRejected() {
    List<Employee> staff = List.of(person("F", 100));
    Problem cyclic = Problem.builder().horizon(PlanningHorizon.cyclic(START, 6)).addAllRoles(Role.STANDARD)
        .addAllEmployees(staff).addShiftType(Fixtures.DAY).build();
    assertThrows(IllegalArgumentException.class,
        () -> new SummerPlanner(RULES).plan(cyclic, Roster.of(List.of()), year(staff, List.of())));
  }

  @Test
  void plan_anyWard_meetsTheMainHolidayForAllAndItsExtraShiftsBreakNoHardRule() {
    qt().withExamples(8).forAll(
            lists().of(integers().between(20, 100)).ofSizeBetween(1, 5),
            lists().of(integers().between(0, 14)).ofSizeBetween(0, 5))
        .checkAssert((percents, firstWeeks) -> {
          List<Employee> staff = new ArrayList<>();
          for (int i = 0; i < percents.size(); i++) {
            staff.add(person("E" + i, percents.get(i)));
          }
          Problem ward = ward(staff);
          Roster plan = weekdays(staff);
          assertEquals(List.of(), hardBesidesCover(ward, plan), "the generated plan is lawful");

          SummerPlan summer = new SummerPlanner(RULES).plan(ward, plan, year(staff, firstWeeks));

          assertEquals(staff.size(), summer.vacations().vacations().size());
          assertTrue(summer.vacations().report().violations().stream().noneMatch(v -> v.ruleId().equals(VacationCheck.MAIN_HOLIDAY_ID)),
              summer.vacations().report().violations()::toString);
          assertEquals(List.of(), hardBesidesCover(summer.problem(), summer.roster()));
          assertTrue(summer.roster().assignments().stream().noneMatch(a -> !summer.problem().absencesOn(a.employee(), a.date()).isEmpty()),
              "nobody works on vacation");
          assertTrue(summer.extraShifts().stream().noneMatch(Assignment::overtime), "extra hours, not overtime");
        });
  }

  private static Absence holiday(String employee, LocalDate monday) {
    return Absence.builder().employee(employee).kind(AbsenceKind.VACATION).from(monday).to(monday.plusWeeks(3).minusDays(1)).build();
  }
}
