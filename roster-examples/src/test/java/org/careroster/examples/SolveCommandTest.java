package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
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
    assertTrue(err().startsWith("roster solve: first roster after "), err());
    assertTrue(err().lines().count() <= 2, "a few summary lines, not one per improvement: " + err());
    assertTrue(err().contains("roster solve: done in "), err());
    assertTrue(out().startsWith("Rule set: kommune-default\n"), out());
    assertTrue(out().contains("Validation: 0 hard violations"), out());
    Problem problem = RosterJson.strict().readProblem(problemFile);
    Roster roster = RosterJson.strict().readRoster(rosterFile, problem);
    assertEquals(0, RosterValidator.validate(problem, roster, RuleSets.kommuneDefault()).hardViolationCount());

    out.reset();
    assertEquals(RosterCli.OK, cli.run("validate", problemFile.toString(), rosterFile.toString()), err());
    assertTrue(out().startsWith("Rule set: kommune-default\nValidation: 0 hard violations"), out());
  }

  @Test
  void solve_quiet_printsNoProgress(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    assertEquals(RosterCli.OK, cli.run("solve", problemFile.toString(), "--max-nodes", "2000", "--quiet"), err());
    assertEquals("", err());
  }

  @Test
  void solve_savedBasicRules_reportsThemByName(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    Path rules = dir.resolve("basic.json");
    RosterJson.strict().write(rules, RuleSets.basic());
    assertEquals(RosterCli.OK,
        cli.run("solve", problemFile.toString(), "--rules", rules.toString(), "--max-nodes", "2000", "-q"), err());
    assertTrue(out().startsWith("Rule set: basic\n"), out());
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
  void solve_outUnderARegularFile_exitsTwoBeforeSolving(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
    Path out = file.resolve("roster.json");
    // A search of an hour: only a check before the search ends this run quickly.
    assertEquals(RosterCli.USAGE, cli.run("solve", problemFile.toString(), "--time-limit", "1h", "--out", out.toString()));
    assertEquals("roster solve: cannot write " + out + ": " + file + " is not a directory\n", err());
    assertEquals("", out());
  }

  @Test
  void solve_outIsADirectory_exitsTwoBeforeSolving(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    assertEquals(RosterCli.USAGE, cli.run("solve", problemFile.toString(), "--time-limit", "1h", "--out", dir.toString()));
    assertEquals("roster solve: cannot write " + dir + ": it is a directory\n", err());
  }

  @Test
  void solve_outInReadOnlyDirectory_exitsTwoBeforeSolvingWithoutExceptionNames(@TempDir Path dir) throws IOException {
    Path problemFile = dir.resolve("problem.json");
    RosterJson.strict().write(problemFile, DemoWard.problem());
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(locked), "permissions do not bind this user (root)");
      Path out = locked.resolve("roster.json");
      assertEquals(RosterCli.USAGE,
          cli.run("solve", problemFile.toString(), "--time-limit", "1h", "--out", out.toString()));
      assertEquals("roster solve: cannot write " + out + ": permission denied\n", err());
      try (Stream<Path> left = Files.list(locked)) {
        assertEquals(0, left.count());
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void solve_unknownOption_exitsTwoWithASuggestion(@TempDir Path dir) {
    assertEquals(RosterCli.USAGE, cli.run("solve", dir.resolve("p.json").toString(), "--max-node", "5"));
    assertTrue(err().startsWith("roster solve: Unknown option: '--max-node'. Did you mean: --max-nodes?\n"), err());
  }

  @Test
  void solve_badNumbers_exitTwoNamingOptionAndValue(@TempDir Path dir) {
    String problem = dir.resolve("p.json").toString();
    assertEquals(RosterCli.USAGE, cli.run("solve", problem, "--max-nodes", "many"));
    assertTrue(err().startsWith("roster solve: --max-nodes (\"many\") must be a whole number\n"), err());
    err.reset();
    assertEquals(RosterCli.USAGE, cli.run("solve", problem, "--threads", "65"));
    assertTrue(err().startsWith("roster solve: --threads (\"65\") must be from 1 to 64\n"), err());
    err.reset();
    assertEquals(RosterCli.USAGE, cli.run("solve", problem, "--time-limit", "0s"));
    assertTrue(err().startsWith("roster solve: --time-limit (\"0s\") must be positive\n"), err());
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void solve_badTimeLimit_exitsTwo(@TempDir Path dir) {
    assertEquals(RosterCli.USAGE, cli.run("solve", dir.resolve("p.json").toString(), "--time-limit", "soon"));
    assertTrue(err().contains("--time-limit (\"soon\") must be a duration such as 60, 30s"), err());
  }

  @Test
  void duration_acceptsShortAndIsoForms() {
    assertEquals(Duration.ofSeconds(30), OptionValues.duration("30s"));
    assertEquals(Duration.ofMillis(500), OptionValues.duration("500ms"));
    assertEquals(Duration.ofMinutes(2), OptionValues.duration("2m"));
    assertEquals(Duration.ofSeconds(45), OptionValues.duration("PT45S"));
    assertEquals(Duration.ofSeconds(60), OptionValues.duration("60"));
  }
}
