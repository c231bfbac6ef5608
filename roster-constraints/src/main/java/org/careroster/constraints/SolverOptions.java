package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Limits and knobs of one solve. At least one limit is required: the improving search does not
 * end by itself until it proves optimality.
 *
 * <pre>{@code
 * SolverOptions quick = SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).build();
 * SolverOptions repeatable = SolverOptions.builder().maxNodes(50_000).seed(7).build();
 * }</pre>
 *
 * <p>With a node limit and no time limit, the same seed and inputs give the identical roster.
 */
@Value.Immutable
public abstract class SolverOptions {

  SolverOptions() {}

  /** Wall-clock limit of the search, if any. */
  public abstract Optional<Duration> timeLimit();

  /** Deterministic work limit: the number of search nodes, if any. */
  public abstract OptionalLong maxNodes();

  /** Seed of the randomised parts of the search (the neighbourhoods); 0 unless set. */
  @Value.Default
  public long seed() {
    return 0;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        timeLimit().isPresent() || maxNodes().isPresent(),
        "SolverOptions: set a timeLimit or maxNodes; the improving search does not end by itself");
    timeLimit()
        .ifPresent(
            limit ->
                checkArgument(
                    limit.compareTo(Duration.ZERO) > 0,
                    "SolverOptions: timeLimit (%s) must be positive",
                    limit));
    maxNodes()
        .ifPresent(
            nodes ->
                checkArgument(nodes > 0, "SolverOptions: maxNodes (%s) must be positive", nodes));
  }

  /** Builds {@link SolverOptions}. */
  public static final class Builder extends ImmutableSolverOptions.Builder {
    Builder() {}
  }
}
