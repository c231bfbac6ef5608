package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ShiftTypeTest {

  private static final ShiftType NIGHT =
      ShiftType.builder().code("N").start(LocalTime.of(21, 45)).duration(Duration.ofHours(10)).build();

  @Test
  void realDuration_ordinaryNight_equalsWallClockDuration() {
    assertEquals(Duration.ofHours(10), NIGHT.realDuration(LocalDate.of(2027, 1, 12)));
  }

  @Test
  void realDuration_nightClocksGoForward_isOneHourShorter() {
    // Clocks go forward at 02:00 on Sunday 28 March 2027 in Europe/Oslo.
    assertEquals(Duration.ofHours(9), NIGHT.realDuration(LocalDate.of(2027, 3, 27)));
  }

  @Test
  void realDuration_nightClocksGoBack_isOneHourLonger() {
    // Clocks go back at 03:00 on Sunday 31 October 2027 in Europe/Oslo.
    assertEquals(Duration.ofHours(11), NIGHT.realDuration(LocalDate.of(2027, 10, 30)));
  }

  @Test
  void endsAt_crossesMidnight_endsNextMorningInOslo() {
    ZonedDateTime end = NIGHT.endsAt(LocalDate.of(2027, 1, 12));
    assertEquals(LocalDate.of(2027, 1, 13), end.toLocalDate());
    assertEquals(LocalTime.of(7, 45), end.toLocalTime());
    assertEquals(RosterTime.ZONE, end.getZone());
  }

  @Test
  void build_zeroDuration_failsNamingCodeAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftType.builder().code("X").start(LocalTime.NOON).duration(Duration.ZERO).build());
    assertTrue(e.getMessage().contains("ShiftType X: duration (PT0S)"), e.getMessage());
  }

  @Test
  void build_longerThanOneDay_fails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ShiftType.builder()
                    .code("X")
                    .start(LocalTime.NOON)
                    .duration(Duration.ofHours(24).plusMinutes(1))
                    .build());
    assertTrue(e.getMessage().contains("at most 24 hours"), e.getMessage());
  }

  @Test
  void build_blankCode_fails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShiftType.builder().code(" ").start(LocalTime.NOON).duration(Duration.ofHours(8)).build());
    assertTrue(e.getMessage().contains("code must not be blank"), e.getMessage());
  }
}
