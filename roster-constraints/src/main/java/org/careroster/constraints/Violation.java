package org.careroster.constraints;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One breach of one rule, explained: who, when, the measured value against the limit, the penalty,
 * the legal or agreement source, and a sentence a ward manager can read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {

  Violation() {}

  /** Id of the broken rule, e.g. {@code "daily-rest"}; {@code "rule"} in JSON. */
  @JsonProperty("rule")
  public abstract String ruleId();

  /** Severity of the broken rule. */
  public abstract Severity severity();

  /** Id of the employee concerned, if the rule is about one person. */
  public abstract Optional<String> employee();

  /** The date the violation is reported on (for rest: the date of the shift that starts too early). */
  public abstract LocalDate date();

  /** Last date of the period the violation covers, if it covers more than one day (a week). */
  public abstract Optional<LocalDate> endDate();

  /** Code of the shift concerned, if one shift is. */
  public abstract Optional<String> shift();

  /** What was measured, in {@link #measure()} units. */
  public abstract long measured();

  /** The limit the measured value breaks, in {@link #measure()} units. */
  public abstract long limit();

  /** Unit of {@link #measured()} and {@link #limit()}. */
  public abstract Measure measure();

  /** Size of the breach (e.g. minutes of rest missing); a soft rule costs weight × penalty. */
  public abstract long penalty();

  /** The law or agreement that sets the limit, e.g. {@code "aml § 10-8 (1)"}. */
  public abstract String source();

  /** A full English sentence explaining the breach. */
  public abstract String message();

  /** The same explanation in Norwegian (nynorsk), for the ward. */
  public abstract String messageNynorsk();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Weight × penalty for a soft violation; 0 for a hard one. */
  @JsonIgnore
  public final long cost() {
    return severity().isHard() ? 0 : severity().weight() * penalty();
  }

  @Override
  public String toString() {
    return "[" + ruleId() + ", " + severity() + "] " + message();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
