package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KPI of a scorecard: its exact value per period (empty where it cannot be computed: no
 * population, no base rotation, no new hires) and the change from the period before.
 */
@Value.Immutable
public abstract class ScorecardRow {

  ScorecardRow() {}

  /** The KPI. */
  public abstract Kpi kpi();

  /** The exact values, one per period; empty where the KPI cannot be computed. */
  public abstract ImmutableList<Optional<BigDecimal>> values();

  /** The value of period {@code index} rounded half-up to the printed decimals of the KPI's unit. */
  public final Optional<BigDecimal> rounded(int index) {
    return values().get(index).map(v -> Scorecard.round(v, kpi().unit().decimals()));
  }

  /**
   * The change from period {@code index − 1} to period {@code index}, taken between the rounded
   * values so that printed values and changes agree; empty for the first period or where either
   * value is missing.
   *
   * @throws IndexOutOfBoundsException if there is no period {@code index}
   */
  public final Optional<BigDecimal> change(int index) {
    checkElementIndex(index, values().size());
    if (index == 0 || rounded(index).isEmpty() || rounded(index - 1).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(rounded(index).get().subtract(rounded(index - 1).get()));
  }

  static ScorecardRow of(Kpi kpi, Iterable<Optional<BigDecimal>> values) {
    return ImmutableScorecardRow.builder().kpi(kpi).addAllValues(values).build();
  }
}
