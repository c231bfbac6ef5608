package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * How much a rule binds: a hard rule must hold in every roster; a soft rule may be broken at a
 * cost of its weight times the violation's penalty.
 */
@Value.Immutable(singleton = false)
public abstract class Severity {

  /** A rule that must hold: the solver never breaks it and the validator counts each breach. */
  public static final Severity HARD = ImmutableSeverity.of(true, 0);

  Severity() {}

  /** Whether the rule must hold. */
  @Value.Parameter
  public abstract boolean isHard();

  /** Cost per unit of penalty for a soft rule; 0 for a hard rule. */
  @Value.Parameter
  public abstract int weight();

  /**
   * A soft severity with the given weight.
   *
   * @throws IllegalArgumentException if {@code weight} is not positive
   */
  public static Severity soft(int weight) {
    checkArgument(weight > 0, "Severity: soft weight (%s) must be positive", weight);
    return ImmutableSeverity.of(false, weight);
  }

  @Override
  public String toString() {
    return isHard() ? "hard" : "soft(" + weight() + ")";
  }
}
