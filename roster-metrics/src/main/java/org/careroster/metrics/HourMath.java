package org.careroster.metrics;

import java.math.BigDecimal;
import java.time.Duration;

/** Exact conversion of durations to decimal hours. */
final class HourMath {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private HourMath() {}

  /** {@code duration} in hours, exact to 20 significant digits. */
  static BigDecimal hours(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .add(BigDecimal.valueOf(duration.getNano(), 9))
        .divide(SECONDS_PER_HOUR, Ratio.PRECISION);
  }
}
