package org.careroster.views;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careroster.metrics.Scorecard;
import org.careroster.metrics.ScorecardColumn;
import org.careroster.metrics.ScorecardRow;
import org.careroster.metrics.whatif.ScenarioResult;

/**
 * A scorecard (målekort) as one self-contained HTML page: the KPI table over its periods with the
 * change from the period before, an inline SVG chart per KPI with one labelled point per period
 * (axis labels, values and unit), the scorecard's notes, and, when given, the what-if table of
 * scenarios with bound and achieved figures side by side. No scripts, fonts or links.
 *
 * <pre>{@code
 * String html = ScorecardPage.html(Scorecard.of(records), List.of(), RosterPage.Language.ENGLISH);
 * }</pre>
 */
public final class ScorecardPage {

  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 320;
  private static final int HEIGHT = 140;
  private static final int MARGIN = 36;

  private ScorecardPage() {}

  /** The page of {@code scorecard}, with the what-if table of {@code whatIf} when it is not empty. */
  public static String html(Scorecard scorecard, List<ScenarioResult> whatIf, RosterPage.Language language) {
    checkNotNull(scorecard, "scorecard");
    checkNotNull(whatIf, "whatIf");
    boolean nn = language == RosterPage.Language.NYNORSK;
    String title = (nn ? "Målekort " : "Scorecard ") + scorecard.name().orElse(scorecard.unit());
    List<ScorecardColumn> columns = scorecard.columns();
    StringBuilder html = new StringBuilder(32 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(nn ? "nn" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(text(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1rem;color:#111}table{border-collapse:collapse;font-size:13px}")
        .append("th,td{border:1px solid #bbb;padding:3px 6px}td.num{text-align:right}.charts{display:flex;flex-wrap:wrap;gap:12px}")
        .append("figure{margin:0}figcaption{font-size:12px;font-weight:bold}svg text{font-size:10px}.best{font-weight:bold}")
        .append("@media print{@page{size:A4 landscape;margin:8mm}}\n</style>\n</head>\n<body>\n");
    html.append("<h1>").append(text(title)).append("</h1>\n<table class=\"scorecard\">\n<thead><tr><th scope=\"col\">KPI</th>");
    for (int i = 0; i < columns.size(); i++) {
      html.append("<th scope=\"col\">").append(text(columns.get(i).label())).append("</th>");
      if (i > 0) {
        html.append("<th scope=\"col\">").append(nn ? "Endring" : "Change").append("</th>");
      }
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (ScorecardRow row : scorecard.rows()) {
      html.append("<tr data-kpi=\"").append(text(row.kpi().id())).append("\"><th scope=\"row\">").append(text(row.kpi().label())).append("</th>");
      for (int i = 0; i < columns.size(); i++) {
        html.append("<td class=\"num\">").append(value(row.rounded(i), row.kpi().unit().suffix())).append("</td>");
        if (i > 0) {
          html.append("<td class=\"num\">").append(row.change(i).map(c -> (c.signum() > 0 ? "+" : "") + c.toPlainString()
              + row.kpi().unit().changeSuffix()).orElse("–")).append("</td>");
        }
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n<h2>").append(nn ? "Utvikling" : "Trend").append("</h2>\n<div class=\"charts\">\n");
    for (ScorecardRow row : scorecard.rows()) {
      html.append(chart(row, columns));
    }
    html.append("</div>\n");
    if (!scorecard.notes().isEmpty()) {
      html.append("<h2>").append(nn ? "Merknader" : "Notes").append("</h2>\n<ul>\n");
      scorecard.notes().forEach(n -> html.append("<li>").append(text(n)).append("</li>\n"));
      html.append("</ul>\n");
    }
    if (!whatIf.isEmpty()) {
      html.append(whatIfTable(whatIf, nn));
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** One KPI's trend: a point per period with a value label, the period labels below, the range at the left. */
  private static String chart(ScorecardRow row, List<ScorecardColumn> columns) {
    String unit = row.kpi().unit().suffix().trim();
    StringBuilder svg = new StringBuilder();
    svg.append("<figure data-kpi=\"").append(text(row.kpi().id())).append("\"><figcaption>").append(text(row.kpi().label()))
        .append(unit.isEmpty() ? "" : " (" + text(unit) + ")").append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(text(row.kpi().label()))
        .append("\">");
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int i = 0; i < columns.size(); i++) {
      Optional<BigDecimal> v = row.rounded(i);
      if (v.isPresent()) {
        min = Math.min(min, v.get().doubleValue());
        max = Math.max(max, v.get().doubleValue());
      }
    }
    if (min == Double.MAX_VALUE) {
      svg.append("<text x=\"10\" y=\"70\">–</text></svg></figure>\n");
      return svg.toString();
    }
    double low = Math.min(0, min);
    double high = max == low ? low + 1 : max;
    int plotWidth = WIDTH - 2 * MARGIN;
    int plotHeight = HEIGHT - 2 * MARGIN;
    svg.append("<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"").append(HEIGHT - MARGIN).append("\" x2=\"").append(WIDTH - MARGIN)
        .append("\" y2=\"").append(HEIGHT - MARGIN).append("\" stroke=\"#555\"/>")
        .append("<line class=\"axis\" x1=\"").append(MARGIN).append("\" y1=\"").append(MARGIN).append("\" x2=\"").append(MARGIN)
        .append("\" y2=\"").append(HEIGHT - MARGIN).append("\" stroke=\"#555\"/>")
        .append("<text class=\"y-label\" x=\"2\" y=\"").append(MARGIN + 4).append("\">").append(number(high)).append("</text>")
        .append("<text class=\"y-label\" x=\"2\" y=\"").append(HEIGHT - MARGIN).append("\">").append(number(low)).append("</text>");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      double x = MARGIN + (columns.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (columns.size() - 1));
      svg.append("<text class=\"x-label\" x=\"").append(number(x)).append("\" y=\"").append(HEIGHT - MARGIN + 14)
          .append("\" text-anchor=\"middle\">").append(text(columns.get(i).label())).append("</text>");
      Optional<BigDecimal> v = row.rounded(i);
      if (v.isEmpty()) {
        continue;
      }
      double y = HEIGHT - MARGIN - plotHeight * (v.get().doubleValue() - low) / (high - low);
      line.append(line.length() == 0 ? "" : " ").append(number(x)).append(",").append(number(y));
      svg.append("<circle class=\"point\" data-period=\"").append(text(columns.get(i).label())).append("\" data-value=\"")
          .append(v.get().toPlainString()).append("\" cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
          .append("\" r=\"3\" fill=\"#1d4ed8\"><title>").append(text(columns.get(i).label() + ": " + v.get().toPlainString()
              + row.kpi().unit().suffix())).append("</title></circle>")
          .append("<text class=\"value\" x=\"").append(number(x)).append("\" y=\"").append(number(y - 6)).append("\" text-anchor=\"middle\">")
          .append(v.get().toPlainString()).append("</text>");
    }
    if (line.indexOf(" ") > 0) {
      svg.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#1d4ed8\"/>");
    }
    return svg.append("</svg></figure>\n").toString();
  }

  private static String whatIfTable(List<ScenarioResult> results, boolean nn) {
    StringBuilder html = new StringBuilder("<h2>").append(nn ? "Kva om (TØRN)" : "What-if (TØRN)").append("</h2>\n<table class=\"whatif\">\n<thead><tr>");
    String[] heads = nn
        ? new String[] {"Scenario", "Kvar n-te helg", "Minst hovud", "Høgst snittstilling", "Høgst heiltid", "Status", "Heiltid", "Snittstilling", "Helgedekning", "Ledige vakter"}
        : new String[] {"Scenario", "Every n-th weekend", "Min heads", "Max average position", "Max full-time", "Status", "Full-time", "Average position", "Weekend coverage", "Vacant shifts"};
    for (String h : heads) {
      html.append("<th scope=\"col\">").append(h).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (ScenarioResult r : results) {
      html.append("<tr><th scope=\"row\">").append(text(r.scenario())).append("</th><td class=\"num\">").append(r.weekendEvery())
          .append("</td><td class=\"num\">").append(r.bound().minimumHeads()).append("</td><td class=\"num\">")
          .append(r.bound().maxAveragePositionPercent().toPlainString()).append(" %</td><td class=\"num\">")
          .append(r.bound().maxFullTimePercent().toPlainString()).append(" %</td><td>")
          .append(text(r.status().map(Enum::name).orElse(r.bound().isShort() ? "SHORT" : "BOUND")))
          .append(r.why().map(w -> "<br><small>" + text(w) + "</small>").orElse("")).append("</td>");
      html.append("<td class=\"num\">").append(r.achieved().map(a -> a.fullTimePercent().toPlainString() + " %").orElse("–"))
          .append("</td><td class=\"num\">").append(r.achieved().map(a -> a.averagePositionPercent().toPlainString() + " %").orElse("–"))
          .append("</td><td class=\"num\">").append(r.achieved().flatMap(a -> a.weekendCoveragePercent()).map(p -> p.toPlainString() + " %").orElse("–"))
          .append("</td><td class=\"num\">").append(r.achieved().map(a -> String.valueOf(a.vacantShifts())).orElse("–")).append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String value(Optional<BigDecimal> v, String suffix) {
    return v.map(x -> x.toPlainString() + text(suffix)).orElse("–");
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String text(String s) {
    return ESCAPE.escape(s);
  }
}
