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
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents a careless or hostile client hands the command line: each is exit 2 with the file,
 * the JSON path and the value on stderr, no stack trace, and no output file written.
 */
class HostileInputCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private Path problem;
  private String problemJson;

  @BeforeEach
  void writeProblem() throws IOException {
    problem = dir.resolve("problem.json");
    problemJson = RosterJson.strict().write(DemoWard.problem());
    Files.writeString(problem, problemJson, StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** {@code solve} on {@code content} as the problem: exit 2, each fragment on stderr, no roster written. */
  private void assertSolveRejects(byte[] content, String... fragments) throws IOException {
    Files.write(problem, content);
    Path roster = dir.resolve("roster.json");
    int status = cli.run(new String[] {"solve", problem.toString(), "--out", roster.toString(), "--max-nodes", "100"});
    assertEquals(RosterCli.USAGE, status, err());
    for (String fragment : fragments) {
      assertTrue(err().contains(fragment), () -> "no '" + fragment + "' in: " + err());
    }
    assertFalse(err().contains("Exception"), err());
    assertFalse(err().contains("\tat "), err());
    assertFalse(Files.exists(roster));
  }

  @Test
  void solve_documentThatIsNull_exitsTwoNamingTheRoot() throws IOException {
    assertSolveRejects("null".getBytes(StandardCharsets.UTF_8), "$: null is not");
  }

  @Test
  void solve_extremeExponentInAPosition_exitsTwoNamingTheField() throws IOException {
    String hostile = problemJson.replaceFirst("\"positionPercent\" : [0-9.]+", "\"positionPercent\" : 1e-1000000000")
        .replaceFirst("\"positionPercent\": [0-9.]+", "\"positionPercent\": 1e-1000000000");
    assertTrue(hostile.contains("1e-1000000000"), "fixture must hold the exponent");
    assertSolveRejects(hostile.getBytes(StandardCharsets.UTF_8), "$.employees[0].positionPercent", "out of range");
  }

  @Test
  void solve_durationAsNumber_exitsTwoNamingTheField() throws IOException {
    String hostile = problemJson.replaceFirst("\"duration\": \"PT[0-9HM]+\"", "\"duration\": 7.5");
    assertTrue(hostile.contains("\"duration\": 7.5"), "fixture must hold the number");
    assertSolveRejects(hostile.getBytes(StandardCharsets.UTF_8), "$.shiftTypes[0].duration", "7.5", "ISO-8601 duration");
  }

  @Test
  void solve_latin1File_exitsTwoNamingTheFileAndTheByte() throws IOException {
    String withLetters = problemJson.replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"Åse Bø\"");
    assertSolveRejects(withLetters.getBytes(StandardCharsets.ISO_8859_1), problem.toString(), "is not UTF-8", "0xC5");
  }

  @Test
  void solve_utf8WithByteOrderMark_isRead() throws IOException {
    Files.write(problem, ("\uFEFF" + problemJson).getBytes(StandardCharsets.UTF_8));
    Path roster = dir.resolve("roster.json");
    int status = cli.run(new String[] {"validate", problem.toString(), writeEmptyRoster().toString()});
    assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, err());
    assertFalse(Files.exists(roster));
  }

  @Test
  void solve_dateTimeWhereADateBelongs_exitsTwoNamingTheField() throws IOException {
    String hostile = problemJson.replaceFirst("\"start\": \"(\\d{4}-\\d{2}-\\d{2})\"", "\"start\": \"$1T00:00\"");
    assertTrue(hostile.contains("T00:00"), "fixture must hold the date-time");
    assertSolveRejects(hostile.getBytes(StandardCharsets.UTF_8), "$.horizon.start", "ISO-8601 date");
  }

  @Test
  void validate_contradictoryRules_exitsTwoNamingBothFields() throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"name\": \"local\", \"rules\": [{\"rule\": \"total-hours-per-day\", \"maximum\": \"PT12H\"},"
        + " {\"rule\": \"ordinary-hours-per-day\", \"maximum\": \"PT13H\"}]}", StandardCharsets.UTF_8);
    int status = cli.run(new String[] {"validate", problem.toString(), writeEmptyRoster().toString(), "--rules", rules.toString()});
    assertEquals(RosterCli.USAGE, status, err());
    for (String fragment : new String[] {"rules.json", "$.rules[1].maximum", "\"PT13H\"", "total-hours-per-day", "\"PT12H\""}) {
      assertTrue(err().contains(fragment), () -> "no '" + fragment + "' in: " + err());
    }
  }

  @Test
  void validate_nullForAFieldWithADefault_readsTheDefault() throws IOException {
    String withNull = problemJson.replaceFirst("\"worksNights\": (true|false)", "\"worksNights\": null");
    assertTrue(withNull.contains("\"worksNights\": null"), "fixture must hold the null");
    Files.writeString(problem, withNull, StandardCharsets.UTF_8);
    int status = cli.run(new String[] {"validate", problem.toString(), writeEmptyRoster().toString()});
    assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, err());
    assertFalse(err().contains("worksNights"), err());
  }

  private Path writeEmptyRoster() throws IOException {
    Path roster = dir.resolve("empty.json");
    Files.writeString(roster, "{\"assignments\": []}", StandardCharsets.UTF_8);
    return roster;
  }
}
