package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demo_plansTheBaseRotationLawfullyAndWritesItsFiles(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("new-dir");
    assertEquals(RosterCli.OK, cli.run("demo", "--out", target.toString()), err());
    String printed = out();
    Problem problem = BaseRotationWard.problem();
    for (Employee employee : problem.employees()) {
      assertTrue(printed.contains(employee.id() + " ") && printed.contains(employee.name()), employee.id());
    }
    assertTrue(printed.contains("Rule set: kommune-default"), printed);
    assertTrue(printed.contains("Validation: 0 hard violations"), printed);
    assertTrue(printed.contains("Full-time share:             3 of 22 (13.6 %)"), printed);
    assertTrue(printed.contains("Summer 2027: 22 main holidays of three weeks between 2027-06-01 and 2027-09-30"), printed);
    assertTrue(printed.matches("(?s).*at most off on one day: \\d of 7 assistant, \\d of 10 health-worker, \\d of 5 nurse\n.*"),
        printed);
    assertTrue(printed.contains("Average position size:       56.6 %"), printed);
    assertTrue(printed.contains("  every 2nd weekend: 14 heads (the ward has 22), at most 89.0 % average, 78.6 % full-time\n"), printed);
    assertTrue(printed.contains("  every 3rd weekend: 21 heads (the ward has 22), at most 59.3 % average, 47.6 % full-time\n"), printed);
    assertTrue(printed.contains("  every 4th weekend (12 weeks): 28 heads (the ward has 22), at most 44.5 % average, 35.7 % full-time - short"),
        printed);
    assertTrue(printed.contains("Weekend hours coverage:      100.0 %"), printed);
    RosterJson json = RosterJson.strict();
    assertEquals(problem, json.readProblem(target.resolve("problem.json")));
    Roster roster = json.readRoster(target.resolve("roster.json"), problem);
    RuleSet rules = json.read(Files.readString(target.resolve("rules.json")), RuleSet.class);
    assertEquals(RuleSets.kommuneDefault(), rules);
    assertEquals(0, RosterValidator.validate(problem, roster, rules).hardViolationCount());
    String page = Files.readString(target.resolve("roster.html"));
    assertTrue(page.contains("Ingrid Berg") && page.length() < 300_000, "the roster page, under 300 KB: " + page.length());
    String scorecard = Files.readString(target.resolve("scorecard.html"));
    assertTrue(scorecard.contains("<table class=\"whatif\">") && scorecard.length() < 300_000, "the scorecard page with the what-if rows");
    try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
      assertEquals(List.of(target), entries.toList(), "no staging directory left beside it");
    }
    assertTrue(err().startsWith("roster demo: first roster after "), err());
    assertTrue(err().lines().count() <= 2, "a few progress lines, not one per improvement: " + err());
  }

  @Test
  void demoWard_meetsTheIssueShape() {
    Problem problem = DemoWard.problem();
    assertTrue(problem.employees().size() >= 12);
    assertEquals(14, problem.horizon().days());
    assertEquals(3, problem.shiftTypes().size());
    assertEquals(3, problem.employees().stream().map(Employee::role).distinct().count());
  }

  @Test
  void grid_emptyRoster_showsDotsAndZeroHours() {
    Problem problem = DemoWard.problem(2);
    Roster empty = Roster.of(List.of());
    String grid = RosterGrid.render(problem, empty);
    assertTrue(grid.contains("E1   Ingrid Berg       nurse         100    .   .      0.0"), grid);
    assertTrue(RosterValidator.validate(problem, empty, RuleSets.basic()).hardViolationCount() > 0);
  }

  @Test
  void help_listsCommands() {
    assertEquals(RosterCli.OK, cli.run("--help"));
    assertTrue(out().startsWith("Usage: roster [-hV] COMMAND"), out());
    for (String command : List.of("demo", "solve", "validate", "repair", "candidates", "rollout", "kpi", "curtois",
        "curtois-suite", "help")) {
      assertTrue(out().contains("\n  " + command + " "), command + " in " + out());
    }
    assertTrue(out().contains("Exit status: 0 success; 1 a hard rule broken"), out());
  }

  @Test
  void help_asCommandOrWithoutArguments_listsTheSameCommands() {
    assertEquals(RosterCli.OK, cli.run("--help"));
    String help = out();
    out.reset();
    assertEquals(RosterCli.OK, cli.run("help"));
    assertEquals(help, out());
    out.reset();
    assertEquals(RosterCli.OK, cli.run());
    assertEquals(help, out());
  }

  @Test
  void version_printsTheProjectVersionOfTheBuild() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("<artifactId>roster-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertTrue(version.find(), pom);
    assertEquals(RosterCli.OK, cli.run("--version"));
    assertEquals("roster " + version.group(1) + "\n", out());
    out.reset();
    assertEquals(RosterCli.OK, cli.run("solve", "--version"));
    assertEquals("roster " + version.group(1) + "\n", out());
  }

  @Test
  void unknownCommand_exitsTwoWithASuggestion() {
    assertEquals(RosterCli.USAGE, cli.run("slove"));
    assertTrue(err().startsWith("roster: Unknown subcommand 'slove'. Did you mean: solve"), err());
    assertEquals("", out());
  }

  @Test
  void demo_withUnknownOption_exitsTwoNamingIt() {
    assertEquals(RosterCli.USAGE, cli.run("demo", "--fast"));
    assertTrue(err().startsWith("roster demo: Unknown option: '--fast'."), err());
    assertTrue(err().contains("Try 'roster demo --help' for more information."), err());
  }

  @Test
  void validate_demoFilesWithSavedBasicRules_exitsZeroWithTotals(@TempDir Path dir) throws IOException {
    writeDemoFiles(dir);
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, RosterJson.strict().write(RuleSets.basic()));
    out.reset();
    assertEquals(
        RosterCli.OK,
        cli.run(
            "validate", dir.resolve("problem.json").toString(), dir.resolve("roster.json").toString(),
            "--rules", rules.toString()),
        err());
    assertTrue(out().contains("Rule set: basic"), out());
    assertTrue(out().contains("Validation: 0 hard violations"), out());
    assertTrue(out().contains("daily-rest"), out());
  }

  /** The two-week sample ward and a lawful roster for it as problem.json and roster.json. */
  private static void writeDemoFiles(Path dir) throws IOException {
    Problem problem = DemoWard.problem();
    Roster roster =
        new RosterSolver()
            .solve(problem, RuleSets.basic(), SolverOptions.builder().maxNodes(3_000).seed(1).build())
            .roster()
            .orElseThrow();
    RosterJson.strict().write(dir.resolve("problem.json"), problem);
    RosterJson.strict().write(dir.resolve("roster.json"), roster);
  }

  /** The demo problem and a roster where E1 rests 9 h 30 min (A Monday, D Tuesday). */
  private static Path[] quickReturn(Path dir) throws IOException {
    Problem problem = DemoWard.problem();
    LocalDate monday = problem.horizon().start();
    Roster roster =
        Roster.of(
            ImmutableList.of(
                Assignment.of("E1", monday, "A"),
                Assignment.of("E1", monday.plusDays(1), "D")));
    Path problemFile = dir.resolve("problem.json");
    Path rosterFile = dir.resolve("roster.json");
    RosterJson.strict().write(problemFile, problem);
    RosterJson.strict().write(rosterFile, roster);
    return new Path[] {problemFile, rosterFile};
  }

  @Test
  void validate_quickReturn_exitsOneExplainingIt(@TempDir Path dir) throws IOException {
    Path[] files = quickReturn(dir);
    assertEquals(RosterCli.FAILED, cli.run("validate", files[0].toString(), files[1].toString()), err());
    assertTrue(out().contains("Rule set: kommune-default"), out());
    assertTrue(
        out().contains(
            "[daily-rest, hard] E1 rests 9 h 30 min between A on 2027-01-04 (ends 22:00) and D on"
                + " 2027-01-05 (starts 07:30); minimum is 11 h (aml § 10-8 (1))."),
        out());
  }

  @Test
  void validate_formatJson_writesRuleSeverityEmployeeDateMessage(@TempDir Path dir) throws IOException {
    Path[] files = quickReturn(dir);
    assertEquals(
        RosterCli.FAILED,
        cli.run("validate", files[0].toString(), files[1].toString(), "--format", "json"),
        err());
    JsonNode report =
        new ObjectMapper().readTree(out());
    assertEquals("kommune-default", report.get("ruleSet").asText());
    JsonNode first = null;
    for (JsonNode v : report.get("violations")) {
      if (v.get("rule").asText().equals("daily-rest")) {
        first = v;
      }
    }
    assertTrue(first != null, out());
    assertEquals("hard", first.get("severity").asText());
    assertEquals("E1", first.get("employee").asText());
    assertEquals("2027-01-05", first.get("date").asText());
    assertEquals(570, first.get("measured").asInt());
    assertTrue(first.get("message").asText().startsWith("E1 rests 9 h 30 min"), out());
    assertTrue(first.get("messageNynorsk").asText().startsWith("E1 kviler 9 t 30 min"), out());
    assertTrue(report.get("hardViolations").asInt() >= 1, out());
  }

  @Test
  void validate_unknownFormat_exitsTwo(@TempDir Path dir) throws IOException {
    Path[] files = quickReturn(dir);
    assertEquals(
        RosterCli.USAGE, cli.run("validate", files[0].toString(), files[1].toString(), "--format", "xml"));
    assertTrue(err().contains("roster validate: --format (\"xml\") must be text or json"), err());
  }

  @Test
  void validate_badRulesFile_exitsTwoNamingPath(@TempDir Path dir) throws IOException {
    Path[] files = quickReturn(dir);
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"name\": \"local\", \"rules\": [{\"rule\": \"daily-rest\", \"minimum\": \"PT0S\"}]}");
    assertEquals(
        RosterCli.USAGE,
        cli.run("validate", files[0].toString(), files[1].toString(), "--rules", rules.toString()));
    assertTrue(err().contains("rules.json: $.rules[0].minimum: \"PT0S\" must be more than 0"), err());
  }

  @Test
  void validate_positionAbove100_exitsTwoNamingPathAndValue(@TempDir Path dir) throws IOException {
    writeDemoFiles(dir);
    Path problem = dir.resolve("problem.json");
    Files.writeString(problem, Files.readString(problem).replaceFirst("\"positionPercent\": 100.0", "\"positionPercent\": 120"));
    int status = cli.run("validate", problem.toString(), dir.resolve("roster.json").toString());
    assertEquals(RosterCli.USAGE, status);
    assertTrue(
        err().contains("$.employees[0].positionPercent: 120 must be between 0 and 100"), err());
  }

  @Test
  void validate_unknownShiftInRoster_exitsTwoNamingPath(@TempDir Path dir) throws IOException {
    writeDemoFiles(dir);
    Path roster = dir.resolve("roster.json");
    Files.writeString(roster, Files.readString(roster).replaceFirst("\"shift\": \"D\"", "\"shift\": \"X\""));
    assertEquals(
        RosterCli.USAGE, cli.run("validate", dir.resolve("problem.json").toString(), roster.toString()));
    assertTrue(err().contains("roster.json: $.assignments[0].shift: \"X\" is not a shift type"), err());
  }

  @Test
  void validate_malformedJson_exitsTwo(@TempDir Path dir) throws IOException {
    Path problem = dir.resolve("problem.json");
    Files.writeString(problem, "{\"horizon\": ");
    assertEquals(RosterCli.USAGE, cli.run("validate", problem.toString(), problem.toString()));
    assertTrue(err().contains("$: malformed JSON at line 1"), err());
  }

  @Test
  void validate_missingFile_exitsTwo(@TempDir Path dir) {
    assertEquals(
        RosterCli.USAGE,
        cli.run("validate", dir.resolve("none.json").toString(), dir.resolve("none.json").toString()));
    assertTrue(err().contains("cannot read"), err());
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
