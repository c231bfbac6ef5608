package org.careroster.constraints;

import java.time.Duration;

/**
 * Told about each improving roster while {@link RosterSolver#solve} runs, e.g. to print progress
 * or update a screen. Called on the solving thread (with several threads, on each of them, but
 * only for rosters better than every earlier one); keep it quick.
 *
 * <pre>{@code
 * SolverOptions options = SolverOptions.builder()
 *     .timeLimit(Duration.ofSeconds(30))
 *     .listener((objective, elapsed) -> System.err.println(objective + " after " + elapsed))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface SolveListener {

  /** A roster with objective {@code objective} was found {@code elapsed} after the solve began. */
  void improved(long objective, Duration elapsed);
}
