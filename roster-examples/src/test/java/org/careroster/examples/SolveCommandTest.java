package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.core.DayKind;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void solve_demoProblem_writesLawfulRosterAndReportsProgress(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    Path rosterFile = dir.resolve("roster.json");
    int status =
        cli.run("solve", problemFile.toString(), "--max-nodes", "5000", "--seed", "2", "--out", rosterFile.toString());
    assertEquals(RosterCli.OK, status, err());
    assertTrue(err().contains("roster solve: objective "), err());
    assertTrue(out().contains("Validation: 0 hard violations"), out());
    Problem problem = RosterJson.strict().readProblem(problemFile);
    Roster roster = RosterJson.strict().readRoster(rosterFile, problem);
    assertEquals(0, RosterValidator.validate(problem, roster, RuleSets.basic()).hardViolationCount());
  }

  @Test
  void solve_impossibleCover_exitsOneWithExplanation(@TempDir Path dir) throws IOException {
    Problem demo = DemoWard.problem();
    Problem impossible =
        demo.withStaffingPlan(
            StaffingPlan.builder()
                .addRequirement(
                    StaffingRequirement.builder()
                        .shift("N").days(DayKind.DATE).date(demo.horizon().start()).minimum(20).build())
                .build());
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, impossible);
    // more demand than staff fails at the root: the search completes and proves it
    assertEquals(RosterCli.FAILED, cli.run("solve", problemFile.toString(), "--max-nodes", "2000"), err());
    assertTrue(out().contains("Solver: INFEASIBLE"), out());
    assertTrue(out().contains("\nNo roster keeps the hard rules.\n"), out());
    assertFalse(out().contains("the search was not finished"), out());
    assertTrue(
        out().contains("N on 2027-01-04 needs 20 people but only 14 employees count for it at all"), out());
  }

  @Test
  void solve_limitBeforeAnyRoster_exitsThreeSayingTheSearchWasNotFinished(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    assertEquals(RosterCli.UNFINISHED, cli.run("solve", problemFile.toString(), "--max-nodes", "1"), err());
    assertTrue(out().contains("Solver: UNKNOWN after 1 nodes"), out());
    assertTrue(out().contains("\nNo lawful roster found; the search was not finished.\n"), out());
    assertFalse(out().contains("No roster keeps the hard rules."), out());
  }

  @Test
  void solve_badTimeLimit_exitsTwo(@TempDir Path dir) {
    assertEquals(RosterCli.USAGE, cli.run("solve", dir.resolve("p.json").toString(), "--time-limit", "soon"));
    assertTrue(err().contains("--time-limit (\"soon\") must be a duration such as 60, 30s"), err());
  }

  @Test
  void duration_acceptsShortAndIsoForms() {
    assertEquals(Duration.ofSeconds(30), SolveCommand.duration("--time-limit", "30s"));
    assertEquals(Duration.ofMillis(500), SolveCommand.duration("--time-limit", "500ms"));
    assertEquals(Duration.ofMinutes(2), SolveCommand.duration("--time-limit", "2m"));
    assertEquals(Duration.ofSeconds(45), SolveCommand.duration("--time-limit", "PT45S"));
    assertEquals(Duration.ofSeconds(60), SolveCommand.duration("--time-limit", "60"));
  }
}
