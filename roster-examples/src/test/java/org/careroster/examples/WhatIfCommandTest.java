package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careroster.core.CalendarRollout;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Scenario;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster whatif} on the demo ward: the bound grid, the formats and bad input. */
class WhatIfCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private String problemFile;

  @BeforeEach
  void writeProblem() throws IOException {
    RosterJson.strict().write(dir.resolve("problem.json"), BaseRotationWard.problem());
    problemFile = dir.resolve("problem.json").toString();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void boundOnly_gridOfTheDemoWard_givesTheWeekendArithmeticPerRow() {
    int status = cli.run("whatif", problemFile, "--weekend-every", "2,3,4", "--long-shifts", "on,off", "--bound-only", "--format", "csv");

    assertEquals(RosterCli.OK, status, err());
    List<String> lines = out().lines().toList();
    assertEquals("scenario,every,min_heads,max_avg_position_pct,max_full_time_pct,status,weekend_heads,full_time_pct,"
        + "avg_position_pct,avg_worked_pct,weekend_coverage_pct,vacant_shifts,long_shifts_per_consenting,"
        + "below_contract_h_week,above_contract_h_week,best,why", lines.get(0));
    assertEquals(7, lines.size(), "a header and 3 × 2 scenarios");
    // RULES.md §5.4: 7 people a weekend; every 2nd weekend 14 heads, 89 %; every 3rd 21 heads, 59 %.
    assertTrue(lines.get(1).startsWith("every 2nd weekend · long shifts,2,14,89.0,78.6,BOUND,"), lines.get(1));
    assertTrue(lines.get(1).contains(",*,"), "the largest full-time bound among those not short: " + lines.get(1));
    assertTrue(lines.get(3).startsWith("every 3rd weekend · long shifts,3,21,59.3,47.6,BOUND,"), lines.get(3));
    assertTrue(lines.get(4).contains("SHORT") && lines.get(4).contains("weekend cover needs 27 anyone at every 3rd weekend, the ward has 22"),
        lines.get(4));
    assertTrue(lines.get(5).startsWith("every 4th weekend (12 weeks) · long shifts,4,28,"), "6 weeks hold every 4th unevenly: " + lines.get(5));
  }

  @Test
  void scenarioFileAndJson_areReadAndWritten() throws IOException {
    Path scenarios = dir.resolve("scenarios.json");
    RosterJson.strict().write(scenarios, List.of(Scenario.builder().name("raise H9").addPositions(Scenario.Position.of("H9", 60)).build()));

    int status = cli.run("whatif", problemFile, scenarios.toString(), "--bound-only", "--format", "json");

    assertEquals(RosterCli.OK, status, err());
    JsonNode results = new ObjectMapper().readTree(out());
    assertEquals(1, results.size());
    assertEquals("raise H9", results.get(0).get("scenario").asText());
    assertEquals(3, results.get(0).get("weekendEvery").asInt(), "kommune-default's every 3rd weekend");
    assertEquals(21, results.get(0).get("bound").get("minimumHeads").asInt());
  }

  @Test
  void scenarioNamingAnUnknownEmployee_exitsTwo() throws IOException {
    Path scenarios = dir.resolve("scenarios.json");
    Files.writeString(scenarios, "[{\"name\": \"x\", \"remove\": [\"Z9\"]}]");
    assertEquals(RosterCli.USAGE, cli.run("whatif", problemFile, scenarios.toString(), "--bound-only"));
    assertEquals("roster whatif: " + scenarios + ": Scenario x: remove[0] (\"Z9\") is not an employee of the problem", err().strip());
  }

  @Test
  void badFrequencyOrCalendarProblem_exitsTwo() throws IOException {
    assertEquals(RosterCli.USAGE, cli.run("whatif", problemFile, "--weekend-every", "0", "--bound-only"));
    assertTrue(err().contains("must be a whole number from 1 to 8"), err());
    RosterJson.strict().write(dir.resolve("calendar.json"), CalendarRollout.problem(BaseRotationWard.problem(),
        PlanningHorizon.ofDays(BaseRotationWard.START, 14), List.of()));
    assertEquals(RosterCli.USAGE, cli.run("whatif", dir.resolve("calendar.json").toString(), "--bound-only"));
    assertTrue(err().contains("must be \"CYCLIC\""), err());
  }
}
