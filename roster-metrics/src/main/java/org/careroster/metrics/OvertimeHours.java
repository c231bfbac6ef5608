package org.careroster.metrics;

import java.time.Duration;
import org.careroster.core.WorkRecord;

/**
 * Tariff overtime (overtid): hours paid with the overtime supplement, as the work records give
 * them; the scorecard's "overtime only" (kun overtidstimar), which leaves meirarbeid out (RULES.md
 * §4.4). Law overtime, the hours beyond the limits of aml § 10-4, is a separate counter: {@link
 * LawOvertimeHours}.
 *
 * <pre>
 * overtimeHours = Σ overtime over the work records
 * </pre>
 *
 * <pre>{@code
 * OvertimeHours.of(period.workRecords())   // e.g. PT341H
 * }</pre>
 */
public final class OvertimeHours {

  private OvertimeHours() {}

  /** Σ tariff overtime hours of {@code records}. */
  public static Duration of(Iterable<WorkRecord> records) {
    Duration sum = Duration.ZERO;
    for (WorkRecord record : records) {
      sum = sum.plus(record.overtime());
    }
    return sum;
  }
}
