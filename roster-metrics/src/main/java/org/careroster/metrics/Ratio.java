package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exact quotient of two non-negative decimals, e.g. FTEs with formal education over all FTEs
 * ({@code 25.56 / 36.00}), or sick day works over agreed day works. The quotient is empty when the
 * denominator is zero: an empty population has no share, not a share of 0.
 *
 * <pre>{@code
 * Ratio.of(new BigDecimal("25.56"), new BigDecimal("36")).percent()   // Optional[71.0]
 * }</pre>
 */
@Value.Immutable
public abstract class Ratio {

  /** Precision of {@link #quotient()} and {@link #percent()}: 20 significant digits. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Ratio() {}

  /** The part, e.g. sick day works. */
  @Value.Parameter
  public abstract BigDecimal numerator();

  /** The whole, e.g. agreed day works. */
  @Value.Parameter
  public abstract BigDecimal denominator();

  /**
   * The ratio {@code numerator / denominator}.
   *
   * @throws IllegalArgumentException if either is negative
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    return ImmutableRatio.of(numerator, denominator);
  }

  /** {@code numerator / denominator} to 20 significant digits, or empty when the denominator is 0. */
  public final Optional<BigDecimal> quotient() {
    return denominator().signum() == 0
        ? Optional.empty()
        : Optional.of(numerator().divide(denominator(), PRECISION));
  }

  /** {@code 100 × numerator / denominator}, or empty when the denominator is 0. */
  public final Optional<BigDecimal> percent() {
    return quotient().map(q -> q.multiply(HUNDRED, PRECISION));
  }

  @Value.Check
  void check() {
    checkArgument(
        numerator().signum() >= 0 && denominator().signum() >= 0,
        "Ratio: numerator (%s) and denominator (%s) must not be negative",
        numerator(),
        denominator());
  }

  /** {@code "25.56 / 36 (71.0 %)"}, or {@code "0 / 0 (no population)"}. */
  @Override
  public String toString() {
    String percent =
        percent().map(p -> Scorecard.round(p, 1).toPlainString() + " %").orElse("no population");
    return numerator().stripTrailingZeros().toPlainString()
        + " / "
        + denominator().stripTrailingZeros().toPlainString()
        + " ("
        + percent
        + ")";
  }
}
