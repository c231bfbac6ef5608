package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster repair} and {@code ./roster candidates} on the demo ward's published roster. */
class SickCallCommandsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private String problemFile;
  private String rosterFile;
  private String sick;

  @BeforeEach
  void writeFiles() throws IOException {
    RosterJson json = RosterJson.strict();
    json.write(dir.resolve("problem.json"), SickCalls.PROBLEM);
    json.write(dir.resolve("roster.json"), SickCalls.PUBLISHED);
    problemFile = dir.resolve("problem.json").toString();
    rosterFile = dir.resolve("roster.json").toString();
    sick = SickCalls.on(SickCalls.TUESDAY, "D").get(0);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void repair_threeDaySickLeave_printsChangesAndWritesTheNewRoster() throws IOException {
    Path newRoster = dir.resolve("new.json");
    int status = cli.run("repair", problemFile, rosterFile, "--absent", sick + ":2027-01-12..2027-01-14",
        "--out", newRoster.toString());

    String printed = out();
    assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, err());
    assertTrue(printed.contains("Sick: " + sick + " from 2027-01-12 to 2027-01-14"), printed);
    assertTrue(printed.contains("  - " + sick + " "), printed);
    assertTrue(printed.contains("  + "), printed);
    assertTrue(printed.contains("Wrote " + newRoster), printed);
    Problem problem = RosterJson.strict().readProblem(Path.of(problemFile));
    Roster repaired = RosterJson.strict().readRoster(newRoster, problem);
    for (Assignment a : repaired.assignmentsOf(sick)) {
      assertTrue(a.date().isBefore(SickCalls.TUESDAY) || a.date().isAfter(SickCalls.TUESDAY.plusDays(2)), a.toString());
    }
    if (status == RosterCli.FAILED) {
      assertTrue(printed.contains("Vacant shifts: ") && printed.contains("Candidates for "), printed);
    } else {
      assertTrue(printed.contains("Vacant shifts: none"), printed);
    }
  }

  @Test
  void candidates_sickCall_printsRankedListWithAgencyLastAndWhoIsLeftOut() {
    int status = cli.run("candidates", problemFile, rosterFile, "--shift", "2027-01-12:D", "--absent", sick + ":2027-01-12");

    assertEquals(RosterCli.OK, status, err());
    String printed = out();
    assertTrue(printed.contains("Candidates for D on 2027-01-12 in solbakken-2:"), printed);
    assertTrue(printed.contains("  1. "), printed);
    assertTrue(printed.contains("extra hours (meirarbeid), +7 h 30 min"), printed);
    assertTrue(printed.contains("cost 7.50 h of ordinary pay (pay 7.50 + supplement 0.00)"), printed);
    assertTrue(printed.contains("agency (innleie): agency, +7 h 30 min; cost 15.00 h of ordinary pay"), printed);
    assertTrue(printed.contains("    " + sick + ": would break availability"), printed);
  }

  @Test
  void candidates_badShift_exitsTwoNamingTheValueAndKnownCodes() {
    assertEquals(RosterCli.USAGE, cli.run("candidates", problemFile, rosterFile, "--shift", "2027-01-12:X"));
    assertTrue(err().contains("--shift (\"2027-01-12:X\"): the problem has no shift type \"X\"; known: D, A, N"), err());
  }

  @Test
  void candidates_dateOutsideHorizon_exitsTwo() {
    assertEquals(RosterCli.USAGE, cli.run("candidates", problemFile, rosterFile, "--shift", "2027-03-01:D"));
    assertTrue(err().contains("2027-03-01 lies outside the planning horizon"), err());
  }

  @Test
  void candidates_withoutShift_exitsTwoWithUsage() {
    assertEquals(RosterCli.USAGE, cli.run("candidates", problemFile, rosterFile));
    assertTrue(err().contains("roster candidates: Missing required option: '--shift=DATE:SHIFT'"), err());
  }

  @Test
  void repair_unknownEmployee_exitsTwoListingKnownIds() {
    assertEquals(RosterCli.USAGE, cli.run("repair", problemFile, rosterFile, "--absent", "E77:2027-01-12"));
    assertTrue(err().contains("--absent (\"E77:2027-01-12\"): the problem has no employee \"E77\"; known: E1, E2"), err());
  }

  @Test
  void repair_malformedOrReversedAbsence_exitsTwo() {
    assertEquals(RosterCli.USAGE, cli.run("repair", problemFile, rosterFile, "--absent", "E7-2027-01-12"));
    assertTrue(err().contains("must be EMPLOYEE:FROM..TO or EMPLOYEE:DATE"), err());
    assertEquals(RosterCli.USAGE, cli.run("repair", problemFile, rosterFile, "--absent", "E7:2027-01-14..2027-01-12"));
    assertTrue(err().contains("the last day 2027-01-12 is before the first 2027-01-14"), err());
    assertEquals(RosterCli.USAGE, cli.run("repair", problemFile, rosterFile, "--absent", "E7:2027-13-01"));
    assertTrue(err().contains("\"2027-13-01\" is not a date such as 2027-01-12"), err());
  }

  @Test
  void repair_withoutAbsence_exitsTwo() {
    assertEquals(RosterCli.USAGE, cli.run("repair", problemFile, rosterFile));
    assertTrue(err().contains("roster repair: Missing required option: '--absent=EMPLOYEE:FROM..TO'"), err());
  }

  @Test
  void help_listsTheNewCommands() {
    assertEquals(RosterCli.OK, cli.run("--help"));
    assertTrue(out().contains("\n  repair         Repair a published roster after sick calls"), out());
    assertTrue(out().contains("\n  candidates     Rank who could take one shift"), out());
  }

  @Test
  void help_ofEachCommand_showsItsSynopsis() {
    assertEquals(RosterCli.OK, cli.run("repair", "--help"));
    assertTrue(out().startsWith("Usage: roster repair PROBLEM.json ROSTER.json --absent EMPLOYEE:FROM..TO"), out());
    out.reset();
    assertEquals(RosterCli.OK, cli.run("help", "candidates"));
    assertTrue(out().startsWith("Usage: roster candidates PROBLEM.json ROSTER.json --shift DATE:SHIFT"), out());
    assertTrue(out().contains("--absent=EMPLOYEE:FROM..TO"), out());
  }
}
