package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * Why no roster keeps every hard rule, in words a ward manager understands: the demands that could
 * not be met in the best roster found when cover may fall short, what keeps each person who could
 * fill them from doing so, and the solver's smallest conflicting set of rules when it found one.
 */
@Value.Immutable
public abstract class Infeasibility {

  Infeasibility() {}

  /**
   * One sentence per unmet demand, e.g. {@code "N on 2027-01-09 needs 2 nurses but the best roster
   * staffs 1: E1 would break weekend-frequency (...); E4 would break night-eligibility (...)."}
   */
  public abstract ImmutableList<String> reasons();

  /** The cover shortfalls of the best roster found when cover may fall short. */
  public abstract ImmutableList<Violation> unmetDemands();

  /**
   * Names of a minimal set of posted constraints that cannot hold together ({@code
   * ruleId[subject]}), when the solver could compute one within the limits; empty otherwise.
   */
  public abstract ImmutableList<String> conflictingConstraints();

  /**
   * Whether the search proved that no roster keeps the hard rules; {@code false} when a limit
   * ended it first (then a roster may still exist). False unless set.
   */
  @Value.Default
  public boolean proven() {
    return false;
  }

  /** The time limit of the search, when it had one. */
  public abstract java.util.Optional<java.time.Duration> limit();

  /**
   * One line for people: {@code "No roster keeps the hard rules."} when that is proven, else
   * {@code "No lawful roster found within 60 s; the search was not finished."}.
   */
  public String headline() {
    if (proven()) {
      return "No roster keeps the hard rules.";
    }
    return "No lawful roster found"
        + limit().map(l -> " within " + (l.toMillis() % 1000 == 0 ? l.toSeconds() + " s" : l.toMillis() + " ms"))
            .orElse("")
        + "; the search was not finished.";
  }

  /** All reasons on separate lines. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String reason : reasons()) {
      text.append(reason).append('\n');
    }
    if (!conflictingConstraints().isEmpty()) {
      text.append("Conflicting rules: ").append(String.join(", ", conflictingConstraints())).append('\n');
    }
    return text.toString();
  }

  /** A new builder: how the engine explains a failed solve, and how a host's test makes one up. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Infeasibility}. */
  public static final class Builder extends ImmutableInfeasibility.Builder {
    Builder() {}
  }
}
