package org.careroster.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careroster.constraints.RuleSets;
import org.careroster.core.Scenario;
import org.careroster.metrics.Kpi;
import org.careroster.metrics.Scorecard;
import org.careroster.metrics.UnitRecords;
import org.careroster.metrics.whatif.ScenarioResult;
import org.careroster.metrics.whatif.WhatIf;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;

/** The scorecard page in a browser engine: the table, one chart point per period with its value, the what-if table. */
class ScorecardPageTest {

  /** Two weeks of a ward of two, then three: full-time share 50 % and then 50 % of the permanent staff. */
  private static final String RECORDS = """
      {"unit": "ward-2", "name": "Avdeling <2>",
       "roles": [{"id": "nurse", "formalHealthEducation": true}, {"id": "assistant", "formalHealthEducation": false}],
       "periods": [
        {"label": "W45", "from": "2024-11-04", "to": "2024-11-10", "referenceDate": "2024-11-10",
         "employees": [
           {"id": "E1", "name": "A", "role": "nurse", "positionPercent": 100, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
           {"id": "E2", "name": "B", "role": "assistant", "positionPercent": 50, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5}],
         "workRecords": [{"employee": "E2", "date": "2024-11-05", "ordinary": "PT7H30M", "extra": "PT2H"}]},
        {"label": "W46", "from": "2024-11-11", "to": "2024-11-17", "referenceDate": "2024-11-17",
         "employees": [
           {"id": "E1", "name": "A", "role": "nurse", "positionPercent": 100, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
           {"id": "E2", "name": "B", "role": "assistant", "positionPercent": 100, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5}],
         "workRecords": [{"employee": "E1", "date": "2024-11-12", "ordinary": "PT7H30M", "overtime": "PT3H"}]}
       ]}
      """;

  private static HtmlPage load(String html) throws IOException {
    try (WebClient browser = new WebClient()) {
      return (HtmlPage) browser.loadWebResponseInto(
          new StringWebResponse(html, StandardCharsets.UTF_8, new URL("http://careroster.invalid/scorecard.html")), browser.getCurrentWindow());
    }
  }

  @Test
  void page_hasTheTableAndOneLabelledPointPerPeriodInEachChart() throws IOException {
    Scorecard card = Scorecard.of(UnitRecords.read(RECORDS));
    HtmlPage page = load(ScorecardPage.html(card, List.of(), RosterPage.Language.ENGLISH));

    assertTrue(page.getTitleText().contains("Avdeling <2>"), "the name is text: " + page.getTitleText());
    HtmlTableRow fullTime = page.getFirstByXPath("//table[@class='scorecard']//tr[@data-kpi='" + Kpi.FULL_TIME_SHARE.id() + "']");
    assertEquals("50.0 %", fullTime.getCell(1).asNormalizedText());
    assertEquals("100.0 %", fullTime.getCell(2).asNormalizedText());
    assertEquals("+50.0 pp", fullTime.getCell(3).asNormalizedText());
    List<DomElement> points = page.getByXPath("//figure[@data-kpi='" + Kpi.FULL_TIME_SHARE.id() + "']//*[local-name()='circle']");
    assertEquals(2, points.size(), "one point per period");
    assertEquals("50.0", points.get(0).getAttribute("data-value"));
    assertEquals("100.0", points.get(1).getAttribute("data-value"));
    assertTrue(Double.parseDouble(points.get(1).getAttribute("cy")) < Double.parseDouble(points.get(0).getAttribute("cy")), "higher is up");
    List<DomElement> labels = page.getByXPath("//figure[@data-kpi='" + Kpi.FULL_TIME_SHARE.id() + "']//*[local-name()='text' and @class='x-label']");
    assertEquals(List.of("W45", "W46"), labels.stream().map(DomElement::getTextContent).toList());
    assertEquals(card.rows().size(), page.getByXPath("//figure").size(), "a chart per KPI");
  }

  @Test
  void whatIfResults_areTabledWithBoundAndStatus() throws IOException {
    List<ScenarioResult> results = new WhatIf(RuleSets.kommuneDefault()).bounds(Wards.rotation(),
        List.of(Scenario.builder().name("every 2nd").weekendEvery(2).build()));
    HtmlPage page = load(ScorecardPage.html(Scorecard.of(UnitRecords.read(RECORDS)), results, RosterPage.Language.NYNORSK));
    assertEquals("nn", page.getDocumentElement().getAttribute("lang"));
    List<HtmlTableRow> rows = page.getByXPath("//table[@class='whatif']/tbody/tr");
    assertEquals(1, rows.size());
    assertEquals("every 2nd", rows.get(0).getCell(0).asNormalizedText());
    assertEquals(String.valueOf(results.get(0).bound().minimumHeads()), rows.get(0).getCell(2).asNormalizedText());
    assertEquals("BOUND", rows.get(0).getCell(5).asNormalizedText());
  }
}
