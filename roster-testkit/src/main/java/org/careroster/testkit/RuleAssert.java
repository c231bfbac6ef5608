package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * Assertions on one rule, in the spirit of a constraint verifier: given these facts, the rule
 * finds this many violations, here, at this penalty. Failures are JUnit assertion failures that
 * list what the rule found.
 *
 * <pre>{@code
 * RuleAssert.assertThat(Rules.dailyRest(Duration.ofHours(11)))
 *     .given(problem, roster)
 *     .hasViolations(1)
 *     .on("E1", LocalDate.of(2027, 3, 9))
 *     .penalty(60);
 * }</pre>
 */
public final class RuleAssert {

  private final Rule rule;

  private RuleAssert(Rule rule) {
    this.rule = checkNotNull(rule, "rule");
  }

  /** Assertions on {@code rule}. */
  public static RuleAssert assertThat(Rule rule) {
    return new RuleAssert(rule);
  }

  /** The rule's verdict on {@code roster} for {@code problem}. */
  public Verdict given(Problem problem, Roster roster) {
    return new Verdict(rule, rule.check(checkNotNull(problem, "problem"), checkNotNull(roster, "roster")));
  }

  /** The rule's verdict on a generated problem and its roster. */
  public Verdict given(Witnessed facts) {
    return given(facts.problem(), facts.witness());
  }

  /** What one rule found, to assert on. */
  public static final class Verdict {
    private final Rule rule;
    private final ImmutableList<Violation> violations;

    Verdict(Rule rule, ImmutableList<Violation> violations) {
      this.rule = rule;
      this.violations = violations;
    }

    /** The violations found. */
    public ImmutableList<Violation> violations() {
      return violations;
    }

    /** Asserts the rule finds nothing. */
    public Verdict holds() {
      assertTrue(violations.isEmpty(), () -> rule.id() + " should hold, but found: " + violations);
      return this;
    }

    /** Asserts the rule finds at least one violation. */
    public Verdict breaks() {
      assertTrue(!violations.isEmpty(), () -> rule.id() + " should break, but found nothing");
      return this;
    }

    /** Asserts the rule finds exactly {@code count} violations. */
    public Verdict hasViolations(int count) {
      assertEquals(count, violations.size(), () -> rule.id() + " found " + violations.size() + ": " + violations);
      return this;
    }

    /** Asserts one of the violations is of {@code employee} and covers {@code date}. */
    public Verdict on(String employee, LocalDate date) {
      assertTrue(violations.stream().anyMatch(v -> v.employee().map(employee::equals).orElse(false)
              && !date.isBefore(v.date()) && !date.isAfter(v.endDate().orElse(v.date()))),
          () -> rule.id() + " found nothing of " + employee + " on " + date + "; it found: " + violations);
      return this;
    }

    /** Asserts the violations' penalties sum to {@code penalty} (minutes, people or a count, as the rule measures). */
    public Verdict penalty(long penalty) {
      assertEquals(penalty, violations.stream().mapToLong(Violation::penalty).sum(), () -> rule.id() + " penalties of " + violations);
      return this;
    }
  }
}
