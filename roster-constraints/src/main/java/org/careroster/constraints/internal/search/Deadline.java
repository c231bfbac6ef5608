package org.careroster.constraints.internal.search;

import java.time.Duration;
import java.util.Optional;
import org.chocosolver.solver.Solver;

/**
 * One solve's time budget, started once: every part of the solve (the searches, the explanation
 * of a failure, the windows of a year plan) asks it what is left instead of reading the limit
 * again. Without a time limit it never passes.
 */
final class Deadline {

  private final long startNanos;
  private final Optional<Duration> limit;

  private Deadline(long startNanos, Optional<Duration> limit) {
    this.startNanos = startNanos;
    this.limit = limit;
  }

  /** A budget of {@code limit} (none if empty) that starts now. */
  static Deadline start(Optional<Duration> limit) {
    return new Deadline(System.nanoTime(), limit);
  }

  /** The budget, if there is one. */
  Optional<Duration> limit() {
    return limit;
  }

  /** When the budget started, in {@link System#nanoTime()} terms. */
  long startNanos() {
    return startNanos;
  }

  /** Time since the start. */
  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /** Nanoseconds left (negative once passed), or {@link Long#MAX_VALUE} without a limit. */
  long leftNanos() {
    return limit.map(l -> l.toNanos() - (System.nanoTime() - startNanos)).orElse(Long.MAX_VALUE);
  }

  /** Whether the whole budget is spent. */
  boolean passed() {
    return limit.isPresent() && System.nanoTime() - startNanos >= limit.get().toNanos();
  }

  /** Limits {@code solver} to what is left, at least a millisecond; nothing without a limit. */
  void limit(Solver solver) {
    limit.ifPresent(l -> solver.limitTime(Math.max(1, l.toMillis() - (System.nanoTime() - startNanos) / 1_000_000)));
  }

  /**
   * The budget for a search that follows this one (the explanation of a failure): what is left
   * of it, but at least a tenth of the limit.
   */
  Deadline leftOrTenth() {
    if (limit.isEmpty()) {
      return new Deadline(System.nanoTime(), limit);
    }
    long nanos = limit.get().toNanos();
    return new Deadline(Math.max(startNanos, System.nanoTime() - (nanos - nanos / 10)), limit);
  }

  /**
   * A fresh budget from now of a tenth of the limit, at least {@code minimum}; none without a
   * limit.
   */
  Deadline tenthFromNow(Duration minimum) {
    return new Deadline(
        System.nanoTime(),
        limit.map(l -> Duration.ofNanos(Math.max(minimum.toNanos(), l.toNanos() / 10))));
  }
}
