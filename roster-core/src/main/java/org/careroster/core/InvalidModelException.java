package org.careroster.core;

import java.math.BigDecimal;

/**
 * Thrown when a value type of the model would be built in an invalid state: it names the subject,
 * the offending field as a path relative to the object being built, the value and what was
 * expected.
 *
 * <p>For example, building a {@link Problem} whose second employee repeats an id fails with {@code
 * path() == "employees[1].id"}, {@code value() == "\"E1\""} and the message {@code Problem:
 * employees[1].id ("E1") is a duplicate}. The JSON reader uses {@link #path()} to point at the
 * place in a document.
 */
public final class InvalidModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String value;
  private final String expectation;
  private final String subject;

  /**
   * An exception for {@code value} at {@code path} of {@code subject}; other modules' value types
   * (rule parameters, the KPI records of {@code roster-metrics}) use it so that the JSON reader can
   * point at the place in a document.
   *
   * @param subject the object that failed to build, e.g. {@code "Employee E7"}
   * @param path where the bad value sits, relative to that object, e.g. {@code "employees[1].id"}
   * @param value the offending value, or {@code null} when it is missing
   * @param expectation what was expected instead, e.g. {@code "must be between 0 and 100"}
   */
  public InvalidModelException(String subject, String path, Object value, String expectation) {
    super(subject + ": " + path + " (" + render(value) + ") " + expectation);
    this.subject = subject;
    this.path = path;
    this.value = render(value);
    this.expectation = expectation;
  }

  /** An exception whose value is already rendered (see {@link #within}). */
  private InvalidModelException(String subject, String path, String rendered, String expectation, boolean rendering) {
    super(subject + ": " + path + " (" + rendered + ") " + expectation);
    this.subject = subject;
    this.path = path;
    this.value = rendered;
    this.expectation = expectation;
  }

  /**
   * This failure as seen from an enclosing object: {@code subject} instead of this one's, and the
   * path behind {@code prefix}, e.g. {@code within("PlanOptions", "previous.")} turns {@code
   * assignments[0].employee} into {@code previous.assignments[0].employee}; value and expectation
   * stay.
   */
  public InvalidModelException within(String subject, String prefix) {
    InvalidModelException moved = new InvalidModelException(subject, prefix + path, value, expectation, true);
    moved.initCause(this);
    return moved;
  }

  /**
   * Where the bad value sits, relative to the object that failed to build, e.g. {@code
   * "employees[1].id"} or {@code "positionPercent"}.
   */
  public String path() {
    return path;
  }

  /**
   * The offending value as written in JSON: text, dates, times, durations and enum names in quotes,
   * numbers and booleans as they are; {@code null} when the value is missing.
   */
  public String value() {
    return value;
  }

  /** What was expected instead, e.g. {@code "must be between 0 and 100"}. */
  public String expectation() {
    return expectation;
  }

  /** The object that failed to build, e.g. {@code "Employee E7"}. */
  public String subject() {
    return subject;
  }

  /**
   * {@code value} as careroster's error messages show it, as written in JSON: numbers plainly
   * unless huge or tiny (then in E notation, so that {@code 1e999999} cannot blow up a message),
   * booleans as they are, {@code null} for a missing value, and everything else (text, dates,
   * times, durations, enums) as a quoted string.
   */
  public static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal) {
      return plain((BigDecimal) value);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    // dates, times, durations, enums and text are JSON strings
    return "\"" + value + "\"";
  }

  /** A decimal without E notation, unless that would take more than 40 characters. */
  private static String plain(BigDecimal value) {
    long digits = (long) value.precision() - value.scale();
    return Math.abs(digits) > 40 || value.scale() > 40 ? value.toString() : value.toPlainString();
  }
}
