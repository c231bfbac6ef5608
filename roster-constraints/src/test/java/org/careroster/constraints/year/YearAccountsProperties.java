package org.careroster.constraints.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.rules.ContractHours;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the year accounts over generated plans and rosters. */
class YearAccountsProperties {

  private static final int EXAMPLES = 300;
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 1, 4);

  /** A problem and a roster of it. */
  record Plan(Problem problem, Roster roster) {}

  /**
   * Plans over 2027 and into 2028 (Easter, both daylight-saving changes and Christmas included),
   * calendar or cyclic, with 1 to 6 staff of 0 to 100 %, some on full or graded leave, and a
   * roster giving each employee at most one of D, A, N, LD a day.
   */
  static Gen<Plan> plans() {
    return integers().between(1, 6).zip(integers().between(1, 42), booleans().all(), longs().all(), YearAccountsProperties::plan);
  }

  private static Plan plan(int staff, int days, boolean cyclic, long seed) {
    Random random = new Random(seed);
    PlanningHorizon horizon =
        cyclic
            ? PlanningHorizon.cyclic(FIRST_MONDAY.plusWeeks(random.nextInt(52)), 1 + days % 6)
            : PlanningHorizon.ofDays(FIRST_MONDAY.plusDays(random.nextInt(365)), days);
    Problem.Builder problem =
        Problem.builder().horizon(horizon).addAllRoles(Role.STANDARD).addAllShiftTypes(YearAccountsTest.SHIFTS);
    for (int i = 0; i < staff; i++) {
      String id = "E" + i;
      problem.addEmployee(Fixtures.employee(id, random.nextInt(101)));
      if (random.nextInt(3) == 0) {
        LocalDate from = horizon.start().plusDays(random.nextInt(horizon.days()));
        Absence.Builder absence =
            Absence.builder()
                .employee(id)
                .kind(random.nextBoolean() ? AbsenceKind.VACATION : AbsenceKind.SICK_LEAVE)
                .from(from)
                .to(from.plusDays(random.nextInt(10)));
        if (random.nextInt(4) == 0) {
          absence.degreePercent(50);
        }
        problem.addAbsence(absence.build());
      }
    }
    List<Assignment> assignments = new ArrayList<>();
    for (int i = 0; i < staff; i++) {
      for (LocalDate date : horizon.dates()) {
        int pick = random.nextInt(YearAccountsTest.SHIFTS.size() + 3);
        if (pick < YearAccountsTest.SHIFTS.size()) {
          assignments.add(Assignment.of("E" + i, date, YearAccountsTest.SHIFTS.get(pick).code()));
        }
      }
    }
    return new Plan(problem.build(), Roster.of(assignments));
  }

  /** Checks {@code property} on the accounts of {@code examples} generated plans. */
  private static void forAllPlans(int examples, BiConsumer<Plan, YearAccounts> property) {
    qt().withExamples(examples)
        .forAll(plans())
        .checkAssert(plan -> property.accept(plan, YearAccounts.of(plan.problem(), plan.roster())));
  }

  @Test
  void balanceIsWorkedMinusContract() {
    forAllPlans(
        EXAMPLES,
        (plan, accounts) -> {
          Problem problem = plan.problem();
          for (Employee employee : problem.employees()) {
            long worked = 0;
            for (Assignment a : plan.roster().byEmployee().get(employee.id())) {
              worked += problem.shiftType(a.shift()).realDuration(a.date()).toMinutes();
            }
            long contract = ContractHours.contractMinutes(employee, problem);
            EmployeeAccount account = accounts.account(employee.id()).orElseThrow();
            assertEquals(worked, account.workedMinutes(), employee::id);
            assertEquals(contract, account.contractMinutes(), employee::id);
            assertEquals(worked - contract, account.balanceMinutes(), employee::id);
            assertEquals(
                ContractHours.contractMinutesIgnoringAbsence(employee, problem),
                account.contractMinutes() + account.absenceCreditMinutes(),
                employee::id);
          }
        });
  }

  @Test
  void totalsAreSumsOfRows() {
    forAllPlans(
        EXAMPLES,
        (plan, accounts) -> {
          long contract = 0, credit = 0, worked = 0, balance = 0, shifts = 0, weekends = 0;
          long nights = 0, longShifts = 0, holidayShifts = 0, holiday = 0, share = 0, deviation = 0;
          for (EmployeeAccount a : accounts.accounts()) {
            contract += a.contractMinutes();
            credit += a.absenceCreditMinutes();
            worked += a.workedMinutes();
            balance += a.balanceMinutes();
            shifts += a.shifts();
            weekends += a.weekendsWorked();
            nights += a.nights();
            longShifts += a.longShifts();
            holidayShifts += a.holidayShifts();
            holiday += a.holidayMinutes();
            share += a.holidayShareMinutes();
            deviation += a.holidayDeviationMinutes();
          }
          YearAccounts.Totals totals = accounts.totals();
          assertEquals(contract, totals.contractMinutes());
          assertEquals(credit, totals.absenceCreditMinutes());
          assertEquals(worked, totals.workedMinutes());
          assertEquals(balance, totals.balanceMinutes());
          assertEquals(shifts, totals.shifts());
          assertEquals(plan.roster().assignments().size(), totals.shifts());
          assertEquals(weekends, totals.weekendsWorked());
          assertEquals(nights, totals.nights());
          assertEquals(longShifts, totals.longShifts());
          assertEquals(holidayShifts, totals.holidayShifts());
          assertEquals(holiday, totals.holidayMinutes());
          assertEquals(holiday, share, "holiday shares must add up to the holiday minutes worked");
          assertEquals(0, deviation);
          assertEquals(plan.problem().employees().size() + 5, accounts.table().split("\n").length);
        });
  }

  @Test
  void holidayWorkIsTheShiftsStartingOnPublicHolidays() {
    forAllPlans(
        EXAMPLES,
        (plan, accounts) -> {
          Problem problem = plan.problem();
          long onHolidays = 0;
          for (Assignment a : plan.roster().assignments()) {
            if (!problem.horizon().isCyclic() && problem.isPublicHoliday(a.date())) {
              onHolidays++;
            }
          }
          assertEquals(onHolidays, accounts.totals().holidayShifts());
          for (EmployeeAccount a : accounts.accounts()) {
            assertTrue(a.holidayShareMinutes() >= 0, a::toString);
            assertTrue(a.weekendsWorked() <= a.shifts(), a::toString);
          }
        });
  }

  @Test
  void accountsSurviveJsonRoundTrip() {
    forAllPlans(
        100,
        (plan, accounts) -> {
          String json = RosterJson.strict().write(accounts);
          assertEquals(accounts, RosterJson.strict().read(json, YearAccounts.class), json);
        });
  }
}
