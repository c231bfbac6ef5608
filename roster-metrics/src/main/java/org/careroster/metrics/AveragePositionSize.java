package org.careroster.metrics;

import java.math.BigDecimal;

/**
 * Average position size (gjennomsnittleg stillingsstorleik): the mean over persons of their summed
 * position sizes (RULES.md §4.2).
 *
 * <pre>
 * personSize(p)   = Σ positionPercent(p)              (optionally capped at 100)
 * avgPositionSize = Σ_p personSize(p) / |P|           (a percent; mean over persons, not FTE-weighted)
 * </pre>
 *
 * <p>The result is a {@link Ratio} of summed sizes over the head count, so its {@link
 * Ratio#quotient()} is the average in percent: {@code 3600 / 45} is 80 %. Whether KS caps a person
 * with several positions at 100 % is not confirmed, so capping is the caller's choice.
 *
 * <pre>{@code
 * AveragePositionSize.of(population, false).quotient()   // Optional[80]
 * }</pre>
 */
public final class AveragePositionSize {

  private static final BigDecimal FULL_TIME = BigDecimal.valueOf(100);

  private AveragePositionSize() {}

  /**
   * Summed person sizes over the head count of {@code population}; with {@code capAtFullTime}, a
   * person's summed positions count at most 100. An empty population has no average.
   */
  public static Ratio of(Population population, boolean capAtFullTime) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String person : population.persons()) {
      BigDecimal size = population.positionPercentOf(person);
      sum = sum.add(capAtFullTime ? size.min(FULL_TIME) : size);
    }
    return Ratio.of(sum, BigDecimal.valueOf(population.headCount()));
  }
}
