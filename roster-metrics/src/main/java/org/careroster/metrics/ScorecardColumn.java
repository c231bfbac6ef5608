package org.careroster.metrics;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One period of a scorecard: its label, its dates and the reference date of its population. */
@Value.Immutable
public abstract class ScorecardColumn {

  ScorecardColumn() {}

  /** Column heading, e.g. {@code "Nov 2024"}. */
  public abstract String label();

  /** First day of the period. */
  public abstract LocalDate from();

  /** Last day of the period, included. */
  public abstract LocalDate to();

  /** The date the population is taken on. */
  public abstract LocalDate referenceDate();

  /** The column of {@code period}. */
  public static ScorecardColumn of(RecordPeriod period) {
    return ImmutableScorecardColumn.builder()
        .label(period.label())
        .from(period.from())
        .to(period.to())
        .referenceDate(period.referenceDate())
        .build();
  }
}
