package org.careroster.constraints;

import java.time.Duration;
import java.util.Optional;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/** The outcome of {@link RosterSolver#solve}: status, the best roster, its report and statistics. */
@Value.Immutable
public abstract class SolveResult {

  SolveResult() {}

  /** How the solve ended. */
  public abstract SolveStatus status();

  /** The best roster found; present when the status is {@code OPTIMAL} or {@code FEASIBLE}. */
  public abstract Optional<Roster> roster();

  /**
   * The validator's report on the best roster: zero hard violations, and the objective broken down
   * per soft rule ({@link ValidationReport#softPenalty()} is the objective).
   */
  public abstract Optional<ValidationReport> report();

  /**
   * The objective of the best roster broken down: the cost of each soft rule (weight × penalty,
   * rules with no cost included) and, when a previous roster was given, {@code "stability"} (the
   * cost of the changes). The values sum to the objective.
   */
  public abstract com.google.common.collect.ImmutableMap<String, Long> objectiveBreakdown();

  /** The objective of the best roster: the sum of {@link #objectiveBreakdown()}. */
  public final long objective() {
    return objectiveBreakdown().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Why no lawful roster exists, when the status is {@code INFEASIBLE} (or no roster was found). */
  public abstract Optional<Infeasibility> infeasibility();

  /** Search nodes explored. */
  public abstract long nodes();

  /** Improving solutions found. */
  public abstract long solutions();

  /** Wall-clock time of the whole solve, model building included. */
  public abstract Duration elapsed();

  /** Wall-clock time from the start until the best roster was found. */
  public abstract Optional<Duration> timeToBest();

  /** A new builder: how the engine reports a solve, and how a host's test makes one up. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SolveResult}. */
  public static final class Builder extends ImmutableSolveResult.Builder {
    Builder() {}
  }
}
