package org.careroster.constraints;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One rule's line in a {@link ValidationReport}: how often it was broken and what that costs. */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleTotal.class)
public abstract class RuleTotal {

  RuleTotal() {}

  /** The rule id. */
  @JsonProperty("rule")
  public abstract String ruleId();

  /** The rule's severity. */
  public abstract Severity severity();

  /** Number of violations. */
  public abstract int violations();

  /** Σ penalty over the violations (minutes, people or counts, as the rule measures). */
  public abstract long penalty();

  /** Weight × penalty for a soft rule; 0 for a hard one. */
  public abstract long cost();

  static RuleTotal of(String ruleId, Severity severity, int violations, long penalty) {
    return ImmutableRuleTotal.builder()
        .ruleId(ruleId)
        .severity(severity)
        .violations(violations)
        .penalty(penalty)
        .cost(severity.isHard() ? 0 : severity.weight() * penalty)
        .build();
  }
}
