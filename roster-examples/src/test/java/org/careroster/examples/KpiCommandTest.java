package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careroster.metrics.Kpi;
import org.careroster.metrics.Scorecard;
import org.careroster.metrics.UnitRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kpi command and the two example data sets: the seeds' scorecards, to the precision they print. */
class KpiCommandTest {

  private static final Path HOME_CARE = Path.of("..", "examples", "kpi", "home-care-west.json");
  private static final Path SHORT_TERM = Path.of("..", "examples", "kpi", "short-term-ward.json");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Asserts that {@code kpi} rounds, per period, to the figures the seed prints (null: not printed). */
  private static void assertSeed(Scorecard card, Kpi kpi, String... published) {
    for (int i = 0; i < published.length; i++) {
      Optional<BigDecimal> value = card.row(kpi).values().get(i);
      if (published[i] == null) {
        continue;
      }
      BigDecimal seed = new BigDecimal(published[i]);
      BigDecimal rounded = value.orElseThrow(() -> new AssertionError(kpi + " missing")).setScale(seed.scale(), RoundingMode.HALF_UP);
      assertEquals(seed, rounded, kpi + " in " + card.columns().get(i).label() + ": " + value.get());
    }
  }

  @Test
  void homeCareWest_reproducesTheSeedScorecard() throws IOException {
    Scorecard card = Scorecard.of(UnitRecords.read(HOME_CARE));
    assertSeed(card, Kpi.STAFF, "45", "47", "45");
    assertSeed(card, Kpi.FULL_TIME_SHARE, "31", "36", "42");
    assertSeed(card, Kpi.AVERAGE_POSITION_SIZE, "80", "79", "79");
    assertSeed(card, Kpi.SICK_LEAVE, "15", "9", "10.5");
    assertSeed(card, Kpi.EXTRA_AND_OVERTIME_HOURS, "2503", "1461", "1016");
    assertSeed(card, Kpi.OVERTIME_HOURS, "341", "191", "65");
    assertSeed(card, Kpi.FORMAL_EDUCATION_SHARE, "71", "87", "87");
    assertSeed(card, Kpi.WEEKEND_HOURS_COVERAGE, null, "68", "82");
    assertTrue(card.row(Kpi.WEEKEND_HOURS_COVERAGE).values().get(0).isEmpty());
  }

  @Test
  void shortTermWard_reproducesTheSeedScorecard() throws IOException {
    Scorecard card = Scorecard.of(UnitRecords.read(SHORT_TERM));
    assertSeed(card, Kpi.STAFF, "22", "41", "39");
    assertSeed(card, Kpi.FULL_TIME_SHARE, "45", "44", "44");
    assertSeed(card, Kpi.AVERAGE_POSITION_SIZE, "85", "77", "86");
    assertSeed(card, Kpi.SICK_LEAVE, "18", "8", "6.5");
    assertSeed(card, Kpi.EXTRA_AND_OVERTIME_HOURS, "1033", "1667", "1029");
    assertSeed(card, Kpi.OVERTIME_HOURS, "161", "266", "93");
    assertSeed(card, Kpi.FORMAL_EDUCATION_SHARE, "91", "88", "85");
    assertSeed(card, Kpi.WEEKEND_HOURS_COVERAGE, null, "67", "74");
  }

  @Test
  void kpi_text_printsRowsChangesAndNotes() {
    assertEquals(RosterCli.OK, cli.run("kpi", HOME_CARE.toString()), err());
    String text = out();
    assertTrue(text.startsWith("Scorecard (målekort): Heimetenesta vest (home-care-west)"), text);
    assertTrue(text.contains("Full-time share                       31.1 %     36.2 %    +5.1 pp     42.2 %    +6.0 pp"), text);
    assertTrue(text.contains("Extra hours and overtime              2503 h     1461 h    −1042 h     1016 h     −445 h"), text);
    assertTrue(text.contains("Sick leave: day works (SSB/NAV)"), text);
  }

  @Test
  void kpi_html_writesTheScorecardPageWithAChartPointPerPeriod(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("scorecard.html");
    assertEquals(RosterCli.OK, cli.run("kpi", HOME_CARE.toString(), "--html", page.toString()), err());
    String html = java.nio.file.Files.readString(page);
    assertTrue(html.contains("<figure data-kpi=\"" + Kpi.FULL_TIME_SHARE.id() + "\">"), html);
    int figure = html.indexOf("<figure data-kpi=\"" + Kpi.FULL_TIME_SHARE.id() + "\">");
    String chart = html.substring(figure, html.indexOf("</figure>", figure));
    assertEquals(3, chart.split("<circle", -1).length - 1, "three periods, three points");
    assertTrue(chart.contains("data-value=\"31.1\"") && chart.contains("data-value=\"42.2\""), chart);
  }

  @Test
  void kpi_markdown_printsATable() {
    assertEquals(RosterCli.OK, cli.run("kpi", SHORT_TERM.toString(), "--format", "markdown"), err());
    assertTrue(out().contains("| KPI | Nov 2023 | Nov 2024 | change | May 2025 | change |"), out());
    assertTrue(out().contains("| Sick leave | 18.0 % | 8.0 % | −10.0 pp | 6.5 % | −1.5 pp |"), out());
  }

  @Test
  void kpi_csv_printsOneLinePerKpi() {
    assertEquals(RosterCli.OK, cli.run("kpi", HOME_CARE.toString(), "--format", "CSV"), err());
    List<String> lines = out().lines().toList();
    assertEquals("kpi,label,unit,Nov 2023,Nov 2024,change Nov 2024,May 2025,change May 2025", lines.get(0));
    assertEquals(Kpi.values().length + 1, lines.size());
    assertTrue(lines.contains("weekend-hours-coverage,Weekend hours coverage,percent,,68.0,,82.3,14.3"), out());
    assertTrue(lines.contains("overtime-hours,Overtime only,hours,341,191,-150,65,-126"), out());
  }

  @Test
  void kpi_json_givesValuesExactValuesAndChanges() throws IOException {
    assertEquals(RosterCli.OK, cli.run("kpi", HOME_CARE.toString(), "--format", "json"), err());
    JsonNode root = new ObjectMapper().readTree(out());
    assertEquals("home-care-west", root.get("unit").asText());
    assertEquals("2024-11-30", root.at("/periods/1/referenceDate").asText());
    JsonNode sick = root.at("/rows/3");
    assertEquals("sick-leave", sick.get("kpi").asText());
    assertEquals(new BigDecimal("10.5"), sick.at("/values/2").decimalValue());
    assertEquals(new BigDecimal("1.5"), sick.at("/changes/2").decimalValue());
    assertTrue(sick.at("/changes/0").isNull());
    assertTrue(root.at("/rows/7/values/0").isNull()); // weekend coverage, no rotation in Nov 2023
  }

  @Test
  void kpi_unknownEmployeeInRecords_exitsTwoWithThePath(@TempDir Path dir) throws IOException {
    String json = Files.readString(SHORT_TERM, StandardCharsets.UTF_8).replaceFirst("\"employee\": \"KT005\", \"date\"", "\"employee\": \"KT999\", \"date\"");
    Path bad = dir.resolve("records.json");
    Files.writeString(bad, json, StandardCharsets.UTF_8);
    assertEquals(RosterCli.USAGE, cli.run("kpi", bad.toString()));
    assertTrue(err().contains("$.periods[0].workRecords[") && err().contains(".employee: \"KT999\" is not an employee of the period"), err());
  }

  @Test
  void kpi_badArguments_exitTwo() {
    assertEquals(RosterCli.USAGE, cli.run("kpi"));
    assertTrue(err().contains("roster kpi: Missing required parameter: 'RECORDS.json'"), err());
    assertEquals(RosterCli.USAGE, cli.run("kpi", HOME_CARE.toString(), "--format", "pdf"));
    assertTrue(err().contains("--format (\"pdf\") must be one of text, markdown, csv, json"), err());
    assertEquals(RosterCli.USAGE, cli.run("kpi", "no-such-file.json"));
    assertTrue(err().contains("cannot read no-such-file.json"), err());
  }
}
