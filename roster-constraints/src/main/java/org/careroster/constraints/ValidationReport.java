package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/** What the validator found in a roster: every violation, with totals. */
@Value.Immutable
public abstract class ValidationReport {

  ValidationReport() {}

  /** Every violation, grouped by rule in rule-set order. */
  public abstract ImmutableList<Violation> violations();

  /** A report of these violations. */
  public static ValidationReport of(Iterable<Violation> violations) {
    return ImmutableValidationReport.builder().addAllViolations(violations).build();
  }

  /** Number of hard violations; a lawful, fully covered roster has none. */
  @Value.Derived
  public int hardViolationCount() {
    return (int) violations().stream().filter(v -> v.severity().isHard()).count();
  }

  /** Whether the roster breaks no hard rule. */
  public final boolean isFeasible() {
    return hardViolationCount() == 0;
  }

  /** Σ weight × penalty over the soft violations: what the solver minimises. */
  @Value.Derived
  public long softPenalty() {
    return violations().stream()
        .filter(v -> !v.severity().isHard())
        .mapToLong(v -> v.severity().weight() * v.penalty())
        .sum();
  }

  /** Number of violations per rule id, sorted by id. */
  @Value.Derived
  public ImmutableSortedMap<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Violation v : violations()) {
      counts.merge(v.ruleId(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /** One line: {@code 0 hard violations, 3 soft violations (penalty 412)}. */
  public final String summary() {
    int soft = violations().size() - hardViolationCount();
    return String.format(
        "%d hard violation%s, %d soft violation%s (penalty %d)",
        hardViolationCount(),
        hardViolationCount() == 1 ? "" : "s",
        soft,
        soft == 1 ? "" : "s",
        softPenalty());
  }
}
