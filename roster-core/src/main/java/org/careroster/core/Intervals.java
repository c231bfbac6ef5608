package org.careroster.core;

import java.time.Duration;
import java.time.ZonedDateTime;

/** Interval arithmetic on real instants. */
final class Intervals {
  private Intervals() {}

  /** Real time shared by {@code [aStart, aEnd)} and {@code [bStart, bEnd)}; zero if disjoint. */
  static Duration overlap(
      ZonedDateTime aStart, ZonedDateTime aEnd, ZonedDateTime bStart, ZonedDateTime bEnd) {
    ZonedDateTime from = aStart.isAfter(bStart) ? aStart : bStart;
    ZonedDateTime to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
    return from.isBefore(to) ? Duration.between(from, to) : Duration.ZERO;
  }
}
