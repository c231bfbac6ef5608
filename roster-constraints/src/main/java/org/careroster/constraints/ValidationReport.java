package org.careroster.constraints;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What the validator found in a roster: every violation, totals per rule, and the overall soft
 * penalty. Written to JSON with {@code RosterJson} as the {@code ./roster validate --format json}
 * report.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidationReport.class)
@JsonPropertyOrder({"ruleSet", "hardViolations", "softViolations", "softPenalty", "totals", "violations"})
public abstract class ValidationReport {

  ValidationReport() {}

  /** Name of the rule set checked. */
  public abstract String ruleSet();

  /** One line per rule checked, in rule-set order, including rules that hold. */
  public abstract ImmutableList<RuleTotal> totals();

  /** Every violation, grouped by rule in rule-set order. */
  public abstract ImmutableList<Violation> violations();

  /** A report of {@code violations} found with {@code rules}. */
  public static ValidationReport of(RuleSet rules, Iterable<Violation> violations) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    for (Rule rule : rules.rules()) {
      severities.put(rule.id(), rule.severity());
    }
    return of(rules.name(), severities, violations);
  }

  /** A report of these violations, with totals for the rules they break, under the name "custom". */
  public static ValidationReport of(Iterable<Violation> violations) {
    Map<String, Severity> severities = new LinkedHashMap<>();
    for (Violation v : violations) {
      severities.putIfAbsent(v.ruleId(), v.severity());
    }
    return of("custom", severities, violations);
  }

  private static ValidationReport of(
      String name, Map<String, Severity> severities, Iterable<Violation> violations) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, long[]> penalties = new LinkedHashMap<>();
    for (String id : severities.keySet()) {
      counts.put(id, new int[1]);
      penalties.put(id, new long[1]);
    }
    for (Violation v : violations) {
      severities.putIfAbsent(v.ruleId(), v.severity());
      counts.computeIfAbsent(v.ruleId(), k -> new int[1])[0]++;
      penalties.computeIfAbsent(v.ruleId(), k -> new long[1])[0] += v.penalty();
    }
    ImmutableValidationReport.Builder report =
        ImmutableValidationReport.builder().ruleSet(name).addAllViolations(violations);
    for (Map.Entry<String, Severity> rule : severities.entrySet()) {
      String id = rule.getKey();
      report.addTotals(RuleTotal.of(id, rule.getValue(), counts.get(id)[0], penalties.get(id)[0]));
    }
    return report.build();
  }

  /** Number of hard violations; a lawful, fully covered roster has none. */
  @JsonProperty("hardViolations")
  @Value.Derived
  public int hardViolationCount() {
    return (int) violations().stream().filter(v -> v.severity().isHard()).count();
  }

  /** Number of soft violations. */
  @JsonProperty("softViolations")
  @Value.Derived
  public int softViolationCount() {
    return violations().size() - hardViolationCount();
  }

  /** Whether the roster breaks no hard rule. */
  @JsonIgnore
  public final boolean isFeasible() {
    return hardViolationCount() == 0;
  }

  /** Σ weight × penalty over the soft violations: what the solver minimises. */
  @Value.Derived
  public long softPenalty() {
    return violations().stream().mapToLong(Violation::cost).sum();
  }

  /** Number of violations per rule id, sorted by id. */
  @JsonIgnore
  @Value.Derived
  public ImmutableSortedMap<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Violation v : violations()) {
      counts.merge(v.ruleId(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /** One line: {@code 0 hard violations, 3 soft violations (penalty 412)}, the same under every locale. */
  public final String summary() {
    int soft = softViolationCount();
    return String.format(
        Locale.ROOT,
        "%d hard violation%s, %d soft violation%s (penalty %d)",
        hardViolationCount(),
        hardViolationCount() == 1 ? "" : "s",
        soft,
        soft == 1 ? "" : "s",
        softPenalty());
  }
}
