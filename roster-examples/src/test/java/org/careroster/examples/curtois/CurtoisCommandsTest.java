package org.careroster.examples.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.ValidationReport;
import org.careroster.examples.RosterCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster curtois} and {@code ./roster curtois-suite}. */
class CurtoisCommandsTest {

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

  private static Path small(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, CurtoisInstanceTest.SMALL, StandardCharsets.US_ASCII);
    return file;
  }

  @Test
  void curtois_writesSolutionAndPrintsTheValidatorsObjective(@TempDir Path dir) throws IOException {
    Path instance = small(dir, "Small.txt");
    Path solution = dir.resolve("small.csv");
    int status =
        cli.run("curtois", instance.toString(), "--time-limit", "3", "--threads", "1", "--out", solution.toString());
    assertEquals(RosterCli.OK, status, err());
    Matcher json =
        Pattern.compile(
                "\\{\"instance\":\"Small\",\"objective\":(\\d+),\"hardViolations\":0,\"status\":\"(FEASIBLE|OPTIMAL)\","
                    + "\"elapsedS\":[0-9.]+,\"timeToBestS\":[0-9.]+\\}\\R")
            .matcher(out());
    assertTrue(json.matches(), out());
    // The printed objective is the validator's score of the file on disk.
    CurtoisInstance parsed = CurtoisInstanceTest.small();
    ValidationReport report =
        RosterValidator.validate(
            parsed.problem(),
            CurtoisSolution.parse(parsed, "small.csv", Files.readString(solution, StandardCharsets.US_ASCII)),
            parsed.rules());
    assertEquals(Long.parseLong(json.group(1)), report.softPenalty());
    assertTrue(Files.readString(solution).startsWith("employee,0,1,2,3,4,5,6\nA,"));
  }

  @Test
  void curtois_withoutOut_exitsTwo(@TempDir Path dir) throws IOException {
    assertEquals(RosterCli.USAGE, cli.run("curtois", small(dir, "Small.txt").toString()));
    assertTrue(err().contains("roster curtois: Missing required option: '--out=SOLUTION.csv'"), err());
  }

  @Test
  void curtois_outIsADirectory_exitsTwoBeforeSolving(@TempDir Path dir) throws IOException {
    Path instance = small(dir, "Small.txt");
    assertEquals(RosterCli.USAGE,
        cli.run("curtois", instance.toString(), "--time-limit", "1h", "--out", dir.toString()));
    assertEquals("roster curtois: cannot write " + dir + ": it is a directory\n", err());
    assertEquals("", out());
  }

  @Test
  void curtois_badInstance_namesTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Bad.txt");
    Files.writeString(file, CurtoisInstanceTest.SMALL.replace("A,6\r\n", "A,x\r\n"));
    assertEquals(RosterCli.USAGE, cli.run("curtois", file.toString(), "--out", dir.resolve("s.csv").toString()));
    assertTrue(err().contains("Bad.txt:15: a day index (\"x\") must be a whole number"), err());
  }

  @Test
  void curtois_badOption_exitsTwo(@TempDir Path dir) throws IOException {
    assertEquals(
        RosterCli.USAGE,
        cli.run("curtois", small(dir, "Small.txt").toString(), "--threads", "0", "--out", "x.csv"));
    assertTrue(err().contains("--threads (\"0\") must be from 1 to 64"), err());
  }

  @Test
  void suite_printsATableRowPerInstance(@TempDir Path dir) throws IOException {
    Path instances = Files.createDirectory(dir.resolve("instances"));
    small(instances, "Instance1.txt");
    Files.writeString(instances.resolve("notes.txt"), "not an instance");
    Path table = dir.resolve("table.md");
    int status =
        cli.run(
            "curtois-suite", instances.toString(), "--time-limit", "2", "--threads", "1", "--out", table.toString());
    assertEquals(RosterCli.OK, status, err());
    String written = Files.readString(table);
    assertTrue(written.contains("| Instance | Objective | Best known | Gap % |"), written);
    // The hand-made week stands in for Instance1 here: the row compares it with 607.
    assertTrue(Pattern.compile("\\| Instance1 \\| \\d+ \\| 607 \\| -?[0-9.]+ \\| 607 \\|").matcher(written).find(), written);
    assertTrue(Files.exists(dir.resolve("Instance1.csv")));
  }

  @Test
  void suite_emptyDirectory_exitsTwo(@TempDir Path dir) {
    assertEquals(RosterCli.USAGE, cli.run("curtois-suite", dir.toString()));
    assertTrue(err().contains("holds no InstanceN.txt file"), err());
  }
}
