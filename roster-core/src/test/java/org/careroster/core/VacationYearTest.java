package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The holiday year's vacation model: working days, the law's floors and the wishes' checks. */
class VacationYearTest {

  private static final LocalDate JULY_5 = LocalDate.of(2027, 7, 5);

  private static VacationEntitlement entitled(String employee, int days) {
    return VacationEntitlement.builder().employee(employee).days(days).build();
  }

  private static VacationWish wish(String employee, int rank, LocalDate from, int weeks, boolean must) {
    return VacationWish.builder().employee(employee).rank(rank).from(from).weeks(weeks).must(must).build();
  }

  private static VacationYear.Builder summer() {
    return VacationYear.builder().year(2027).addEntitlements(entitled("E1", 30), entitled("E2", 25));
  }

  private static void assertRejected(Executable build, String path, String... fragments) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(path, e.path(), e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "no '" + fragment + "' in: " + e.getMessage());
    }
  }

  @Test
  void workingDays_threeWholeWeeks_areEighteen() {
    assertEquals(18, VacationYear.workingDays(JULY_5, JULY_5.plusDays(20)));
    assertEquals(18, VacationYear.workingDays(JULY_5, JULY_5.plusDays(19)), "the last Sunday does not count");
    assertEquals(17, VacationYear.workingDays(JULY_5, JULY_5.plusDays(18)), "without the last Saturday");
  }

  @Test
  void workingDays_publicHolidaysDoNotCount() {
    // Ascension Day, Thursday 6 May 2027
    assertEquals(5, VacationYear.workingDays(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 9)));
    // Christmas week 2027: Saturday 25 December is a holiday, Sunday 26 December a Sunday
    assertEquals(5, VacationYear.workingDays(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 26)));
  }

  @Test
  void entitlement_atTheLawsFloor_isAcceptedAndOneDayLessIsNot() {
    assertEquals(25, entitled("E1", 25).lawDays());
    assertRejected(() -> entitled("E1", 24), "days", "(24)", "at least 25 working days", "§ 5 (1)");
  }

  @Test
  void entitlement_employeeTurningSixty_hasSixDaysMore() {
    VacationEntitlement sixty = VacationEntitlement.builder().employee("E1").days(31).turnsSixty(true).build();
    assertEquals(31, sixty.lawDays());
    assertTrue(sixty.demandsMainHoliday());
    assertRejected(() -> VacationEntitlement.builder().employee("E1").days(30).turnsSixty(true).build(),
        "days", "at least 31", "6 more from the year one turns 60");
  }

  @Test
  void wish_notFromAMondayOrTooLong_isRejected() {
    assertRejected(() -> wish("E1", 1, JULY_5.plusDays(1), 3, false), "from", "2027-07-06", "Monday", "TUESDAY");
    assertRejected(() -> wish("E1", 1, JULY_5, 7, false), "weeks", "(7)", "from 1 to 6");
    assertRejected(() -> wish("E1", 0, JULY_5, 3, false), "rank", "(0)");
  }

  @Test
  void year_defaults_areTheMainHolidayPeriodAndJuly() {
    VacationYear year = summer().build();
    assertEquals(LocalDate.of(2027, 6, 1), year.mainFrom());
    assertEquals(LocalDate.of(2027, 9, 30), year.mainTo());
    assertEquals(LocalDate.of(2027, 7, 1), year.peakFrom());
    assertEquals(LocalDate.of(2027, 7, 31), year.peakTo());
  }

  @Test
  void mainWeeks_areTheWholeWeeksAroundTheMainPeriod() {
    PlanningHorizon weeks = summer().build().mainWeeks();
    assertEquals(LocalDate.of(2027, 5, 31), weeks.start());   // the Monday before Tuesday 1 June
    assertEquals(LocalDate.of(2027, 10, 3), weeks.end());     // the Sunday after Thursday 30 September
    assertEquals(0, weeks.days() % 7);
  }

  @Test
  void year_wishOutsideTheYear_isRejected() {
    assertRejected(() -> summer().addWishes(wish("E1", 1, LocalDate.of(2027, 12, 27), 2, false)).build(),
        "wishes[0].weeks", "must end in the holiday year 2027", "2028-01-09");
    assertRejected(() -> summer().addWishes(wish("E1", 1, LocalDate.of(2026, 12, 28), 1, false)).build(),
        "wishes[0].from", "2026-12-28", "holiday year 2027");
  }

  @Test
  void year_wishAboveTheEntitlement_isRejected() {
    // E2 has the law's 25 working days; five weeks are 30
    assertRejected(() -> summer().addWishes(wish("E2", 1, JULY_5, 5, false)).build(),
        "wishes[0].weeks", "asks for 30 working days", "entitled to 25");
  }

  @Test
  void year_overlappingMustWishes_areRejected() {
    assertRejected(() -> summer()
            .addWishes(wish("E1", 1, JULY_5, 3, true), wish("E1", 2, JULY_5.plusWeeks(2), 2, true)).build(),
        "wishes[1].from", "overlaps wishes[0]", "both must be granted");
  }

  @Test
  void year_mustWishesAboveTheEntitlementTogether_areRejected() {
    assertRejected(() -> summer()
            .addWishes(wish("E2", 1, JULY_5, 3, true), wish("E2", 2, LocalDate.of(2027, 10, 4), 2, true)).build(),
        "wishes[1].weeks", "to 30", "more than the 25");
  }

  @Test
  void year_rankedAlternativesMayOverlap() {
    VacationYear year = summer()
        .addWishes(wish("E1", 2, JULY_5.plusWeeks(1), 3, false), wish("E1", 1, JULY_5, 3, false)).build();
    assertEquals(ImmutableList.of(1, 2), year.wishesOf("E1").stream().map(VacationWish::rank).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void year_wishWithoutEntitlementOrRepeatedRank_isRejected() {
    assertRejected(() -> summer().addWishes(wish("E9", 1, JULY_5, 3, false)).build(),
        "wishes[0].employee", "E9", "has no entitlement");
    assertRejected(() -> summer().addWishes(wish("E1", 1, JULY_5, 3, false), wish("E1", 1, JULY_5.plusWeeks(4), 3, false)).build(),
        "wishes[1].rank", "duplicate");
  }

  @Test
  void year_overlappingPeriodsOrAShortMainPeriod_areRejected() {
    VacationPeriod p1 = VacationPeriod.builder().name("P1").from(LocalDate.of(2027, 6, 21)).weeks(3).build();
    VacationPeriod p2 = VacationPeriod.builder().name("P2").from(LocalDate.of(2027, 7, 5)).weeks(3).build();
    assertRejected(() -> summer().addPeriods(p1, p2).build(), "periods[1].from", "overlaps periods[0] (P1");
    assertRejected(() -> summer().mainFrom(LocalDate.of(2027, 6, 1)).mainTo(LocalDate.of(2027, 6, 14)).build(),
        "mainTo", "at least 18 working days");
  }

  @Test
  void checkAgainst_unknownEmployee_isNamedWithItsPath() {
    Problem problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(LocalDate.of(2027, 6, 7), 7))
        .addAllRoles(Role.STANDARD)
        .addEmployees(Employee.builder().id("E1").name("Kari").role(Role.NURSE.id()).positionPercent(100)
            .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build())
        .build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> summer().build().checkAgainst(problem));
    assertEquals("entitlements[1].employee", e.path());
  }

  @Test
  void json_roundTripsAndNamesTheFieldOfABadValue() {
    VacationYear year = summer()
        .addPeriods(VacationPeriod.builder().name("P2").from(JULY_5).weeks(3).build())
        .addWishes(wish("E1", 1, JULY_5, 3, true))
        .addHistory(VacationHistory.builder().employee("E1").peakWeeks(3).build())
        .decisionDate(LocalDate.of(2027, 3, 31))
        .build();
    RosterJson json = RosterJson.strict();
    assertEquals(year, json.read(json.write(year), VacationYear.class));
    RosterInputException e = assertThrows(RosterInputException.class,
        () -> json.read(json.write(year).replace("\"days\" : 25", "\"days\" : 20").replace("\"days\": 25", "\"days\": 20"), VacationYear.class));
    assertEquals("$.entitlements[1].days", e.path(), e.getMessage());
  }
}
