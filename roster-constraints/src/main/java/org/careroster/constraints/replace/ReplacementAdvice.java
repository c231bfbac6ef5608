package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.careroster.core.CoverRequirement;
import org.immutables.value.Value;

/**
 * The {@link ReplacementAdvisor}'s answer for one {@link Vacancy}: the ranked candidates (an
 * agency last), the employees left out with their reasons, and the demand the shift lacked.
 */
@Value.Immutable
public abstract class ReplacementAdvice {

  ReplacementAdvice() {}

  /** The shift to fill. */
  public abstract Vacancy vacancy();

  /** The unit the shift is in: the vacancy's, or the home unit of most staff; empty without units. */
  public abstract Optional<String> unit();

  /** Requirements of the shift below their minimum in the roster before any candidate is added. */
  public abstract ImmutableList<CoverRequirement> unmet();

  /** Tasks of the shift nobody on it may do in the roster before any candidate is added. */
  public abstract ImmutableList<String> uncoveredTasks();

  /** Candidates in rank order; the agency fallback comes last. */
  public abstract ImmutableList<Candidate> candidates();

  /** Employees left out, in staff-list order, with the reason for each. */
  public abstract ImmutableList<Exclusion> excluded();

  /** The best employee candidate (not the agency), if any. */
  public final Optional<Candidate> best() {
    return candidates().stream().filter(c -> !c.isAgency()).findFirst();
  }

  /** The candidate for employee {@code id}, if the employee is one. */
  public final Optional<Candidate> candidate(String id) {
    return candidates().stream().filter(c -> c.employee().equals(Optional.of(id))).findFirst();
  }

  /** The exclusion of employee {@code id}, if the employee was left out. */
  public final Optional<Exclusion> exclusion(String id) {
    return excluded().stream().filter(x -> x.employee().equals(id)).findFirst();
  }

  static ImmutableReplacementAdvice.Builder builder() {
    return ImmutableReplacementAdvice.builder();
  }
}
