package org.careroster.core.json;

import java.util.Optional;

/**
 * A JSON document that careroster cannot accept: malformed, of the wrong shape, or describing an
 * invalid model. The message names the JSON path, the value and what was expected:
 *
 * <pre>{@code
 * $.employees[3].positionPercent: 120 must be between 0 and 100 (Employee E4)
 * }</pre>
 *
 * <p>Nothing is half-built: when this is thrown, no object was returned.
 */
public final class RosterInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String value;
  private final String problem;

  /**
   * An exception for the value at {@code path}.
   *
   * @param path JSON path of the bad value, e.g. {@code $.employees[3].positionPercent}
   * @param value the value as written, or {@code null} if there is none (a missing field)
   * @param problem what is wrong and what was expected
   */
  public RosterInputException(String path, String value, String problem) {
    this(path, value, problem, null);
  }

  RosterInputException(String path, String value, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
    this.value = value;
    this.problem = problem;
  }

  /** JSON path of the bad value, e.g. {@code $.employees[3].positionPercent}; {@code $} is the root. */
  public String path() {
    return path;
  }

  /** The bad value as written in the document, if there is one. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}
