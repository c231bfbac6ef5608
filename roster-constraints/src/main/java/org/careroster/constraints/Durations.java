package org.careroster.constraints;

import java.time.Duration;

/** Formats durations the way a ward reads them: {@code 9 h 30 min}, {@code 11 h}. */
final class Durations {
  private Durations() {}

  static String format(long minutes) {
    String sign = minutes < 0 ? "-" : "";
    long abs = Math.abs(minutes);
    long hours = abs / 60;
    long rest = abs % 60;
    if (rest == 0) {
      return sign + hours + " h";
    }
    return hours == 0 ? sign + rest + " min" : sign + hours + " h " + rest + " min";
  }

  static String format(Duration duration) {
    return format(duration.toMinutes());
  }
}
