package org.careroster.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Time-zone facts shared by the whole library: every roster lives in Europe/Oslo. */
public final class RosterTime {

  /** The zone of every date and wall-clock time in careroster, daylight-saving changes included. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  private RosterTime() {}

  /**
   * The instant at which the wall-clock time {@code time} on {@code date} occurs in Europe/Oslo.
   *
   * <p>A time that does not exist (inside the spring-forward gap) is moved forward by the length
   * of the gap, as {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does; an ambiguous time (inside
   * the autumn overlap) takes the earlier offset.
   */
  public static ZonedDateTime at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, ZONE);
  }

  /** The instant of a wall-clock date-time in Europe/Oslo, with the rules of {@link #at}. */
  public static ZonedDateTime at(LocalDateTime dateTime) {
    return ZonedDateTime.of(dateTime, ZONE);
  }
}
