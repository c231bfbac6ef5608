package org.careroster.views;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;

/**
 * A roster as one self-contained HTML page (no scripts, fonts or links to load: it works offline
 * and when mailed): employees × dates with the shift codes coloured by kind of shift, weekends and
 * public holidays marked, ISO week numbers, every violation on its cells with the validator's
 * explanation as a tooltip and listed below, a cover row per shift type (staffed / required, the
 * shortfalls marked), and per employee the hours against the contract, weekends, nights and long
 * shifts. Every name is escaped. Codes and marks ({@code !} on a violation, {@code ▼} on a
 * shortfall) carry the meaning, not colour alone. The first column stays in place when the grid
 * scrolls sideways on a phone; printed, it fits A4 landscape.
 *
 * <pre>{@code
 * String html = RosterPage.html(problem, roster, RosterValidator.validate(problem, roster, rules), RosterPage.Language.NYNORSK);
 * }</pre>
 */
public final class RosterPage {

  /** The page's language: its headings and the violations' explanations. */
  public enum Language {
    /** English ({@code lang="en"}, {@link Violation#message()}). */
    ENGLISH,
    /** Nynorsk ({@code lang="nn"}, {@link Violation#messageNynorsk()}). */
    NYNORSK
  }

  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  private RosterPage() {}

  /**
   * The page of {@code roster} for {@code problem} with the violations of {@code report}.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem does not have
   */
  public static String html(Problem problem, Roster roster, ValidationReport report, Language language) {
    checkNotNull(problem, "problem");
    checkNotNull(report, "report");
    problem.checkReferences(roster);
    boolean nn = language == Language.NYNORSK;
    List<LocalDate> dates = problem.horizon().dates();
    Map<String, ShiftType> types = new LinkedHashMap<>();
    problem.shiftTypes().forEach(t -> types.put(t.code(), t));
    // Violations on employee cells (every date they span) and on cover cells (date and shift).
    Map<String, List<Violation>> onCell = new HashMap<>();
    Map<Violation, Integer> number = new HashMap<>();
    for (Violation v : report.violations()) {
      number.putIfAbsent(v, number.size() + 1);
      LocalDate last = v.endDate().orElse(v.date());
      for (LocalDate d = v.date(); !d.isAfter(last); d = d.plusDays(1)) {
        String key = v.employee().isPresent() ? v.employee().get() + "|" + d : "cover|" + d + "|" + v.shift().orElse("");
        onCell.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
      }
    }
    SetMultimap<String, Assignment> byCell = HashMultimap.create();
    roster.assignments().forEach(a -> byCell.put(a.employee() + "|" + a.date(), a));

    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(nn ? "nn" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(text(title(problem, nn))).append("</title>\n<style>\n").append(css(types)).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(text(title(problem, nn))).append("</h1>\n<p class=\"summary\">")
        .append(text(problem.horizon().toString())).append(" · ").append(text(report.summary())).append("</p>\n");
    html.append("<div class=\"grid\">\n<table>\n<caption>").append(nn ? "Turnus: tilsette × datoar" : "Roster: employees × dates")
        .append("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"name\">").append(nn ? "Veke" : "Week").append("</th>");
    for (int i = 0; i < dates.size(); ) {
      LocalDate d = dates.get(i);
      int span = 0;
      while (i + span < dates.size() && weekOf(dates.get(i + span)) == weekOf(d)) {
        span++;
      }
      html.append("<th scope=\"colgroup\" colspan=\"").append(span).append("\">").append(weekOf(d)).append("</th>");
      i += span;
    }
    String[] totals = nn ? new String[] {"Timar", "Avtalt", "Helger", "Netter", "Langvakter"}
        : new String[] {"Hours", "Contract", "Weekends", "Nights", "Long shifts"};
    html.append("<th scope=\"colgroup\" colspan=\"5\">").append(nn ? "Sum" : "Totals").append("</th></tr>\n");
    html.append("<tr><th scope=\"col\" class=\"name\">").append(nn ? "Tilsett" : "Employee").append("</th>");
    Locale locale = nn ? Locale.forLanguageTag("nn") : Locale.ENGLISH;
    for (LocalDate d : dates) {
      html.append("<th scope=\"col\" class=\"").append(dayClass(problem, d)).append("\" title=\"").append(text(dayTitle(problem, d, locale)))
          .append("\">").append(text(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale))).append("<br>")
          .append(d.getDayOfMonth()).append("</th>");
    }
    for (String t : totals) {
      html.append("<th scope=\"col\">").append(t).append("</th>");
    }
    html.append("</tr>\n</thead>\n<tbody>\n");
    int weeks = Math.max(1, dates.size() / 7);
    for (Employee e : problem.employees()) {
      html.append("<tr data-employee=\"").append(text(e.id())).append("\"><th scope=\"row\" class=\"name\">").append(text(e.name()))
          .append(" <small>").append(text(e.id())).append(" · ").append(text(e.role())).append(" · ")
          .append(e.positionPercent().stripTrailingZeros().toPlainString()).append(" %</small></th>");
      long minutes = 0;
      Set<LocalDate> weekends = new TreeSet<>();
      int nights = 0;
      int longShifts = 0;
      for (LocalDate d : dates) {
        Set<Assignment> here = byCell.get(e.id() + "|" + d);
        List<Violation> broken = onCell.getOrDefault(e.id() + "|" + d, List.of());
        StringBuilder classes = new StringBuilder(dayClass(problem, d));
        StringBuilder codes = new StringBuilder();
        for (Assignment a : here) {
          ShiftType t = types.get(a.shift());
          classes.append(" s-").append(cssName(t.code()));
          codes.append(codes.length() == 0 ? "" : "+").append(text(t.code()));
          minutes += t.realDuration(d).toMinutes();
          if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekends.add(d.with(DayOfWeek.SATURDAY));
          }
          nights += t.category() == ShiftCategory.NIGHT ? 1 : 0;
          longShifts += t.isLong() ? 1 : 0;
        }
        if (!problem.absencesOn(e.id(), d).isEmpty() && here.isEmpty()) {
          classes.append(" absent");
          codes.append(nn ? "fr" : "off");
        }
        html.append("<td");
        if (!broken.isEmpty()) {
          classes.append(" violation");
          html.append(" title=\"").append(text(messages(broken, d, number, nn))).append("\" data-rules=\"")
              .append(text(String.join(" ", broken.stream().map(Violation::ruleId).distinct().toList()))).append("\"");
        }
        String cellClass = classes.toString().trim();
        html.append(cellClass.isEmpty() ? "" : " class=\"" + cellClass + "\"").append(">").append(codes)
            .append(broken.isEmpty() ? "" : "<span class=\"mark\">!</span>").append("</td>");
      }
      BigDecimal contract = e.fullTimeWeeklyHours().multiply(e.positionPercent()).multiply(BigDecimal.valueOf(weeks))
          .divide(BigDecimal.valueOf(100), 1, java.math.RoundingMode.HALF_UP);
      html.append("<td class=\"total\">").append(hours(Duration.ofMinutes(minutes))).append("</td><td class=\"total\">")
          .append(contract.toPlainString()).append("</td><td class=\"total\">").append(weekends.size())
          .append("</td><td class=\"total\">").append(nights).append("</td><td class=\"total\">").append(longShifts).append("</td></tr>\n");
    }
    html.append("</tbody>\n<tfoot>\n");
    for (ShiftType t : problem.shiftTypes()) {
      html.append("<tr class=\"cover\" data-shift=\"").append(text(t.code())).append("\"><th scope=\"row\" class=\"name\">")
          .append(nn ? "Dekning " : "Cover ").append(text(t.code())).append("</th>");
      for (LocalDate d : dates) {
        int required = 0;
        for (CoverRequirement c : problem.coverRequirements()) {
          if (c.date().equals(d) && c.shift().equals(t.code())) {
            required = Math.max(required, c.minimum());
          }
        }
        long staffed = roster.assignments().stream().filter(a -> a.date().equals(d) && a.shift().equals(t.code())).count();
        List<Violation> broken = onCell.getOrDefault("cover|" + d + "|" + t.code(), List.of());
        boolean vacant = roster.vacantShifts().stream().anyMatch(v -> v.date().equals(d) && v.shift().equals(t.code()));
        StringBuilder classes = new StringBuilder(dayClass(problem, d));
        if (!broken.isEmpty() || staffed < required) {
          classes.append(" short");
        }
        if (vacant) {
          classes.append(" vacant");
        }
        html.append("<td class=\"").append(classes.toString().trim()).append("\"");
        if (!broken.isEmpty()) {
          html.append(" title=\"").append(text(messages(broken, d, number, nn))).append("\"");
        }
        html.append(">").append(staffed).append("/").append(required).append(staffed < required ? "▼" : "")
            .append(vacant ? "<span class=\"mark\">" + (nn ? " ledig" : " vacant") + "</span>" : "").append("</td>");
      }
      html.append("<td colspan=\"5\"></td></tr>\n");
    }
    html.append("</tfoot>\n</table>\n</div>\n");
    html.append("<h2>").append(nn ? "Brot på reglane" : "Violations").append(" (").append(report.violations().size()).append(")</h2>\n");
    if (report.violations().isEmpty()) {
      html.append("<p>").append(nn ? "Ingen brot." : "None.").append("</p>\n");
    } else {
      html.append("<ol class=\"violations\">\n");
      for (Violation v : report.violations()) {
        html.append("<li id=\"v").append(number.get(v)).append("\" class=\"").append(v.severity().isHard() ? "hard" : "soft").append("\"><code>").append(text(v.ruleId()))
            .append("</code> ").append(text(v.severity().toString())).append(": ")
            .append(text(nn ? v.messageNynorsk() : v.message())).append("</li>\n");
      }
      html.append("</ol>\n");
    }
    html.append("<p class=\"legend\">");
    for (ShiftType t : problem.shiftTypes()) {
      html.append("<span class=\"s-").append(cssName(t.code())).append("\">").append(text(t.code())).append("</span> ")
          .append(text(Labels.shiftName(t, nn))).append(" ").append(t.start()).append(", ").append(hours(t.duration())).append(" h · ");
    }
    html.append(nn ? "! brot på ein regel · ▼ for få på vakt" : "! a rule broken · ▼ too few on the shift").append("</p>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String title(Problem problem, boolean nn) {
    String unit = problem.units().stream().filter(u -> u.parent().isPresent()).findFirst()
        .or(() -> problem.units().stream().findFirst()).map(u -> u.name()).orElse(nn ? "Turnus" : "Roster");
    return unit + " · " + problem.horizon().start() + " – " + problem.horizon().end();
  }

  private static String css(Map<String, ShiftType> types) {
    StringBuilder css = new StringBuilder();
    css.append("body{font-family:system-ui,sans-serif;margin:1rem;color:#111}")
        .append(".grid{overflow-x:auto}table{border-collapse:collapse;font-size:12px}")
        .append("th,td{border:1px solid #bbb;padding:2px 4px;text-align:center;white-space:nowrap}")
        .append("th.name{position:sticky;left:0;background:#fff;text-align:left;z-index:1}")
        .append(".weekend{background:#f2f2f2}.holiday{background:#ffe9c7}.absent{color:#666;font-style:italic}")
        .append(".violation{outline:2px solid #c00;outline-offset:-2px;font-weight:bold}.mark{color:#c00}")
        .append(".short{background:#fdd;font-weight:bold}.vacant{text-decoration:underline}.total{background:#fafafa}")
        .append("small{color:#555}ol.violations li.hard{color:#900}caption{text-align:left;font-weight:bold}\n")
        .append("@media print{@page{size:A4 landscape;margin:8mm}.grid{overflow:visible}table{font-size:7px}th.name{position:static}}\n");
    String[] palette = {"#dbeafe", "#fde68a", "#c7d2fe", "#bbf7d0", "#fbcfe8", "#e9d5ff", "#fed7aa", "#99f6e4"};
    int i = 0;
    for (ShiftType t : types.values()) {
      css.append(".s-").append(cssName(t.code())).append("{background:").append(palette[i++ % palette.length]).append("}");
    }
    return css.append("\n").toString();
  }

  private static String dayClass(Problem problem, LocalDate d) {
    if (problem.isPublicHoliday(d)) {
      return "holiday";
    }
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY ? "weekend" : "";
  }

  private static String dayTitle(Problem problem, LocalDate d, Locale locale) {
    String holiday = problem.publicHolidays().getOrDefault(d, "");
    return d + " " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + (holiday.isEmpty() ? "" : " · " + holiday);
  }

  private static int weekOf(LocalDate d) {
    return d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /**
   * The tooltip of a cell on {@code date}: each violation's explanation; one that spans more than a
   * week has it on its first day only and its number and rule on the others (the list below has
   * all), so a long plan's page stays small.
   */
  private static String messages(List<Violation> broken, LocalDate date, Map<Violation, Integer> number, boolean nn) {
    List<String> lines = new ArrayList<>();
    for (Violation v : broken) {
      long days = v.endDate().map(e -> e.toEpochDay() - v.date().toEpochDay() + 1).orElse(1L);
      lines.add(days <= 7 || date.equals(v.date()) ? (nn ? v.messageNynorsk() : v.message()) : "#" + number.get(v) + " " + v.ruleId());
    }
    return String.join("\n", lines);
  }

  /** A shift code as a CSS class name part: letters and digits kept, everything else as {@code _XX}. */
  static String cssName(String code) {
    StringBuilder name = new StringBuilder();
    for (char c : code.toCharArray()) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        name.append(c);
      } else {
        name.append('_').append(Integer.toHexString(c));
      }
    }
    return name.toString();
  }

  private static String hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String text(String s) {
    return ESCAPE.escape(s);
  }
}
