package org.careroster.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.core.json.RosterJson;

/**
 * How a {@link Scorecard} is written: plain text, Markdown, CSV or JSON. Every format shows the
 * values rounded to the KPI's printed decimals (percentages to one decimal, hours and persons whole)
 * and the change from the period before; JSON also gives the exact values.
 *
 * <pre>{@code
 * String csv = scorecard.render(ScorecardFormat.CSV);
 * ScorecardFormat.parse("markdown")   // MARKDOWN
 * }</pre>
 */
public enum ScorecardFormat {
  /** An aligned table for a terminal, with the notes below. */
  TEXT {
    @Override
    String render(Scorecard card) {
      List<List<String>> table = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("KPI"));
      for (int i = 0; i < card.columns().size(); i++) {
        header.add(card.columns().get(i).label());
        if (i > 0) {
          header.add("change");
        }
      }
      table.add(header);
      for (ScorecardRow row : card.rows()) {
        List<String> cells = new ArrayList<>(List.of(row.kpi().label()));
        for (int i = 0; i < card.columns().size(); i++) {
          cells.add(value(row, i, true));
          if (i > 0) {
            cells.add(change(row, i, true));
          }
        }
        table.add(cells);
      }
      int[] width = new int[header.size()];
      for (List<String> cells : table) {
        for (int c = 0; c < cells.size(); c++) {
          width[c] = Math.max(width[c], cells.get(c).length());
        }
      }
      StringBuilder out = new StringBuilder(title(card)).append("\n\n");
      for (List<String> cells : table) {
        StringBuilder line = new StringBuilder(pad(cells.get(0), width[0], false));
        for (int c = 1; c < cells.size(); c++) {
          line.append("   ").append(pad(cells.get(c), width[c], true));
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
      out.append('\n');
      for (ScorecardColumn column : card.columns()) {
        out.append(column.label()).append(": ").append(column.from()).append(" – ").append(column.to())
            .append(", population on ").append(column.referenceDate()).append('\n');
      }
      for (String note : card.notes()) {
        out.append(note).append('\n');
      }
      return out.toString();
    }
  },

  /** A GitHub-flavoured Markdown table, with the notes as a list. */
  MARKDOWN {
    @Override
    String render(Scorecard card) {
      StringBuilder out = new StringBuilder("## ").append(title(card)).append("\n\n| KPI |");
      StringBuilder rule = new StringBuilder("|---|");
      for (int i = 0; i < card.columns().size(); i++) {
        out.append(' ').append(escape(card.columns().get(i).label())).append(" |");
        rule.append("---:|");
        if (i > 0) {
          out.append(" change |");
          rule.append("---:|");
        }
      }
      out.append('\n').append(rule).append('\n');
      for (ScorecardRow row : card.rows()) {
        out.append("| ").append(escape(row.kpi().label())).append(" |");
        for (int i = 0; i < card.columns().size(); i++) {
          out.append(' ').append(value(row, i, true)).append(" |");
          if (i > 0) {
            out.append(' ').append(change(row, i, true)).append(" |");
          }
        }
        out.append('\n');
      }
      out.append('\n');
      for (ScorecardColumn column : card.columns()) {
        out.append("- ").append(escape(column.label())).append(": ").append(column.from()).append(" – ")
            .append(column.to()).append(", population on ").append(column.referenceDate()).append('\n');
      }
      for (String note : card.notes()) {
        out.append("- ").append(escape(note)).append('\n');
      }
      return out.toString();
    }
  },

  /**
   * Comma-separated values (RFC 4180): one line per KPI with its id, label and unit, then per
   * period the value and, from the second period on, the change; empty where not computed.
   */
  CSV {
    @Override
    String render(Scorecard card) {
      List<String> header = new ArrayList<>(List.of("kpi", "label", "unit"));
      for (int i = 0; i < card.columns().size(); i++) {
        header.add(card.columns().get(i).label());
        if (i > 0) {
          header.add("change " + card.columns().get(i).label());
        }
      }
      StringBuilder out = new StringBuilder(csvLine(header));
      for (ScorecardRow row : card.rows()) {
        List<String> cells =
            new ArrayList<>(List.of(row.kpi().id(), row.kpi().label(), row.kpi().unit().name().toLowerCase(java.util.Locale.ROOT)));
        for (int i = 0; i < card.columns().size(); i++) {
          cells.add(value(row, i, false));
          if (i > 0) {
            cells.add(change(row, i, false));
          }
        }
        out.append(csvLine(cells));
      }
      return out.toString();
    }
  },

  /**
   * A JSON document: unit, periods, and per row the KPI id, label, unit, the values as printed, the
   * exact values and the changes ({@code null} where not computed), and the notes.
   */
  JSON {
    @Override
    String render(Scorecard card) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put(RosterJson.FORMAT_VERSION_FIELD, RosterJson.FORMAT_VERSION);
      root.put("unit", card.unit());
      card.name().ifPresent(n -> root.put("name", n));
      ArrayNode periods = root.putArray("periods");
      for (ScorecardColumn column : card.columns()) {
        periods.addObject()
            .put("label", column.label())
            .put("from", column.from().toString())
            .put("to", column.to().toString())
            .put("referenceDate", column.referenceDate().toString());
      }
      ArrayNode rows = root.putArray("rows");
      for (ScorecardRow row : card.rows()) {
        ObjectNode node = rows.addObject();
        node.put("kpi", row.kpi().id()).put("label", row.kpi().label())
            .put("unit", row.kpi().unit().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode values = node.putArray("values");
        ArrayNode exact = node.putArray("exact");
        ArrayNode changes = node.putArray("changes");
        for (int i = 0; i < card.columns().size(); i++) {
          add(values, row.rounded(i));
          add(exact, row.values().get(i).map(v -> v.stripTrailingZeros()));
          add(changes, row.change(i));
        }
      }
      ArrayNode notes = root.putArray("notes");
      card.notes().forEach(notes::add);
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      try {
        return mapper.writer(pretty).writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the scorecard as JSON", e);
      }
    }
  };

  /** Shown for a value that cannot be computed. */
  static final String MISSING = "–";

  abstract String render(Scorecard card);

  /**
   * The format named {@code name}, case-insensitive: {@code text}, {@code markdown}, {@code csv} or
   * {@code json}.
   *
   * @throws IllegalArgumentException naming the value and the choices if there is no such format
   */
  public static ScorecardFormat parse(String name) {
    for (ScorecardFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "ScorecardFormat: format (\"" + name + "\") must be one of text, markdown, csv, json");
  }

  private static String title(Scorecard card) {
    return "Scorecard (målekort): " + card.name().map(n -> n + " (" + card.unit() + ")").orElse(card.unit());
  }

  private static String value(ScorecardRow row, int i, boolean withUnit) {
    return row.rounded(i)
        .map(v -> v.toPlainString() + (withUnit ? row.kpi().unit().suffix() : ""))
        .orElse(withUnit ? MISSING : "");
  }

  /** {@code "+5.1 pp"}, {@code "−1042 h"}, {@code "±0.0 pp"} for people; a plain signed number for CSV. */
  private static String change(ScorecardRow row, int i, boolean withUnit) {
    if (!withUnit) {
      return row.change(i).map(BigDecimal::toPlainString).orElse("");
    }
    return row.change(i)
        .map(c -> (c.signum() > 0 ? "+" : c.signum() < 0 ? "−" : "±") + c.abs().toPlainString()
            + row.kpi().unit().changeSuffix())
        .orElse(MISSING);
  }

  private static void add(ArrayNode array, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      array.add(value.get());
    } else {
      array.addNull();
    }
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String escape(String markdown) {
    return markdown.replace("|", "\\|");
  }

  private static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(
          cell.contains(",") || cell.contains("\"") || cell.contains("\n")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    return String.join(",", quoted) + "\r\n";
  }
}
