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

  InvalidModelException(String subject, String path, Object value, String expectation) {
    this(subject, path, render(value), expectation, 0);
  }

  private InvalidModelException(
      String subject, String path, String value, String expectation, int unused) {
    super(subject + ": " + path + " (" + value + ") " + expectation);
    this.subject = subject;
    this.path = path;
    this.value = value;
    this.expectation = expectation;
  }

  /**
   * Where the bad value sits, relative to the object that failed to build, e.g. {@code
   * "employees[1].id"} or {@code "positionPercent"}.
   */
  public String path() {
    return path;
  }

  /** The offending value as written in JSON: strings in quotes, numbers and dates as they are. */
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

  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence) {
      return "\"" + value + "\"";
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value.toString();
  }
}
