package org.careroster.constraints.replace;

import java.time.Duration;
import java.util.OptionalLong;
import org.careroster.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * Knobs of one {@link RosterRepair}: whether unaffected staff may swap, the cost of each changed
 * employee-day, and when to stop.
 *
 * <pre>{@code
 * RepairOptions options = RepairOptions.builder().allowSwaps(true).timeLimit(Duration.ofSeconds(20)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RepairOptions {

  RepairOptions() {}

  /** The defaults: no swaps, change weight 1,000, 10 s limit, stop after 1 s without improvement, seed 0. */
  public static RepairOptions defaults() {
    return builder().build();
  }

  /** A new builder; every attribute has its default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the published assignments of staff without a new absence may change (swaps, moves);
   * {@code false} unless set: then they are pinned and the repair can only add shifts on days off.
   */
  @Value.Default
  public boolean allowSwaps() {
    return false;
  }

  /**
   * Cost of each employee-day that differs from the published roster; 1,000 unless set, which
   * outweighs the soft rules' gain from a change (contract hours cost 1 per minute, a 12 h 30 min
   * shift 750), so the repair changes only what the demand needs.
   */
  @Value.Default
  public int changeWeight() {
    return 1_000;
  }

  /** Wall-clock limit of the solve; 10 s unless set. */
  @Value.Default
  public Duration timeLimit() {
    return Duration.ofSeconds(10);
  }

  /** The solve stops when no better roster has been found for this long; 1 s unless set. */
  @Value.Default
  public Duration patience() {
    return Duration.ofSeconds(1);
  }

  /** Deterministic work limit in search nodes, if any. */
  public abstract OptionalLong maxNodes();

  /** Seed of the solver's randomised search; 0 unless set. */
  @Value.Default
  public long seed() {
    return 0;
  }

  @Value.Check
  void check() {
    if (changeWeight() < 1 || changeWeight() > RosterRepair.COVER_WEIGHT / 10) {
      throw new InvalidModelException("RepairOptions", "changeWeight", changeWeight(),
          "must be from 1 to " + RosterRepair.COVER_WEIGHT / 10 + " (a tenth of the weight of a missing person)");
    }
    if (timeLimit().isNegative() || timeLimit().isZero()) {
      throw new InvalidModelException("RepairOptions", "timeLimit", timeLimit(), "must be positive");
    }
    if (patience().isNegative() || patience().isZero()) {
      throw new InvalidModelException("RepairOptions", "patience", patience(), "must be positive");
    }
    maxNodes().ifPresent(n -> {
      if (n <= 0) {
        throw new InvalidModelException("RepairOptions", "maxNodes", n, "must be positive");
      }
    });
  }

  /** Builds {@link RepairOptions}. */
  public static final class Builder extends ImmutableRepairOptions.Builder {
    Builder() {}
  }
}
