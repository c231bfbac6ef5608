package org.careroster.metrics;

import java.time.Duration;
import org.careroster.core.WorkRecord;

/**
 * Hours bought from staffing agencies (innleige frå vikarbyrå), which TØRN wards aim to bring to
 * zero.
 *
 * <pre>
 * agencyHours = Σ agency over the work records (records without an employee)
 * </pre>
 *
 * <pre>{@code
 * AgencyHours.of(period.workRecords())   // e.g. PT120H
 * }</pre>
 */
public final class AgencyHours {

  private AgencyHours() {}

  /** Σ agency hours of {@code records}. */
  public static Duration of(Iterable<WorkRecord> records) {
    Duration sum = Duration.ZERO;
    for (WorkRecord record : records) {
      sum = sum.plus(record.agency());
    }
    return sum;
  }
}
