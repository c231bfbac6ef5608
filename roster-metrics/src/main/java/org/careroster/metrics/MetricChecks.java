package org.careroster.metrics;

import org.careroster.core.InvalidModelException;

/** Argument checks of the KPI inputs; each failure is an {@link InvalidModelException}. */
final class MetricChecks {
  private MetricChecks() {}

  /** Fails unless {@code condition} holds, naming the subject, the path, the value and the expectation. */
  static void require(
      boolean condition, String subject, String path, Object value, String expectation) {
    if (!condition) {
      throw new InvalidModelException(subject, path, value, expectation);
    }
  }
}
