package org.careroster.examples.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/** The benchmark goes through the same RosterSolver as every other use. */
class CurtoisSolveTest {

  @Test
  void solve_instance1_reachesTheKnownOptimum() throws IOException {
    CurtoisInstance instance = CurtoisInstance.read(CurtoisInstanceTest.INSTANCE1);
    SolveResult result =
        new RosterSolver()
            .solve(instance.problem(), instance.rules(), SolverOptions.builder().seed(1).maxNodes(NODES).build());
    Roster roster = result.roster().orElseThrow();
    // Scored again from the solution file's text, as ./roster curtois does.
    Roster written = CurtoisSolution.parse(instance, "Instance1.csv", CurtoisSolution.toCsv(instance, roster));
    ValidationReport report = RosterValidator.validate(instance.problem(), written, instance.rules());
    assertEquals(0, report.hardViolationCount(), report.violations().toString());
    assertEquals(607, report.softPenalty());
    assertEquals(607, result.objective());
  }

  /** Enough nodes for seed 1 to reach 607 on one thread, with room to spare. */
  private static final long NODES = 20_000;

  @Test
  void solve_smallInstance_beatsTheHandSolution() {
    CurtoisInstance instance = CurtoisInstanceTest.small();
    SolveResult result =
        new RosterSolver()
            .solve(instance.problem(), instance.rules(), SolverOptions.builder().seed(1).maxNodes(20_000).build());
    ValidationReport report = result.report().orElseThrow();
    assertEquals(0, report.hardViolationCount());
    assertTrue(report.softPenalty() < 308, "objective " + report.softPenalty());
  }
}
