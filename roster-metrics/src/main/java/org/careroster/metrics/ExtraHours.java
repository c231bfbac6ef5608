package org.careroster.metrics;

import java.time.Duration;
import org.careroster.core.WorkRecord;

/**
 * Extra hours of part-timers (meirarbeid): hours beyond the agreed position that are not overtime
 * and are paid at the ordinary rate (RULES.md §2.4, §4.4).
 *
 * <pre>
 * extraHours          = Σ extra over the work records
 * extraPlusOvertime   = Σ (extra + overtime)          (the scorecard's "extra hours and overtime")
 * </pre>
 *
 * <pre>{@code
 * ExtraHours.of(period.workRecords())   // e.g. PT2162H
 * }</pre>
 */
public final class ExtraHours {

  private ExtraHours() {}

  /** Σ extra hours (meirarbeid) of {@code records}. */
  public static Duration of(Iterable<WorkRecord> records) {
    Duration sum = Duration.ZERO;
    for (WorkRecord record : records) {
      sum = sum.plus(record.extra());
    }
    return sum;
  }

  /** Σ extra hours plus tariff overtime of {@code records}: all hours beyond the positions. */
  public static Duration plusOvertime(Iterable<WorkRecord> records) {
    return of(records).plus(OvertimeHours.of(records));
  }
}
