package org.careroster.constraints.internal.search;

import java.time.Duration;
import java.util.Optional;
import org.careroster.constraints.SolveListener;

/** The best objective over all threads of one solve, to tell the listener only of real improvements. */
final class BestTracker {
  private final Optional<SolveListener> listener;
  private long objective = Long.MAX_VALUE;

  BestTracker(Optional<SolveListener> listener) {
    this.listener = listener;
  }

  /** Records a roster of {@code candidate} found {@code nanos} after the start; tells the listener if it is better. */
  synchronized void offer(long candidate, long nanos) {
    if (candidate < objective) {
      objective = candidate;
      listener.ifPresent(l -> l.improved(candidate, Duration.ofNanos(nanos)));
    }
  }
}
