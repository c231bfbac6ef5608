package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A part of a whole counted in people: {@code 5 of 12}. The percent is empty for an empty whole. */
@Value.Immutable
public abstract class Share {

  Share() {}

  /** How many of the population have the property. */
  @Value.Parameter
  public abstract int count();

  /** Size of the population. */
  @Value.Parameter
  public abstract int total();

  /**
   * The share {@code count} of {@code total}.
   *
   * @throws IllegalArgumentException if {@code count} is negative or larger than {@code total}
   */
  public static Share of(int count, int total) {
    return ImmutableShare.of(count, total);
  }

  /** {@code 100 × count / total}, or empty when the population is empty. */
  public final OptionalDouble percent() {
    return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count() / total());
  }

  /** This share as an exact {@link Ratio} of {@code count} over {@code total}. */
  public final Ratio asRatio() {
    return Ratio.of(BigDecimal.valueOf(count()), BigDecimal.valueOf(total()));
  }

  @Value.Check
  void check() {
    checkArgument(
        count() >= 0 && count() <= total(),
        "Share: count (%s) must be between 0 and total (%s)",
        count(),
        total());
  }

  /** {@code "5 of 12 (41.7 %)"}, or {@code "0 of 0 (no population)"}. */
  @Override
  public String toString() {
    return percent().isPresent()
        ? String.format(Locale.ROOT, "%d of %d (%.1f %%)", count(), total(), percent().getAsDouble())
        : count() + " of 0 (no population)";
  }
}
