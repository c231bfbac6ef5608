package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.careroster.core.Assignment;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * Limits and knobs of one solve. At least one limit is required: the improving search does not
 * end by itself until it proves optimality.
 *
 * <pre>{@code
 * SolverOptions quick = SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).build();
 * SolverOptions repeatable = SolverOptions.builder().maxNodes(50_000).seed(7).build();
 * SolverOptions stable = SolverOptions.builder()
 *     .timeLimit(Duration.ofSeconds(30))
 *     .previous(published).changeWeight(20)        // each changed day costs 20
 *     .addPinned(Assignment.of("E3", date, "D"))   // kept as it is
 *     .putWeight("requests", 5)                   // wishes weigh 5 instead of 1
 *     .build();
 * }</pre>
 *
 * <p>With one thread, a node limit and no time limit, the same seed and inputs give the identical
 * roster.
 */
@Value.Immutable
public abstract class SolverOptions {

  SolverOptions() {}

  /** Wall-clock limit of the search, if any. */
  public abstract Optional<Duration> timeLimit();

  /** Deterministic work limit: search nodes (per thread), if any. */
  public abstract OptionalLong maxNodes();

  /** Seed of the randomised parts of the search (the neighbourhoods); 0 unless set. */
  @Value.Default
  public long seed() {
    return 0;
  }

  /**
   * Threads searching at once, 1 to 64 (1 unless set). Each runs its own search with seed {@code
   * seed + i}; the best roster wins (the lowest thread on a tie).
   */
  @Value.Default
  public int threads() {
    return 1;
  }

  /**
   * Objective weights by rule id, replacing the soft weight of those rules for this solve (and in
   * the returned report). A rule named here must be in the rule set and soft.
   */
  public abstract ImmutableMap<String, Integer> weights();

  /**
   * Assignments the roster must keep, in addition to the problem's fixed assignments: the local
   * knowledge a ward fixes by hand.
   */
  public abstract ImmutableList<Assignment> pinned();

  /** A roster to stay close to (e.g. the published one): each changed employee-day costs {@link #changeWeight()}. */
  public abstract Optional<Roster> previous();

  /** Cost of each employee-day that differs from {@link #previous()}; 1 unless set. */
  @Value.Default
  public int changeWeight() {
    return 1;
  }

  /** Told about each improving roster, if set. */
  @Value.Auxiliary
  public abstract Optional<SolveListener> listener();

  /**
   * Polled during the search; when it returns true, the search stops and the best roster so far is
   * returned (e.g. {@code cancelled::get} of an {@code AtomicBoolean} set from another thread).
   */
  @Value.Auxiliary
  public abstract Optional<BooleanSupplier> cancellation();

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
    checkArgument(
        threads() >= 1 && threads() <= 64, "SolverOptions: threads (%s) must be between 1 and 64", threads());
    for (Map.Entry<String, Integer> weight : weights().entrySet()) {
      checkArgument(
          weight.getValue() > 0,
          "SolverOptions: weights[\"%s\"] (%s) must be positive",
          weight.getKey(),
          weight.getValue());
    }
    checkArgument(
        changeWeight() > 0, "SolverOptions: changeWeight (%s) must be positive", changeWeight());
  }

  /** Builds {@link SolverOptions}. */
  public static final class Builder extends ImmutableSolverOptions.Builder {
    Builder() {}
  }
}
