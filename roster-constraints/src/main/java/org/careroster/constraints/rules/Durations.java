package org.careroster.constraints.rules;

import java.time.Duration;

/**
 * Formats durations the way a ward reads them: {@code 9 h 30 min}, {@code 11 h} in English and
 * {@code 9 t 30 min}, {@code 11 t} in Norwegian.
 */
final class Durations {
  private Durations() {}

  /** English: {@code 9 h 30 min}. */
  static String format(long minutes) {
    return format(minutes, "h");
  }

  /** English: {@code 9 h 30 min}. */
  static String format(Duration duration) {
    return format(duration.toMinutes());
  }

  /** Norwegian (nynorsk): {@code 9 t 30 min}. */
  static String formatNn(long minutes) {
    return format(minutes, "t");
  }

  /** Norwegian (nynorsk): {@code 9 t 30 min}. */
  static String formatNn(Duration duration) {
    return formatNn(duration.toMinutes());
  }

  private static String format(long minutes, String hourUnit) {
    String sign = minutes < 0 ? "-" : "";
    long abs = Math.abs(minutes);
    long hours = abs / 60;
    long rest = abs % 60;
    if (rest == 0) {
      return sign + hours + " " + hourUnit;
    }
    return hours == 0 ? sign + rest + " min" : sign + hours + " " + hourUnit + " " + rest + " min";
  }
}
