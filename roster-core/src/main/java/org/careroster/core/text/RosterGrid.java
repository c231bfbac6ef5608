package org.careroster.core.text;

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
 * Prints a roster as a fixed-width text grid, as the {@code ./roster} command line shows it: one
 * row per employee (id, name, role, position percent), one column per planned date, the shift code
 * in each cell ({@code .} for a day off, {@code D+N} for two shifts on one date), the hours worked
 * at the end of the row, and below, the number of people on each shift type per date.
 *
 * <pre>{@code
 * System.out.println(RosterGrid.render(problem, roster));
 * //                                             Mo  Tu  We
 * // Id   Name              Role          Pos %  04  05  06   Hours
 * // E1   Kari Nordmann     nurse         62.91  D   .   D     15.0
 * // E2   Ola Hansen-Kristo health-worker 100    .   D+N .     17.5
 * //      on D                                   1   1   1
 * //      on N                                   0   1   0
 * }</pre>
 *
 * <p>Hours are real elapsed time in Europe/Oslo ({@link
 * org.careroster.core.ShiftType#realDuration(LocalDate)}), so a night shift across a clock change
 * counts one hour less or more. Day names are English whatever the JVM's locale; names, roles and
 * shift codes longer than their column are cut.
 */
public final class RosterGrid {

  private static final int NAME_WIDTH = 18;
  private static final int ROLE_WIDTH = 14;

  private RosterGrid() {}

  /**
   * The grid of {@code roster} for {@code problem}, lines separated by {@code \n}, ending with a
   * line break.
   *
   * @throws org.careroster.core.InvalidModelException if the roster names an employee, shift type
   *     or date that {@code problem} does not have (the path and the value in the message)
   */
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
