package org.careroster.views;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;

/**
 * A roster as CSV (jackson-dataformat-csv, RFC 4180 quoting where needed, {@code \n} line ends):
 * {@link #assignments} gives one row per shift, {@link #grid} one row per employee and one column
 * per date.
 */
public final class RosterCsv {

  private RosterCsv() {}

  /**
   * One row per shift, by date, shift and employee: {@code employee,name,role,date,shift,start,end,hours,unit,overtime};
   * start and end are ISO date-times with the Oslo offset of that instant.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem does not have
   */
  public static String assignments(Problem problem, Roster roster) {
    checkNotNull(problem, "problem");
    problem.checkReferences(roster);
    List<List<Object>> rows = new ArrayList<>();
    for (Assignment a : sorted(roster)) {
      Employee e = problem.findEmployee(a.employee()).orElseThrow();
      ShiftType type = problem.findShiftType(a.shift()).orElseThrow();
      ZonedDateTime start = type.startsAt(a.date());
      ZonedDateTime end = start.plus(type.realDuration(a.date()));
      rows.add(List.of(e.id(), e.name(), e.role(), a.date().toString(), a.shift(), start.toOffsetDateTime().toString(),
          end.toOffsetDateTime().toString(), String.format(Locale.ROOT, "%.2f", type.realDuration(a.date()).toMinutes() / 60.0),
          a.unit().orElse(""), a.overtime()));
    }
    return table(List.of("employee", "name", "role", "date", "shift", "start", "end", "hours", "unit", "overtime"), rows);
  }

  /** One row per employee, one column per date of the horizon holding the shift code (empty when off). */
  public static String grid(Problem problem, Roster roster) {
    checkNotNull(problem, "problem");
    problem.checkReferences(roster);
    List<String> columns = new ArrayList<>(List.of("employee", "name"));
    List<LocalDate> dates = problem.horizon().dates();
    dates.forEach(d -> columns.add(d.toString()));
    List<List<Object>> rows = new ArrayList<>();
    for (Employee e : problem.employees()) {
      List<Object> row = new ArrayList<>(List.of(e.id(), e.name()));
      for (LocalDate d : dates) {
        row.add(String.join("+", roster.assignmentsOf(e.id()).stream().filter(a -> a.date().equals(d)).map(Assignment::shift).toList()));
      }
      rows.add(row);
    }
    return table(columns, rows);
  }

  private static List<Assignment> sorted(Roster roster) {
    return roster.assignments().stream()
        .sorted(Comparator.comparing(Assignment::date).thenComparing(Assignment::shift).thenComparing(Assignment::employee)).toList();
  }

  /**
   * Any table as CSV the way the roster exports write it: a header line of {@code columns}, one
   * line per row, a field quoted only when it holds a comma, quote or line break, {@code \n} line
   * ends. The commands' other CSV reports (substitute need, what-if) use it too.
   */
  public static String table(List<String> columns, List<? extends List<?>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter writer = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build()
        .writer(schema.build().withHeader().withLineSeparator("\n")).writeValues(text)) {
      for (List<?> row : rows) {
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
