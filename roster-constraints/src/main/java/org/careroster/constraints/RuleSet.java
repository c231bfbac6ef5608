package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.careroster.constraints.rules.Fairness;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.OrdinaryHoursPerDay;
import org.careroster.constraints.rules.TaskSharingCover;
import org.careroster.constraints.rules.TotalHoursPerDay;
import org.careroster.core.InvalidModelException;

/**
 * The rules a roster is validated and solved against, each rule id at most once, under a name
 * (e.g. the municipality's local agreement). Written to and read from JSON with {@code RosterJson}:
 *
 * <pre>{@code
 * RuleSet local = RuleSets.kommuneDefault()
 *     .named("solbakken-2027")
 *     .with(Rules.dailyRest(Duration.ofHours(8)))          // § 10-8 (3) agreement
 *     .without(Fairness.ID);
 * String json = RosterJson.strict().write(local);
 * RuleSet back = RosterJson.strict().read(json, RuleSet.class);
 * }</pre>
 */
public final class RuleSet {

  private final String name;
  private final ImmutableList<Rule> rules;

  private RuleSet(String name, ImmutableList<Rule> rules) {
    if (name.isBlank()) {
      throw new InvalidModelException("RuleSet", "name", name, "must not be blank");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String id = rules.get(i).id();
      if (!ids.add(id)) {
        throw new InvalidModelException(
            "RuleSet " + name, "rules[" + i + "]", id, "repeats a rule id; each rule may appear once");
      }
    }
    this.name = name;
    this.rules = rules;
    checkTogether();
  }

  /**
   * The checks across rules: a limit one rule sets must not make another's unreachable or void.
   * Each failure names both parameters and their values.
   */
  private void checkTogether() {
    Optional<TotalHoursPerDay> total = find(TotalHoursPerDay.class);
    find(OrdinaryHoursPerDay.class).ifPresent(ordinary -> total.ifPresent(t -> requireAtMost(
        ordinary, "maximum", ordinary.maximum(), t, "maximum", t.maximum(),
        "ordinary hours are part of the total hours of a day")));
    find(LongShifts.class).ifPresent(longShifts -> total.ifPresent(t -> requireAtMost(
        longShifts, "maxDuration", longShifts.maxDuration(), t, "maximum", t.maximum(),
        "a long shift longer than a day's total hours could never be worked")));
  }

  private <R extends Rule> Optional<R> find(Class<R> type) {
    return rules.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  private void requireAtMost(
      Rule rule, String field, Duration value, Rule other, String otherField, Duration limit, String why) {
    if (value.compareTo(limit) > 0) {
      throw new InvalidModelException("RuleSet " + name, "rules[" + rules.indexOf(rule) + "]." + field, value,
          "of " + rule.id() + " must not exceed the " + otherField + " of " + other.id() + " ("
              + InvalidModelException.render(limit) + ", rules[" + rules.indexOf(other) + "]." + otherField + "): " + why);
    }
  }

  @JsonCreator
  static RuleSet fromJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "rules", required = true) List<Rule> rules) {
    if (rules == null) {
      throw new InvalidModelException("RuleSet " + name, "rules", null, "must be a list of rules");
    }
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == null) {
        throw new InvalidModelException("RuleSet " + name, "rules[" + i + "]", null, "must be a rule");
      }
    }
    return new RuleSet(Objects.requireNonNullElse(name, ""), ImmutableList.copyOf(rules));
  }

  /**
   * A rule set named {@code "custom"} of these rules, in this order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return new RuleSet("custom", ImmutableList.copyOf(rules));
  }

  /**
   * A rule set named {@code "custom"} of these rules, in this order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(Iterable<? extends Rule> rules) {
    return new RuleSet("custom", ImmutableList.copyOf(rules));
  }

  /** The name, e.g. {@code "kommune-default"} or the local agreement's. */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** The rules, in order. */
  @JsonProperty("rules")
  public ImmutableList<Rule> rules() {
    return rules;
  }

  /**
   * A copy under another name.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RuleSet named(String name) {
    return new RuleSet(name, rules);
  }

  /**
   * A copy where {@code rule} replaces the rule with the same id, in its place, or is added at the
   * end if there is none.
   */
  public RuleSet with(Rule rule) {
    List<Rule> copy = new ArrayList<>(rules);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(rule.id())) {
        copy.set(i, rule);
        return new RuleSet(name, ImmutableList.copyOf(copy));
      }
    }
    copy.add(rule);
    return new RuleSet(name, ImmutableList.copyOf(copy));
  }

  /** This rule set with its hard rules only, in order and under the same name. */
  public RuleSet hardOnly() {
    List<Rule> hard = new ArrayList<>();
    for (Rule rule : rules()) {
      if (rule.severity().isHard()) {
        hard.add(rule);
      }
    }
    return RuleSet.of(hard).named(name());
  }

  /**
   * This rule set with hard {@code minimum-cover} and {@code task-sharing} made soft at {@code
   * weight} per missing person or uncovered task, as repairs and calendar plans solve: a demand
   * nobody can lawfully meet then becomes a vacant shift instead of no roster. Every other rule
   * keeps its severity.
   *
   * @throws IllegalArgumentException if {@code weight} is not positive
   */
  public RuleSet withSoftCover(int weight) {
    RuleSet result = this;
    for (Rule rule : rules()) {
      if (rule instanceof MinimumCover && rule.severity().isHard()) {
        result = result.with(((MinimumCover) rule).withSeverity(Severity.soft(weight)));
      } else if (rule instanceof TaskSharingCover && rule.severity().isHard()) {
        result = result.with(((TaskSharingCover) rule).withSeverity(Severity.soft(weight)));
      }
    }
    return result;
  }

  /**
   * A copy without the rule with id {@code ruleId}.
   *
   * @throws IllegalArgumentException if the set has no such rule (a misspelt id would otherwise
   *     go unnoticed)
   */
  public RuleSet without(String ruleId) {
    checkArgument(
        rule(ruleId).isPresent(), "RuleSet %s: no rule \"%s\" to remove; it has %s", name, ruleId, ids());
    List<Rule> copy = new ArrayList<>(rules);
    copy.removeIf(r -> r.id().equals(ruleId));
    return new RuleSet(name, ImmutableList.copyOf(copy));
  }

  /** The rule with id {@code ruleId}, if the set has it. */
  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** The rule of type {@code type}, if the set has one, to change a parameter with its withers. */
  public <T extends Rule> Optional<T> rule(Class<T> type) {
    return rules.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The rule ids, in order. */
  public ImmutableList<String> ids() {
    return rules.stream().map(Rule::id).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSet
        && ((RuleSet) other).name.equals(name)
        && ((RuleSet) other).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rules);
  }

  @Override
  public String toString() {
    return name + rules;
  }
}
