package org.careroster.metrics;

import static org.careroster.metrics.Staff.h;
import static org.careroster.metrics.Staff.percent;
import static org.careroster.metrics.Staff.position;
import static org.careroster.metrics.Staff.record;
import static org.careroster.metrics.Staff.sick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Role;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;

class SickLeaveTest {

  private static final LocalDate MON = LocalDate.of(2024, 11, 4);
  private static final LocalDate FRI = MON.plusDays(4);
  private static final LocalDate SUN = MON.plusDays(6);

  private static final Population TWO =
      Population.of(ImmutableList.of(position("E1", Role.NURSE, 100), position("E2", Role.NURSE, 50)));

  @Test
  void dayWorks_degreeFiftyPercent_countsHalfDays() {
    // agreed = 5 × 1 + 5 × 0.5 = 7.5; sick = E1 Tue–Thu 3 × 1 × 0.5 = 1.5 → 20 %
    Ratio r = SickLeave.dayWorks(TWO, ImmutableList.of(sick("E1", MON.plusDays(1), MON.plusDays(3), 50)), MON, SUN);
    assertEquals(0, new BigDecimal("1.5").compareTo(r.numerator()));
    assertEquals(0, new BigDecimal("7.5").compareTo(r.denominator()));
    assertEquals(20.0, percent(r), 1e-12);
  }

  @Test
  void dayWorks_partTimerSickAcrossWeekend_countsAgreedDaysInPeriodOnly() {
    // E2 (50 %) sick Thu–next Tue; in the period Mon–Sun only Thu and Fri are agreed days:
    // sick = 2 × 0.5 = 1; agreed = 7.5 → 13.33 %
    Ratio r = SickLeave.dayWorks(TWO, ImmutableList.of(sick("E2", MON.plusDays(3), MON.plusDays(8), 100)), MON, SUN);
    assertEquals(100.0 / 7.5, percent(r), 1e-12);
  }

  @Test
  void dayWorks_publicHoliday_isNotAnAgreedDay() {
    // Ascension Day 2025-05-29 (Thursday): Mon 26 – Sun 1 June has 4 agreed days.
    // E1 sick Thu–Sun: only Friday counts → 1 / 4 = 25 %
    LocalDate monday = LocalDate.of(2025, 5, 26);
    Population one = Population.of(ImmutableList.of(position("E1", Role.NURSE, 100)));
    Ratio r = SickLeave.dayWorks(one, ImmutableList.of(sick("E1", monday.plusDays(3), monday.plusDays(6), 100)), monday, monday.plusDays(6));
    assertEquals(0, BigDecimal.valueOf(4).compareTo(r.denominator()));
    assertEquals(25.0, percent(r), 1e-12);
  }

  @Test
  void dayWorks_otherAbsenceKindsAndPeopleOutsidePopulation_ignored() {
    Absence vacation = Absence.builder().employee("E1").kind(AbsenceKind.VACATION).from(MON).to(FRI).build();
    Ratio r = SickLeave.dayWorks(TWO, ImmutableList.of(vacation, sick("E9", MON, FRI, 100)), MON, SUN);
    assertEquals(0.0, percent(r), 0);
  }

  @Test
  void dayWorks_emptyPopulation_hasNoPercent() {
    Ratio r = SickLeave.dayWorks(Population.of(ImmutableList.of()), ImmutableList.of(), MON, SUN);
    assertTrue(r.percent().isEmpty());
  }

  @Test
  void dayWorks_toBeforeFrom_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SickLeave.dayWorks(TWO, ImmutableList.of(), SUN, MON));
    assertEquals("SickLeave: to (2024-11-04) must not be before from (2024-11-10)", e.getMessage());
  }

  @Test
  void hours_plannedBase_leavesVacationOut() {
    // E1: Mon 7.5 ordinary, Tue 7.5 absent on sick leave, Wed 7.5 absent on vacation
    // sick 7.5 / (7.5 ordinary + 7.5 sick) = 50 %
    ImmutableList<WorkRecord> records =
        ImmutableList.of(
            record("E1", MON).ordinary(h(7.5)).build(),
            record("E1", MON.plusDays(1)).absence(h(7.5)).build(),
            record("E1", MON.plusDays(2)).absence(h(7.5)).build());
    ImmutableList<Absence> absences =
        ImmutableList.of(
            sick("E1", MON.plusDays(1), MON.plusDays(1), 100),
            Absence.builder().employee("E1").kind(AbsenceKind.VACATION).from(MON.plusDays(2)).to(MON.plusDays(2)).build());
    Ratio r = SickLeave.hours(TWO, records, absences, MON, SUN, SickLeave.HoursBase.PLANNED);
    assertEquals(50.0, percent(r), 1e-12);
  }

  @Test
  void hours_contractualBase_usesPositionAndFullTimeWeek() {
    // base = 1.0 × 35.5 + 0.5 × 35.5 = 53.25 h for one week; sick: E2 3.75 h (50 % of a day) → 7.042 %
    ImmutableList<WorkRecord> records = ImmutableList.of(record("E2", MON).ordinary(h(3.75)).absence(h(3.75)).build());
    Ratio r =
        SickLeave.hours(
            TWO, records, ImmutableList.of(sick("E2", MON, MON, 50)), MON, SUN, SickLeave.HoursBase.CONTRACTUAL);
    assertEquals(0, new BigDecimal("53.25").compareTo(r.denominator()));
    assertEquals(100 * 3.75 / 53.25, percent(r), 1e-12);
  }
}
