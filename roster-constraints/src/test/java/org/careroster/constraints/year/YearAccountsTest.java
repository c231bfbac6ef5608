package org.careroster.constraints.year;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.EVENING;
import static org.careroster.constraints.Fixtures.MONDAY;
import static org.careroster.constraints.Fixtures.NIGHT;
import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.on;
import static org.careroster.constraints.Fixtures.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import org.careroster.constraints.Fixtures;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class YearAccountsTest {

  private static final ShiftType LONG_DAY = Fixtures.shift("LD", 8, 0, 750);

  // Day, evening (ends 22:00) and night (21:45 to 07:45) shifts, and a long day of 12 h 30 min.
  static final ImmutableList<ShiftType> SHIFTS = ImmutableList.of(DAY, EVENING, NIGHT, LONG_DAY);

  /** A calendar problem over {@code days} from {@code start} with D, A, N and LD. */
  private static Problem.Builder ward(LocalDate start, int days, Employee... staff) {
    return Fixtures.ward(start, days, staff).addShiftType(LONG_DAY);
  }

  private static Absence vacation(String employee, LocalDate from, LocalDate to) {
    return Absence.builder().employee(employee).kind(AbsenceKind.VACATION).from(from).to(to).build();
  }

  private static EmployeeAccount account(YearAccounts accounts, String employee) {
    return accounts.account(employee).orElseThrow();
  }

  // Two weeks from Monday 2027-01-04; E2 (50 %) is on vacation Wednesday to Friday of week 1.
  private static final Problem TWO_WEEKS =
      ward(MONDAY, 14, employee("E1", 100), employee("E2", 50))
          .addAbsence(vacation("E2", MONDAY.plusDays(2), MONDAY.plusDays(4)))
          .build();

  private static final Roster TWO_WEEKS_ROSTER =
      roster(
          on("E1", MONDAY, "D"),
          on("E1", MONDAY.plusDays(1), "D"),
          on("E1", MONDAY.plusDays(2), "A"),
          on("E1", MONDAY.plusDays(4), "N"), // Friday night into Saturday: weekend 1
          on("E1", MONDAY.plusDays(12), "LD"), // Saturday long day: weekend 2
          on("E2", MONDAY.plusDays(7), "D"),
          on("E2", MONDAY.plusDays(10), "N"), // Thursday night, ends Friday 07:45
          on("E2", MONDAY.plusDays(11), "A")); // Friday evening, ends 22:00: no weekend

  @Test
  void of_smallCalendarPlan_matchesHandComputedAccounts() {
    YearAccounts accounts = YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER);

    EmployeeAccount e1 = account(accounts, "E1");
    assertEquals(4260, e1.contractMinutes()); // 2 × 35 h 30 min
    assertEquals(0, e1.absenceCreditMinutes());
    assertEquals(450 + 450 + 450 + 600 + 750, e1.workedMinutes());
    assertEquals(2700 - 4260, e1.balanceMinutes());
    assertEquals(5, e1.shifts());
    assertEquals(2, e1.weekendsWorked());
    assertEquals(1, e1.nights());
    assertEquals(1, e1.longShifts()); // the 10 h night is a night, not a long shift

    EmployeeAccount e2 = account(accounts, "E2");
    // 50 % × 2130 min × 11 days / 7 = 1673.57 → 1674; every day would owe 2130.
    assertEquals(1674, e2.contractMinutes());
    assertEquals(2130 - 1674, e2.absenceCreditMinutes());
    assertEquals(1500, e2.workedMinutes());
    assertEquals(1500 - 1674, e2.balanceMinutes());
    assertEquals(0, e2.weekendsWorked());
    assertEquals(1, e2.nights());
    assertEquals(0, e2.longShifts());
    assertEquals(0, e2.holidayShifts());
    assertEquals(0, e2.holidayShareMinutes());

    assertEquals(ImmutableList.of("E1", "E2"), accounts.accounts().stream().map(EmployeeAccount::employee).toList());
    assertEquals(TWO_WEEKS.horizon(), accounts.horizon());
    YearAccounts.Totals totals = accounts.totals();
    assertEquals(4260 + 1674, totals.contractMinutes());
    assertEquals(4200, totals.workedMinutes());
    assertEquals(4200 - 5934, totals.balanceMinutes());
    assertEquals(8, totals.shifts());
    assertEquals(2, totals.weekendsWorked());
    assertEquals(2, totals.nights());
  }

  @Test
  void account_unknownEmployee_isEmpty() {
    assertTrue(YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER).account("E9").isEmpty());
  }

  @Test
  void of_rosterOfAnotherProblem_throwsInvalidModelException() {
    Roster other = roster(on("E1", MONDAY, "D"), on("X7", MONDAY, "D"));
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> YearAccounts.of(TWO_WEEKS, other));
    assertTrue(e.getMessage().contains("assignments[1].employee"), e.getMessage());
  }

  @Test
  void of_easter2027_sharesHolidayMinutesAmongStaffPresent() {
    // Monday 2027-03-22 to Sunday 2027-04-04. E3 is away over Easter, so has no share of it.
    Problem easter =
        ward(LocalDate.of(2027, 3, 22), 14, employee("E1", 100), employee("E2", 50), employee("E3", 50))
            .addAbsence(vacation("E3", LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 29)))
            .build();
    assertEquals(
        ImmutableSet.of(
            LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29)),
        easter.publicHolidays().keySet());
    Roster roster =
        roster(
            on("E1", LocalDate.of(2027, 3, 25), "D"), // Maundy Thursday
            on("E1", LocalDate.of(2027, 3, 27), "N"), // Easter Saturday: no holiday, though it ends on one
            on("E1", LocalDate.of(2027, 3, 28), "D"), // Easter Sunday
            on("E2", LocalDate.of(2027, 3, 24), "D"),
            on("E2", LocalDate.of(2027, 3, 26), "A"), // Good Friday
            on("E2", LocalDate.of(2027, 3, 29), "N")); // Easter Monday

    YearAccounts accounts = YearAccounts.of(easter, roster);

    EmployeeAccount e1 = account(accounts, "E1");
    EmployeeAccount e2 = account(accounts, "E2");
    EmployeeAccount e3 = account(accounts, "E3");
    assertEquals(2, e1.holidayShifts());
    assertEquals(900, e1.holidayMinutes());
    assertEquals(2, e2.holidayShifts());
    assertEquals(1050, e2.holidayMinutes());
    // 1950 holiday minutes by 100 : 50 (E3 absent on every holiday)
    assertEquals(1300, e1.holidayShareMinutes());
    assertEquals(650, e2.holidayShareMinutes());
    assertEquals(0, e3.holidayShareMinutes());
    assertEquals(-400, e1.holidayDeviationMinutes());
    assertEquals(400, e2.holidayDeviationMinutes());
    assertEquals(1950, accounts.totals().holidayMinutes());
    assertEquals(4, accounts.totals().holidayShifts());
  }

  @Test
  void of_christmas2027_roundsSharesToSumOfHolidayMinutes() {
    // 2027-12-25 and 26 and 2028-01-01 are public holidays; 24 and 31 December are not.
    Problem christmas =
        ward(LocalDate.of(2027, 12, 20), 14, employee("E1", 50), employee("E2", 100), employee("E3", 75))
            .build();
    Roster roster =
        roster(
            on("E1", LocalDate.of(2027, 12, 24), "A"),
            on("E1", LocalDate.of(2027, 12, 25), "D"),
            on("E2", LocalDate.of(2027, 12, 24), "N"), // Christmas Eve night, into Christmas Day
            on("E2", LocalDate.of(2027, 12, 26), "D"),
            on("E3", LocalDate.of(2027, 12, 31), "N"),
            on("E3", LocalDate.of(2028, 1, 1), "LD"));

    YearAccounts accounts = YearAccounts.of(christmas, roster);

    EmployeeAccount e1 = account(accounts, "E1");
    EmployeeAccount e2 = account(accounts, "E2");
    EmployeeAccount e3 = account(accounts, "E3");
    assertEquals(ImmutableList.of(1, 1, 1), ImmutableList.of(e1.holidayShifts(), e2.holidayShifts(), e3.holidayShifts()));
    assertEquals(450, e1.holidayMinutes());
    assertEquals(450, e2.holidayMinutes());
    assertEquals(750, e3.holidayMinutes());
    // 1650 × 50/225 = 366.67, × 100/225 = 733.33, × 75/225 = 550: the spare minute goes to E1.
    assertEquals(367, e1.holidayShareMinutes());
    assertEquals(733, e2.holidayShareMinutes());
    assertEquals(550, e3.holidayShareMinutes());
    assertEquals(1650, e1.holidayShareMinutes() + e2.holidayShareMinutes() + e3.holidayShareMinutes());
    assertEquals(0, e1.holidayDeviationMinutes() + e2.holidayDeviationMinutes() + e3.holidayDeviationMinutes());
    assertEquals(1, e2.weekendsWorked()); // Friday night and Sunday day: one weekend
    assertEquals(1, e3.longShifts());
    String table = accounts.table();
    // 450 min worked against a share of 367 min: +1 h 23 min, printed +1.4
    assertTrue(table.contains("7.5        6.1     +1.4\n"), table);
    assertTrue(table.contains("27.5       27.5      0.0\n"), table);
  }

  @Test
  void of_daylightSavingNights_countRealMinutes() {
    Problem march = ward(LocalDate.of(2027, 3, 22), 7, employee("E1", 100)).build();
    Roster springNight = roster(on("E1", LocalDate.of(2027, 3, 27), "N"), on("E1", LocalDate.of(2027, 3, 24), "N"));
    assertEquals(540 + 600, account(YearAccounts.of(march, springNight), "E1").workedMinutes());

    Problem october = ward(LocalDate.of(2027, 10, 25), 7, employee("E1", 100)).build();
    Roster autumnNight = roster(on("E1", LocalDate.of(2027, 10, 30), "N"));
    EmployeeAccount e1 = account(YearAccounts.of(october, autumnNight), "E1");
    assertEquals(660, e1.workedMinutes());
    assertEquals(660 - 2130, e1.balanceMinutes());
  }

  @Test
  void of_cyclicHorizon_hasNoHolidayWork() {
    // A two-week base rotation over the Easter dates: a rotation has no public holidays.
    Problem rotation =
        Problem.builder()
            .horizon(PlanningHorizon.cyclic(LocalDate.of(2027, 3, 22), 2))
            .addAllRoles(Role.STANDARD)
            .addEmployee(employee("E1", 100))
            .addEmployee(employee("E2", 100))
            .addAllShiftTypes(SHIFTS)
            .build();
    Roster roster =
        roster(on("E1", LocalDate.of(2027, 3, 25), "D"), on("E2", LocalDate.of(2027, 4, 4), "N"));

    YearAccounts accounts = YearAccounts.of(rotation, roster);

    assertEquals(0, accounts.totals().holidayShifts());
    assertEquals(0, account(accounts, "E1").holidayShareMinutes());
    assertEquals(4260, account(accounts, "E1").contractMinutes());
    // The last Sunday's night runs into the rotation's first Monday: one weekend, one night.
    assertEquals(1, account(accounts, "E2").weekendsWorked());
    assertEquals(600, account(accounts, "E2").workedMinutes());
  }

  private static final String TWO_WEEKS_TABLE =
      "Year accounts 2027-01-04..2027-01-17: hours with one decimal; balance = worked - contract;"
          + " hol. = public holidays\n"
          + "employee  contract  absence  worked  balance  shifts  weekends  nights  long  hol.shifts  hol.hours  hol.share  hol.dev\n"
          + "-----------------------------------------------------------------------------------------------------------------------\n"
          + "E1            71.0      0.0    45.0    -26.0       5         2       1     1           0        0.0        0.0      0.0\n"
          + "E2            27.9      7.6    25.0     -2.9       3         0       1     0           0        0.0        0.0      0.0\n"
          + "-----------------------------------------------------------------------------------------------------------------------\n"
          + "total         98.9      7.6    70.0    -28.9       8         2       2     1           0        0.0        0.0      0.0\n";

  @Test
  void table_smallPlan_printsHoursWithOneDecimal() {
    assertEquals(TWO_WEEKS_TABLE, YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER).table());
  }

  @Test
  void table_otherDefaultLocales_isByteIdentical() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale :
          ImmutableList.of(
              Locale.forLanguageTag("th-TH"),
              Locale.forLanguageTag("th-TH-u-nu-thai"),
              Locale.forLanguageTag("ar-SA"),
              Locale.forLanguageTag("ar-EG-u-nu-arab"),
              Locale.forLanguageTag("hi-IN"),
              Locale.forLanguageTag("nb-NO"))) {
        Locale.setDefault(locale);
        assertEquals(TWO_WEEKS_TABLE, YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER).table(), locale::toString);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void hours_halfMinutesAndSigns_roundHalfUp() {
    assertEquals("1846.0", YearAccounts.hours(110_760));
    assertEquals("0.1", YearAccounts.hours(3)); // 0.05 h rounds up
    assertEquals("0.0", YearAccounts.hours(2));
    assertEquals("-0.1", YearAccounts.hours(-3));
    assertEquals("+7.5", YearAccounts.signedHours(450));
    assertEquals("-7.5", YearAccounts.signedHours(-450));
    assertEquals("0.0", YearAccounts.signedHours(-2));
  }

  @Test
  void write_accounts_roundTripsThroughStrictJson() {
    YearAccounts accounts = YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER);
    String json = RosterJson.strict().write(accounts);
    assertTrue(json.startsWith("{\n  \"formatVersion\": 1,"), json);
    assertTrue(json.contains("\"balanceMinutes\": -1560"), json);
    assertTrue(json.contains("\"absenceCreditMinutes\": 0"), json); // zeros are written, not left out
    assertEquals(accounts, RosterJson.strict().read(json, YearAccounts.class));
  }

  /** Reads the two-week accounts written as JSON with {@code from} replaced by {@code to}. */
  private static RosterInputException readEdited(String from, String to) {
    String json = RosterJson.strict().write(YearAccounts.of(TWO_WEEKS, TWO_WEEKS_ROSTER));
    assertTrue(json.contains(from), json);
    String edited = json.replace(from, to);
    return assertThrows(RosterInputException.class, () -> RosterJson.strict().read(edited, YearAccounts.class));
  }

  @Test
  void read_totalsThatAreNotTheSums_isRejected() {
    RosterInputException e = readEdited("\"workedMinutes\": 4200", "\"workedMinutes\": 4201");
    assertTrue(e.getMessage().contains("totals"), e.getMessage());
  }

  @Test
  void read_sameEmployeeTwice_isRejected() {
    RosterInputException e = readEdited("\"employee\": \"E2\"", "\"employee\": \"E1\"");
    assertTrue(e.getMessage().contains("accounts[1].employee (E1) must be unique"), e.getMessage());
  }
}
