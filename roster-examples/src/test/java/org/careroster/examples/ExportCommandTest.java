package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster export ical|csv} and {@code validate --html} on the demo ward's base rotation. */
class ExportCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private String problemFile;
  private String rosterFile;

  @BeforeEach
  void writeFiles() throws IOException {
    RosterJson.strict().write(dir.resolve("problem.json"), DemoBase.PROBLEM);
    RosterJson.strict().write(dir.resolve("roster.json"), DemoBase.ROSTER);
    problemFile = dir.resolve("problem.json").toString();
    rosterFile = dir.resolve("roster.json").toString();
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ical_everyone_oneFileEachWithTheirShifts() throws IOException {
    Path target = dir.resolve("calendars");
    assertEquals(RosterCli.OK, cli.run("export", "ical", problemFile, rosterFile, "--out", target.toString()), err());
    try (var files = Files.list(target)) {
      assertEquals(DemoBase.PROBLEM.employees().size(), files.count());
    }
    String s1 = Files.readString(target.resolve("S1.ics"));
    assertEquals(DemoBase.ROSTER.assignmentsOf("S1").size(), s1.split("BEGIN:VEVENT", -1).length - 1);
    assertTrue(s1.contains("DTSTART;TZID=Europe/Oslo:"));
    assertEquals("", err(), "no log lines from the libraries");
  }

  @Test
  void ical_unknownEmployee_exitsTwoNothingWritten() {
    Path target = dir.resolve("x.ics");
    assertEquals(RosterCli.USAGE, cli.run("export", "ical", problemFile, rosterFile, "--employee", "X9", "--out", target.toString()));
    assertTrue(err().contains("--employee: \"X9\" is not an employee of"), err());
    assertFalse(Files.exists(target));
  }

  @Test
  void emptyRoster_exitsTwo() throws IOException {
    RosterJson.strict().write(dir.resolve("empty.json"), Roster.of(List.of()));
    Path target = dir.resolve("r.csv");
    assertEquals(RosterCli.USAGE, cli.run("export", "csv", problemFile, dir.resolve("empty.json").toString(), "--out", target.toString()));
    assertTrue(err().contains("the roster has no shifts to export"), err());
    assertFalse(Files.exists(target));
  }

  @Test
  void csv_oneRowPerShiftOrTheGrid() throws IOException {
    Path rows = dir.resolve("rows.csv");
    Path grid = dir.resolve("grid.csv");
    assertEquals(RosterCli.OK, cli.run("export", "csv", problemFile, rosterFile, "--out", rows.toString()), err());
    assertEquals(RosterCli.OK, cli.run("export", "csv", problemFile, rosterFile, "--grid", "--out", grid.toString()), err());
    assertEquals(DemoBase.ROSTER.assignments().size() + 1, Files.readAllLines(rows).size());
    List<String> gridLines = Files.readAllLines(grid);
    assertEquals(DemoBase.PROBLEM.employees().size() + 1, gridLines.size());
    assertEquals(2 + 42, gridLines.get(0).split(",").length, "id, name and the 42 dates of the rotation");
  }

  @Test
  void validateHtml_writesThePageInTheLanguageAsked() throws IOException {
    Path page = dir.resolve("page/roster.html");
    assertEquals(RosterCli.OK, cli.run("validate", problemFile, rosterFile, "--html", page.toString(), "--lang", "nn"), err());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nn\">"));
    assertTrue(html.contains("Ingrid Berg"));
    assertTrue(html.length() < 300_000, "the demo's page stays under 300 KB: " + html.length());
  }
}
