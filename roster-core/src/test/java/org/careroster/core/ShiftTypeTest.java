package org.careroster.core;

import static org.careroster.core.TestModels.DAY;
import static org.careroster.core.TestModels.EVENING;
import static org.careroster.core.TestModels.LONG_DAY;
import static org.careroster.core.TestModels.NIGHT;
import static org.careroster.core.TestModels.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ShiftTypeTest {

  private static final LocalDate ORDINARY_TUESDAY = LocalDate.of(2027, 1, 12);
  /** Saturday before the clocks go forward (Sunday 28 March 2027, 02:00 → 03:00). */
  private static final LocalDate SPRING_FORWARD_EVE = LocalDate.of(2027, 3, 27);
  /** Saturday before the clocks go back (Sunday 31 October 2027, 03:00 → 02:00). */
  private static final LocalDate FALL_BACK_EVE = LocalDate.of(2027, 10, 30);
  private static final LocalDate FRIDAY = LocalDate.of(2027, 1, 8);
  private static final LocalDate SATURDAY = LocalDate.of(2027, 1, 9);
  private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);

  private static Duration hm(int hours, int minutes) {
    return Duration.ofHours(hours).plusMinutes(minutes);
  }

  // realDuration and endsAt

  @Test
  void realDuration_ordinaryNight_equalsWallClockDuration() {
    assertEquals(Duration.ofHours(10), NIGHT.realDuration(ORDINARY_TUESDAY));
  }

  @Test
  void realDuration_nightClocksGoForward_isOneHourShorter() {
    assertEquals(Duration.ofHours(9), NIGHT.realDuration(SPRING_FORWARD_EVE));
  }

  @Test
  void realDuration_nightClocksGoBack_isOneHourLonger() {
    assertEquals(Duration.ofHours(11), NIGHT.realDuration(FALL_BACK_EVE));
  }

  @Test
  void endsAt_crossesMidnight_endsNextMorningInOslo() {
    ZonedDateTime end = NIGHT.endsAt(ORDINARY_TUESDAY);
    assertEquals(LocalDate.of(2027, 1, 13), end.toLocalDate());
    assertEquals(LocalTime.of(7, 45), end.toLocalTime());
    assertEquals(RosterTime.ZONE, end.getZone());
  }

  // nightDuration: real time inside 21:00–06:00 (aml § 10-11 (1))

  @Test
  void nightDuration_dayShift_isZero() {
    assertEquals(Duration.ZERO, DAY.nightDuration(ORDINARY_TUESDAY));
  }

  @Test
  void nightDuration_eveningShiftEndingAt2200_isOneHour() {
    assertEquals(Duration.ofHours(1), EVENING.nightDuration(ORDINARY_TUESDAY));
  }

  @Test
  void nightDuration_nightShift_isEightHoursFifteen() {
    // 21:45–06:00 of 21:45–07:45
    assertEquals(hm(8, 15), NIGHT.nightDuration(ORDINARY_TUESDAY));
  }

  @Test
  void nightDuration_nightClocksGoForward_isSevenHoursFifteen() {
    // 21:45 CET (20:45Z) to 06:00 CEST (04:00Z): 7 h 15 min of real time.
    assertEquals(hm(7, 15), NIGHT.nightDuration(SPRING_FORWARD_EVE));
  }

  @Test
  void nightDuration_nightClocksGoBack_isNineHoursFifteen() {
    // 21:45 CEST (19:45Z) to 06:00 CET (05:00Z): 9 h 15 min of real time.
    assertEquals(hm(9, 15), NIGHT.nightDuration(FALL_BACK_EVE));
  }

  @Test
  void nightDuration_shiftStartingBeforeSixInTheMorning_countsThePreviousNight() {
    ShiftType early = shift("E", 5, 0, Duration.ofHours(8), ShiftCategory.DAY);
    assertEquals(Duration.ofHours(1), early.nightDuration(ORDINARY_TUESDAY));
  }

  // weekendDuration

  @Test
  void weekendDuration_fridayNightInSaturdaySunday_countsFromSaturdayMidnight() {
    assertEquals(hm(7, 45), NIGHT.weekendDuration(FRIDAY, WeekendWindow.SATURDAY_SUNDAY));
  }

  @Test
  void weekendDuration_fridayNightInSundayWork_isZero() {
    assertEquals(Duration.ZERO, NIGHT.weekendDuration(FRIDAY, WeekendWindow.SUNDAY_WORK));
  }

  @Test
  void weekendDuration_saturdayEveningInSundayWork_countsFromEighteen() {
    assertEquals(Duration.ofHours(4), EVENING.weekendDuration(SATURDAY, WeekendWindow.SUNDAY_WORK));
  }

  @Test
  void weekendDuration_saturdayEveningInSaturdaySunday_isWholeShift() {
    assertEquals(hm(7, 30), EVENING.weekendDuration(SATURDAY, WeekendWindow.SATURDAY_SUNDAY));
  }

  @Test
  void weekendDuration_sundayNight_countsOnlyUntilWindowCloses() {
    assertEquals(hm(2, 15), NIGHT.weekendDuration(SUNDAY, WeekendWindow.SATURDAY_SUNDAY));
    assertEquals(Duration.ofMinutes(15), NIGHT.weekendDuration(SUNDAY, WeekendWindow.SUNDAY_WORK));
  }

  @Test
  void weekendDuration_weekdayDayShift_isZero() {
    assertEquals(Duration.ZERO, DAY.weekendDuration(ORDINARY_TUESDAY, WeekendWindow.SATURDAY_SUNDAY));
  }

  // isLong

  @Test
  void isLong_longCategory_isTrue() {
    assertTrue(LONG_DAY.isLong());
  }

  @Test
  void isLong_twelveAndAHalfHourDayShift_isTrue() {
    assertTrue(shift("LD2", 8, 0, hm(12, 30), ShiftCategory.DAY).isLong());
  }

  @Test
  void isLong_dayShiftOfExactlyNineHours_isFalse() {
    assertFalse(shift("D9", 7, 0, Duration.ofHours(9), ShiftCategory.DAY).isLong());
    assertTrue(shift("D9+", 7, 0, hm(9, 1), ShiftCategory.DAY).isLong());
  }

  @Test
  void isLong_tenHourNightShift_isFalse() {
    assertFalse(NIGHT.isLong());
  }

  // validation

  @Test
  void build_zeroDuration_failsNamingCodeAndValue() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> shift("X", 12, 0, Duration.ZERO, ShiftCategory.DAY));
    assertEquals("duration", e.path());
    assertEquals("\"PT0S\"", e.value());
    assertTrue(e.getMessage().startsWith("ShiftType X: duration (\"PT0S\")"), e.getMessage());
  }

  @Test
  void build_exactlyOneDay_isAllowed() {
    assertEquals(Duration.ofHours(24), shift("X", 12, 0, Duration.ofHours(24), ShiftCategory.LONG).duration());
  }

  @Test
  void build_longerThanOneDay_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> shift("X", 12, 0, Duration.ofHours(24).plusMinutes(1), ShiftCategory.LONG));
    assertEquals("duration", e.path());
    assertEquals("\"PT24H1M\"", e.value());
    assertTrue(e.getMessage().contains("at most 24 hours"), e.getMessage());
  }

  @Test
  void build_blankCode_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class, () -> shift(" ", 12, 0, Duration.ofHours(8), ShiftCategory.DAY));
    assertEquals("code", e.path());
    assertEquals("ShiftType: code (\" \") must not be blank", e.getMessage());
  }

  @Test
  void build_paidBreakAsLongAsShift_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                ShiftType.builder()
                    .code("D")
                    .start(LocalTime.of(7, 30))
                    .duration(Duration.ofHours(8))
                    .paidBreak(Duration.ofHours(8))
                    .category(ShiftCategory.DAY)
                    .build());
    assertEquals("paidBreak", e.path());
  }

  @Test
  void build_missingCategory_failsNamingAttribute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ShiftType.builder().code("D").start(LocalTime.of(7, 30)).duration(Duration.ofHours(8)).build());
    assertTrue(e.getMessage().contains("category"), e.getMessage());
  }
}
