package org.careroster.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableCell;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;

/** The roster page loaded in a browser engine (HtmlUnit): the DOM a ward manager sees. */
class RosterPageTest {

  private static HtmlPage load(String html) throws IOException {
    try (WebClient browser = new WebClient()) {
      browser.getOptions().setJavaScriptEnabled(true);
      browser.getOptions().setCssEnabled(true);
      StringWebResponse response = new StringWebResponse(html, StandardCharsets.UTF_8, new URL("http://careroster.invalid/roster.html"));
      return browser.loadWebResponseInto(response, browser.getCurrentWindow()) instanceof HtmlPage page ? page : null;
    }
  }

  private static final Problem WARD = Wards.ward();
  private static final Roster ROSTER = Wards.roster();
  private static final ValidationReport REPORT = RosterValidator.validate(WARD, ROSTER, RuleSets.workingEnvironmentAct());

  @Test
  void grid_hasOneRowPerEmployeeAndOneColumnPerDate() throws IOException {
    HtmlPage page = load(RosterPage.html(WARD, ROSTER, REPORT, RosterPage.Language.ENGLISH));
    assertEquals("en", page.getDocumentElement().getAttribute("lang"));
    List<HtmlTableRow> rows = page.getByXPath("//tbody/tr");
    assertEquals(3, rows.size());
    for (HtmlTableRow row : rows) {
      assertEquals(1 + 7 + 5, row.getCells().size(), "name, seven dates, five totals");
    }
    List<DomElement> dateHeaders = page.getByXPath("//thead/tr[2]/th[@scope='col']");
    assertEquals(1 + 7 + 5, dateHeaders.size());
    HtmlTableRow first = rows.get(0);
    assertEquals("D", first.getCell(1).asNormalizedText());
    assertEquals("A", first.getCell(4).asNormalizedText().replace("!", "").trim());
    assertTrue(first.getCell(4).getAttribute("class").contains("holiday"), "Maundy Thursday is a public holiday");
    assertEquals("37.5", first.getCell(8).asNormalizedText(), "five shifts of 7.5 h");
  }

  @Test
  void highlightedCells_areExactlyTheValidatorsViolations() throws IOException {
    HtmlPage page = load(RosterPage.html(WARD, ROSTER, REPORT, RosterPage.Language.ENGLISH));
    Set<String> expected = new TreeSet<>();
    for (Violation v : REPORT.violations()) {
      if (v.employee().isPresent()) {
        for (LocalDate d = v.date(); !d.isAfter(v.endDate().orElse(v.date())); d = d.plusDays(1)) {
          expected.add(v.employee().get() + " " + d);
        }
      }
    }
    assertFalse(expected.isEmpty(), "the roster breaks the daily rest: " + REPORT.violations());
    Set<String> highlighted = new TreeSet<>();
    List<HtmlTableRow> rows = page.getByXPath("//tbody/tr");
    for (HtmlTableRow row : rows) {
      for (int i = 1; i <= 7; i++) {
        HtmlTableCell cell = row.getCell(i);
        if (cell.getAttribute("class").contains("violation")) {
          highlighted.add(row.getAttribute("data-employee") + " " + Wards.MONDAY.plusDays(i - 1));
          assertFalse(cell.getAttribute("title").isEmpty(), "the explanation is the tooltip");
        }
      }
    }
    assertEquals(expected, highlighted);
    List<DomElement> listed = page.getByXPath("//ol[@class='violations']/li");
    assertEquals(REPORT.violations().size(), listed.size());
  }

  @Test
  void coverRow_showsStaffedOverRequiredAndMarksTheShortfalls() throws IOException {
    HtmlPage page = load(RosterPage.html(WARD, ROSTER, REPORT, RosterPage.Language.ENGLISH));
    HtmlTableRow cover = page.getFirstByXPath("//tfoot/tr[@data-shift='D']");
    List<String> cells = cover.getCells().subList(1, 8).stream().map(HtmlTableCell::asNormalizedText).collect(Collectors.toList());
    assertEquals(List.of("1/1", "1/1", "1/1", "0/1▼", "1/1", "0/1▼", "0/1▼"), cells);
    assertTrue(cover.getCell(4).getAttribute("class").contains("short"));
  }

  @Test
  void hostileName_isTextAndThePageLoadsNothing() throws IOException {
    String html = RosterPage.html(WARD, ROSTER, REPORT, RosterPage.Language.NYNORSK);
    HtmlPage page = load(html);
    assertEquals("nn", page.getDocumentElement().getAttribute("lang"));
    assertEquals(0, page.getElementsByTagName("script").size(), "the name stays text");
    assertTrue(page.asNormalizedText().contains("<script>alert(1)</script>"));
    assertEquals(0, page.getElementsByTagName("link").size());
    assertEquals(0, page.getElementsByTagName("img").size());
    assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    assertTrue(html.contains("@page{size:A4 landscape"), "printable on A4 landscape");
  }
}
