package org.careroster.examples.curtois;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.careroster.core.Assignment;
import org.careroster.core.Roster;

/**
 * The solution file of a Curtois & Qu instance: a CSV whose first line is {@code
 * employee,0,1,...,H-1} and which has one line per employee with the shift id worked on each day,
 * or nothing for a day off.
 */
public final class CurtoisSolution {

  private CurtoisSolution() {}

  /**
   * The CSV of {@code roster} for {@code instance}, employees in the instance's order, lines ending
   * in {@code \n}.
   *
   * @throws IllegalArgumentException if the roster gives someone two shifts on one day
   */
  public static String toCsv(CurtoisInstance instance, Roster roster) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String employee : instance.employeeIds()) {
      rows.put(employee, new String[instance.days()]);
    }
    for (Assignment a : roster.assignments()) {
      String[] row = rows.get(a.employee());
      int day = (int) (a.date().toEpochDay() - CurtoisInstance.START.toEpochDay());
      if (row == null || day < 0 || day >= instance.days()) {
        throw new IllegalArgumentException(
            "CurtoisSolution: assignment " + a + " lies outside instance " + instance.name());
      }
      if (row[day] != null) {
        throw new IllegalArgumentException(
            "CurtoisSolution: " + a.employee() + " has two shifts on day " + day + " (" + row[day] + " and " + a.shift() + ")");
      }
      row[day] = a.shift();
    }
    StringBuilder csv = new StringBuilder("employee");
    for (int d = 0; d < instance.days(); d++) {
      csv.append(',').append(d);
    }
    csv.append('\n');
    rows.forEach(
        (employee, row) -> {
          csv.append(employee);
          for (String shift : row) {
            csv.append(',').append(shift == null ? "" : shift);
          }
          csv.append('\n');
        });
    return csv.toString();
  }

  /**
   * Writes the CSV of {@code roster} to {@code file} through a temporary file in the same
   * directory, so a partly written solution is never left behind.
   */
  public static void write(Path file, CurtoisInstance instance, Roster roster) throws IOException {
    String csv = toCsv(instance, roster);
    Path target = file.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".curtois-", ".csv.tmp");
    try {
      Files.writeString(temp, csv, StandardCharsets.US_ASCII);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads a solution of {@code instance}: the header must list the days 0..H−1, every employee
   * must have exactly one line, and every cell must be empty or a shift id of the instance.
   *
   * @throws CurtoisFormatException naming the line and cell otherwise
   */
  public static Roster parse(CurtoisInstance instance, String fileName, String text) {
    String[] lines = text.split("\r?\n", -1);
    StringBuilder header = new StringBuilder("employee");
    for (int d = 0; d < instance.days(); d++) {
      header.append(',').append(d);
    }
    if (lines.length == 0 || !lines[0].equals(header.toString())) {
      throw new CurtoisFormatException(
          fileName, 1, "the header must be \"employee,0,1,...," + (instance.days() - 1) + "\" for " + instance.name());
    }
    Set<String> shifts = new HashSet<>(instance.shiftIds());
    Set<String> employees = new HashSet<>(instance.employeeIds());
    Map<String, Integer> seen = new HashMap<>();
    ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      String employee = cells[0];
      if (!employees.contains(employee)) {
        throw new CurtoisFormatException(fileName, i + 1, "unknown employee \"" + employee + "\"");
      }
      Integer earlier = seen.put(employee, i + 1);
      if (earlier != null) {
        throw new CurtoisFormatException(fileName, i + 1, "employee " + employee + " also has line " + earlier);
      }
      if (cells.length != instance.days() + 1) {
        throw new CurtoisFormatException(
            fileName, i + 1, employee + " has " + (cells.length - 1) + " day cells; expected " + instance.days());
      }
      for (int d = 0; d < instance.days(); d++) {
        String shift = cells[d + 1];
        if (shift.isEmpty()) {
          continue;
        }
        if (!shifts.contains(shift)) {
          throw new CurtoisFormatException(
              fileName, i + 1, employee + " day " + d + ": unknown shift \"" + shift + "\"; known: " + instance.shiftIds());
        }
        assignments.add(Assignment.of(employee, CurtoisInstance.date(d), shift));
      }
    }
    for (String employee : instance.employeeIds()) {
      if (!seen.containsKey(employee)) {
        throw new CurtoisFormatException(fileName, 0, "employee " + employee + " has no line");
      }
    }
    return Roster.of(assignments.build());
  }
}
