package org.careroster.examples;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;

/**
 * Prints a roster as a grid: one row per employee, one column per date, the shift code in each
 * cell ({@code .} for a day off), the hours worked at the end of the row, and the number of people
 * on each shift type below.
 */
public final class RosterGrid {

  private static final int NAME_WIDTH = 18;
  private static final int ROLE_WIDTH = 14;

  private RosterGrid() {}

  /** The grid of {@code roster} for {@code problem}, lines separated by {@code \n}. */
  public static String render(Problem problem, Roster roster) {
    problem.checkReferences(roster);
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    StringBuilder out = new StringBuilder();
    String lead = Strings.repeat(" ", 5 + NAME_WIDTH + ROLE_WIDTH + 7);
    out.append(lead);
    for (LocalDate date : dates) {
      out.append(cell(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)));
    }
    out.append("\n");
    out.append(pad("Id", 5)).append(pad("Name", NAME_WIDTH)).append(pad("Role", ROLE_WIDTH)).append(pad("Pos %", 7));
    for (LocalDate date : dates) {
      out.append(cell(String.format(Locale.ROOT, "%02d", date.getDayOfMonth())));
    }
    out.append(" Hours\n");
    for (Employee employee : problem.employees()) {
      String[] cells = new String[dates.size()];
      Duration worked = Duration.ZERO;
      for (Assignment a : roster.assignmentsOf(employee.id())) {
        int day = problem.horizon().indexOf(a.date());
        cells[day] = cells[day] == null ? a.shift() : cells[day] + "+" + a.shift();
        worked = worked.plus(problem.shiftType(a.shift()).realDuration(a.date()));
      }
      out.append(pad(employee.id(), 5))
          .append(pad(employee.name(), NAME_WIDTH))
          .append(pad(employee.role(), ROLE_WIDTH))
          .append(pad(employee.positionPercent().stripTrailingZeros().toPlainString(), 7));
      for (String cell : cells) {
        out.append(cell(cell == null ? "." : cell));
      }
      out.append(String.format(Locale.ROOT, " %5.1f\n", worked.toMinutes() / 60.0));
    }
    for (ShiftType type : problem.shiftTypes()) {
      out.append(pad("", 5)).append(pad("on " + type.code(), NAME_WIDTH + ROLE_WIDTH + 7));
      for (LocalDate date : dates) {
        out.append(cell(Integer.toString(roster.count(date, type.code()))));
      }
      out.append("\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return pad(text, 4);
  }

  private static String pad(String text, int width) {
    String clipped = text.length() >= width ? text.substring(0, width - 1) : text;
    return Strings.padEnd(clipped, width, ' ');
  }
}
