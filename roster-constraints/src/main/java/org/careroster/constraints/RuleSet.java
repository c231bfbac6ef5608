package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/** The rules a roster is validated and solved against; each rule id at most once. */
public final class RuleSet {

  private final ImmutableList<Rule> rules;

  private RuleSet(ImmutableList<Rule> rules) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String id = rules.get(i).id();
      checkArgument(ids.add(id), "RuleSet: rules[%s] repeats the rule id \"%s\"", i, id);
    }
    this.rules = rules;
  }

  /**
   * A rule set of these rules, in this order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  /**
   * A rule set of these rules, in this order.
   *
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(Iterable<? extends Rule> rules) {
    return new RuleSet(ImmutableList.copyOf(rules));
  }

  /** The rules, in the order given. */
  public ImmutableList<Rule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return rules.toString();
  }
}
