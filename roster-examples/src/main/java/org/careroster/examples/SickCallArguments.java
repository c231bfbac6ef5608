package org.careroster.examples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;

/** Parsing of the {@code --absent} and {@code --shift} values of {@code repair} and {@code candidates}. */
final class SickCallArguments {

  private static final Pattern ABSENT = Pattern.compile("([^:]+):([0-9-]+)(?:\\.\\.([0-9-]+))?");
  private static final Pattern SHIFT = Pattern.compile("([0-9-]+):(.+)");

  private SickCallArguments() {}

  /**
   * {@code E7:2027-01-12..2027-01-14} or {@code E7:2027-01-12} as a full sick leave of a known
   * employee inside the horizon.
   *
   * @throws IllegalArgumentException naming the option, the value and what was expected
   */
  static Absence absence(Problem problem, String value) {
    Matcher m = ABSENT.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--absent (\"" + value + "\") must be EMPLOYEE:FROM..TO or EMPLOYEE:DATE, e.g. E7:2027-01-12..2027-01-14");
    }
    String id = m.group(1);
    if (problem.findEmployee(id).isEmpty()) {
      throw new IllegalArgumentException(
          "--absent (\"" + value + "\"): the problem has no employee \"" + id + "\"; known: "
              + known(problem.employees().stream().map(Employee::id).toList()));
    }
    LocalDate from = date("--absent", value, m.group(2));
    LocalDate to = m.group(3) == null ? from : date("--absent", value, m.group(3));
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--absent (\"" + value + "\"): the last day " + to + " is before the first " + from);
    }
    inHorizon(problem, "--absent", value, from);
    inHorizon(problem, "--absent", value, to);
    return Absence.builder().employee(id).kind(AbsenceKind.SICK_LEAVE).from(from).to(to).build();
  }

  /** {@code 2027-01-12:D}: a date in the horizon and a shift code of the problem. */
  static org.careroster.constraints.replace.Vacancy vacancy(Problem problem, String value) {
    Matcher m = SHIFT.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("--shift (\"" + value + "\") must be DATE:SHIFT, e.g. 2027-01-12:D");
    }
    LocalDate date = date("--shift", value, m.group(1));
    inHorizon(problem, "--shift", value, date);
    String code = m.group(2);
    if (problem.findShiftType(code).isEmpty()) {
      throw new IllegalArgumentException(
          "--shift (\"" + value + "\"): the problem has no shift type \"" + code + "\"; known: "
              + known(problem.shiftTypes().stream().map(ShiftType::code).toList()));
    }
    return org.careroster.constraints.replace.Vacancy.of(date, code);
  }

  private static LocalDate date(String option, String value, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " (\"" + value + "\"): \"" + text + "\" is not a date such as 2027-01-12");
    }
  }

  private static void inHorizon(Problem problem, String option, String value, LocalDate date) {
    if (!problem.horizon().contains(date)) {
      throw new IllegalArgumentException(
          option + " (\"" + value + "\"): " + date + " lies outside the planning horizon " + problem.horizon());
    }
  }

  private static String known(List<String> ids) {
    return ids.size() <= 12
        ? String.join(", ", ids)
        : ids.stream().limit(12).collect(Collectors.joining(", ")) + ", ... (" + ids.size() + " in all)";
  }
}
