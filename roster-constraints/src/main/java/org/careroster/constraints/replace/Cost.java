package org.careroster.constraints.replace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * What a replacement costs, in hours of ordinary pay (see {@link CostModel}), and its parts: the
 * pay for the hours (at the agency's rate for an agency) and the overtime supplement.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCost.class)
@JsonDeserialize(as = ImmutableCost.class)
public abstract class Cost {

  Cost() {}

  /** Pay for the hours worked: the hours at the ordinary rate, or at the agency's rate. */
  public abstract BigDecimal pay();

  /** Overtime supplement: hours at 50 % × 0.5 plus hours at 100 % × 1 (with the default model). */
  public abstract BigDecimal supplement();

  /** Pay plus supplement. */
  @JsonIgnore
  public final BigDecimal total() {
    return pay().add(supplement());
  }

  /** A cost of {@code pay} plus {@code supplement}, both rounded to two decimals. */
  static Cost of(BigDecimal pay, BigDecimal supplement) {
    return ImmutableCost.builder()
        .pay(pay.setScale(2, RoundingMode.HALF_UP))
        .supplement(supplement.setScale(2, RoundingMode.HALF_UP))
        .build();
  }

  /** Hours (two decimals) from minutes × percent / 100. */
  static BigDecimal hours(long minutes, int percent) {
    return BigDecimal.valueOf(minutes * (long) percent).divide(BigDecimal.valueOf(6000), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (pay %s + supplement %s)", total(), pay(), supplement());
  }
}
