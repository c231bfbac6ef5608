package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroster.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * How much a rule binds: a hard rule must hold in every roster; a soft rule may be broken at a
 * cost of its weight times the violation's penalty.
 */
@Value.Immutable(singleton = false)
public abstract class Severity {

  /** A rule that must hold: the solver never breaks it and the validator counts each breach. */
  public static final Severity HARD = ImmutableSeverity.of(true, 0);

  private static final Pattern SOFT = Pattern.compile("soft\\((\\d{1,9})\\)");

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

  /**
   * The severity written as {@code "hard"} or {@code "soft(WEIGHT)"}, as in saved rule sets.
   *
   * @throws InvalidModelException if {@code text} is neither, or the weight is not positive
   */
  @JsonCreator
  public static Severity parse(String text) {
    if ("hard".equals(text)) {
      return HARD;
    }
    Matcher soft = text == null ? null : SOFT.matcher(text);
    if (soft == null || !soft.matches() || Integer.parseInt(soft.group(1)) <= 0) {
      throw new InvalidModelException(
          "Severity", "", text, "must be \"hard\" or \"soft(WEIGHT)\" with a whole WEIGHT of 1 or more");
    }
    return soft(Integer.parseInt(soft.group(1)));
  }

  /** {@code "hard"} or {@code "soft(WEIGHT)"}, as written in saved rule sets. */
  @JsonValue
  @Override
  public String toString() {
    return isHard() ? "hard" : "soft(" + weight() + ")";
  }
}
