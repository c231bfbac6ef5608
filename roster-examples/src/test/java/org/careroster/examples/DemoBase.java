package org.careroster.examples;

import java.time.Duration;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * The demo ward's 6-week base rotation and a lawful roster of it, solved once per test run for
 * the commands that roll it out ({@code rollout}, {@code vacation}).
 */
final class DemoBase {

  /** {@link BaseRotationWard#problem()}. */
  static final Problem PROBLEM = BaseRotationWard.problem();

  /** A lawful base roster: the solver's first rosters within 1,500 nodes (seed 1), kommune-default. */
  static final Roster ROSTER = solve();

  private DemoBase() {}

  private static Roster solve() {
    SolveResult result = new RosterSolver().solve(PROBLEM, RuleSets.kommuneDefault(),
        SolverOptions.builder().maxNodes(1_500).timeLimit(Duration.ofSeconds(60)).seed(1).build());
    return result.roster().orElseThrow(() -> new IllegalStateException("base rotation: no roster, " + result.status()));
  }
}
