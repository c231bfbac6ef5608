package org.careroster.constraints.vacation;

import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.careroster.constraints.Violation;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationYear;
import org.junit.jupiter.api.Test;

/** The Holidays Act's rules at their limits: 17 or 18 days in one piece, holidays, turning 60, notice. */
class VacationCheckTest {

  private static final LocalDate JULY_5 = LocalDate.of(2027, 7, 5);

  private static Absence vacation(String employee, LocalDate from, LocalDate to) {
    return Absence.builder().employee(employee).kind(AbsenceKind.VACATION).from(from).to(to).build();
  }

  private static Problem planWith(Absence... vacations) {
    return ward(LocalDate.of(2027, 1, 4), 362, employee("E1", 100), employee("E2", 100))
        .addAbsences(vacations).build();
  }

  private static VacationYear.Builder year(int days) {
    return VacationYear.builder().year(2027)
        .addEntitlements(VacationEntitlement.builder().employee("E1").days(days).build());
  }

  private static List<Violation> violations(Problem plan, VacationYear year, String rule) {
    return VacationCheck.check(plan, year).violations().stream().filter(v -> v.ruleId().equals(rule)).toList();
  }

  @Test
  void mainHoliday_eighteenWorkingDaysInOnePiece_holds() {
    // Monday 5 to Saturday 24 July: three weeks, 18 working days (and 12 more in October)
    Problem plan = planWith(vacation("E1", JULY_5, JULY_5.plusDays(19)),
        vacation("E1", LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 16)));
    assertEquals(List.of(), VacationCheck.check(plan, year(30).build()).violations());
  }

  @Test
  void mainHoliday_seventeenWorkingDays_isOneDayShort() {
    // Monday 5 to Friday 23 July: 17 working days
    Problem plan = planWith(vacation("E1", JULY_5, JULY_5.plusDays(18)));
    List<Violation> main = violations(plan, year(25).build(), VacationCheck.MAIN_HOLIDAY_ID);
    assertEquals(1, main.size(), main::toString);
    assertEquals(17, main.get(0).measured());
    assertEquals(18, main.get(0).limit());
    assertTrue(main.get(0).message().contains("17 working days (2027-07-05..2027-07-23)"), main.get(0).message());
    assertTrue(main.get(0).messageNynorsk().contains("ferielova § 7 (1)"), main.get(0).messageNynorsk());
  }

  @Test
  void mainHoliday_publicHolidayInsideDoesNotCount() {
    // A main period from 10 May: three weeks from Monday 10 May hold Whit Monday (17 May), 17 days
    VacationYear year = year(25).mainFrom(LocalDate.of(2027, 5, 10)).build();
    Problem plan = planWith(vacation("E1", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 29)));
    List<Violation> main = violations(plan, year, VacationCheck.MAIN_HOLIDAY_ID);
    assertEquals(1, main.size(), main::toString);
    assertEquals(17, main.get(0).measured());
  }

  @Test
  void mainHoliday_twoAbsencesBackToBack_areOnePiece() {
    Problem plan = planWith(vacation("E1", JULY_5, JULY_5.plusDays(6)), vacation("E1", JULY_5.plusDays(7), JULY_5.plusDays(20)));
    assertEquals(List.of(), violations(plan, year(25).build(), VacationCheck.MAIN_HOLIDAY_ID));
  }

  @Test
  void mainHoliday_notDemanded_isNotChecked() {
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(VacationEntitlement.builder().employee("E1").days(25).demandsMainHoliday(false).build()).build();
    Problem plan = planWith(vacation("E1", LocalDate.of(2027, 10, 4), LocalDate.of(2027, 11, 1)));
    assertEquals(List.of(), violations(plan, year, VacationCheck.MAIN_HOLIDAY_ID));
  }

  @Test
  void entitlement_employeeTurningSixty_owesThirtyOneDays() {
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(VacationEntitlement.builder().employee("E1").days(31).turnsSixty(true).build()).build();
    // five weeks: 30 working days, one short
    Problem five = planWith(vacation("E1", JULY_5, JULY_5.plusDays(34)));
    List<Violation> short1 = violations(five, year, VacationCheck.ENTITLEMENT_ID);
    assertEquals(1, short1.size(), short1::toString);
    assertEquals(30, short1.get(0).measured());
    assertEquals(31, short1.get(0).limit());
    assertTrue(short1.get(0).message().contains("E1 gets 30 working days of vacation in 2027; the entitlement is 31"),
        short1.get(0).message());
    // and the Monday after: 31
    Problem enough = planWith(vacation("E1", JULY_5, JULY_5.plusDays(35)));
    assertEquals(List.of(), violations(enough, year, VacationCheck.ENTITLEMENT_ID));
  }

  @Test
  void notice_decisionLessThanTwoMonthsBefore_isAViolation() {
    VacationYear year = year(25).decisionDate(LocalDate.of(2027, 3, 31)).build();
    Problem early = planWith(vacation("E1", LocalDate.of(2027, 5, 24), LocalDate.of(2027, 5, 29)), vacation("E1", JULY_5, JULY_5.plusDays(19)));
    List<Violation> notice = violations(early, year, VacationCheck.NOTICE_ID);
    assertEquals(1, notice.size(), notice::toString);
    assertEquals(LocalDate.of(2027, 5, 24), notice.get(0).date());
    assertTrue(notice.get(0).message().contains("decided on 2027-03-31, less than 2 months"), notice.get(0).message());
    // 31 May is exactly two months on: allowed
    Problem onTime = planWith(vacation("E1", LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 5)), vacation("E1", JULY_5, JULY_5.plusDays(19)));
    assertEquals(List.of(), violations(onTime, year, VacationCheck.NOTICE_ID));
  }

  @Test
  void check_otherAbsencesAndOtherYears_doNotCount() {
    Problem plan = ward(LocalDate.of(2027, 1, 4), 362, employee("E1", 100))
        .addAbsences(Absence.builder().employee("E1").kind(AbsenceKind.SICK_LEAVE).from(JULY_5).to(JULY_5.plusDays(20)).build())
        .build();
    List<Violation> main = violations(plan, year(25).build(), VacationCheck.MAIN_HOLIDAY_ID);
    assertEquals(1, main.size());
    assertEquals(0, main.get(0).measured());
    assertTrue(main.get(0).message().contains("(none)"), main.get(0).message());
  }

  @Test
  void check_yearNamingAnUnknownEmployee_isRejected() {
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(VacationEntitlement.builder().employee("E9").days(25).build()).build();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> VacationCheck.check(planWith(), year));
    assertEquals("entitlements[0].employee", e.path());
  }
}
