package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffingPlanTest {

  private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 23);
  private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 24);
  private static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2027, 3, 25);
  private static final LocalDate SATURDAY = LocalDate.of(2027, 3, 27);

  private static final StaffingRequirement EVERY_DAY = row("D", DayKind.EVERY_DAY, 1);
  private static final StaffingRequirement WEEKDAY = row("D", DayKind.WEEKDAY, 4);
  private static final StaffingRequirement WEEKDAY_NURSE =
      StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).addRole("nurse").minimum(1).build();
  private static final StaffingRequirement WEEKEND = row("D", DayKind.WEEKEND, 2);
  private static final StaffingRequirement HOLIDAY = row("D", DayKind.PUBLIC_HOLIDAY, 3);
  private static final StaffingRequirement ON_WEDNESDAY = StaffingRequirement.onDate(WEDNESDAY, "D", 5);
  private static final StaffingRequirement EVENING_EVERY_DAY = row("A", DayKind.EVERY_DAY, 2);

  private static final StaffingPlan FULL =
      StaffingPlan.builder()
          .addRequirements(EVERY_DAY, WEEKDAY, WEEKDAY_NURSE, WEEKEND, HOLIDAY, ON_WEDNESDAY, EVENING_EVERY_DAY)
          .build();

  private static StaffingRequirement row(String shift, DayKind days, int minimum) {
    return StaffingRequirement.builder().shift(shift).days(days).minimum(minimum).build();
  }

  @Test
  void requirementsOn_dateRow_replacesRowsForTheSamePeopleOnly() {
    // the date row for everyone beats the weekday and every-day rows for everyone; the weekday
    // row for nurses counts other people and still applies
    // (in the plan's row order)
    assertEquals(ImmutableList.of(WEEKDAY_NURSE, ON_WEDNESDAY), FULL.requirementsOn(WEDNESDAY, "D", false));
    // on a holiday the nurse row (weekdays only) does not match, the date row still wins
    assertEquals(ImmutableList.of(ON_WEDNESDAY), FULL.requirementsOn(WEDNESDAY, "D", true));
  }

  @Test
  void requirementsOn_everyDayRowOfAnotherGroup_addsToWeekdayRows() {
    StaffingRequirement nurseEveryDay =
        StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).addRole("nurse").minimum(1).build();
    StaffingPlan plan = StaffingPlan.builder().addRequirements(WEEKDAY, WEEKEND, nurseEveryDay).build();
    assertEquals(ImmutableList.of(WEEKDAY, nurseEveryDay), plan.requirementsOn(WEDNESDAY, "D", false));
    assertEquals(ImmutableList.of(WEEKEND, nurseEveryDay), plan.requirementsOn(MAUNDY_THURSDAY, "D", true));
  }

  @Test
  void withNobodyNeededOn_givenDates_needNobodyOfAnyGroupAndOtherDatesKeepThePlan() {
    StaffingPlan plan = FULL.withNobodyNeededOn(java.util.List.of(WEDNESDAY, MAUNDY_THURSDAY));
    for (LocalDate date : new LocalDate[] {WEDNESDAY, MAUNDY_THURSDAY}) {
      for (String shift : new String[] {"D", "A"}) {
        for (boolean holiday : new boolean[] {false, true}) {
          ImmutableList<StaffingRequirement> rows = plan.requirementsOn(date, shift, holiday);
          assertEquals(shift.equals("D") ? 2 : 1, rows.size(), rows::toString); // D: everyone and nurses
          rows.forEach(r -> assertEquals(0, r.minimum(), r::toString));
        }
      }
    }
    // Wednesday's own dated row is gone; Tuesday keeps every row it had.
    assertEquals(FULL.requirementsOn(TUESDAY, "D", false), plan.requirementsOn(TUESDAY, "D", false));
    assertEquals(FULL.requirementsOn(SATURDAY, "A", false), plan.requirementsOn(SATURDAY, "A", false));
  }

  @Test
  void requirementsOn_publicHoliday_usesHolidayRows() {
    assertEquals(ImmutableList.of(HOLIDAY), FULL.requirementsOn(MAUNDY_THURSDAY, "D", true));
  }

  @Test
  void requirementsOn_weekday_usesAllWeekdayRows() {
    assertEquals(ImmutableList.of(WEEKDAY, WEEKDAY_NURSE), FULL.requirementsOn(TUESDAY, "D", false));
  }

  @Test
  void requirementsOn_saturday_usesWeekendRows() {
    assertEquals(ImmutableList.of(WEEKEND), FULL.requirementsOn(SATURDAY, "D", false));
  }

  @Test
  void requirementsOn_holidayWithoutHolidayRows_usesWeekendRows() {
    StaffingPlan plan = StaffingPlan.builder().addRequirements(WEEKDAY, WEEKEND, EVERY_DAY).build();
    assertEquals(ImmutableList.of(WEEKEND), plan.requirementsOn(MAUNDY_THURSDAY, "D", true));
    assertEquals(ImmutableList.of(WEEKDAY), plan.requirementsOn(MAUNDY_THURSDAY, "D", false));
  }

  @Test
  void requirementsOn_onlyEveryDayRows_applyOnAllKindsOfDay() {
    assertEquals(ImmutableList.of(EVENING_EVERY_DAY), FULL.requirementsOn(TUESDAY, "A", false));
    assertEquals(ImmutableList.of(EVENING_EVERY_DAY), FULL.requirementsOn(SATURDAY, "A", false));
    assertEquals(ImmutableList.of(EVENING_EVERY_DAY), FULL.requirementsOn(MAUNDY_THURSDAY, "A", true));
  }

  @Test
  void requirementsOn_weekdayRowsOnly_leaveWeekendUnstaffed() {
    StaffingPlan plan = StaffingPlan.builder().addRequirement(WEEKDAY).build();
    assertEquals(ImmutableList.of(), plan.requirementsOn(SATURDAY, "D", false));
  }

  @Test
  void requirementsOn_shiftWithoutRows_isEmpty() {
    assertEquals(ImmutableList.of(), FULL.requirementsOn(TUESDAY, "N", false));
    assertEquals(ImmutableList.of(), StaffingPlan.empty().requirementsOn(TUESDAY, "D", false));
  }

  @Test
  void build_dateRowWithoutDate_fails() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> row("D", DayKind.DATE, 1));
    assertEquals("date", e.path());
  }

  @Test
  void build_weekdayRowWithDate_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).date(TUESDAY).minimum(1).build());
    assertEquals("date", e.path());
    assertEquals("\"2027-03-23\"", e.value());
  }

  @Test
  void build_preferredBelowMinimumOrMaximumBelowPreferred_fails() {
    assertEquals(
        "preferred",
        assertThrows(
                InvalidModelException.class,
                () -> StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(3).preferred(2).build())
            .path());
    assertEquals(
        "maximum",
        assertThrows(
                InvalidModelException.class,
                () ->
                    StaffingRequirement.builder()
                        .shift("D").days(DayKind.EVERY_DAY).minimum(3).preferred(4).maximum(3).build())
            .path());
    StaffingRequirement ok =
        StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(3).preferred(4).maximum(4).build();
    assertEquals(4, ok.maximum().orElseThrow());
  }

  @Test
  void build_negativeMinimum_fails() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> row("D", DayKind.EVERY_DAY, -1));
    assertEquals("minimum", e.path());
    assertEquals("-1", e.value());
  }
}
