package org.careroster.constraints.replace;

import java.time.Duration;

/** Small text helpers of the package. */
final class Texts {
  private Texts() {}

  /** {@code 7 h 30 min}, {@code 10 h}, {@code 45 min}. */
  static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    minutes = Math.abs(minutes);
    long h = minutes / 60;
    long m = minutes % 60;
    if (h == 0) {
      return sign + m + " min";
    }
    return sign + h + " h" + (m == 0 ? "" : " " + m + " min");
  }
}
