package org.careroster.examples.curtois;

/**
 * An instance or solution file that does not follow the Curtois & Qu text format: the message
 * names the file, the line, the text found and what was expected.
 */
public final class CurtoisFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * @param file the file's name
   * @param line the 1-based line number, or 0 for the file as a whole
   * @param problem what was wrong, with the value found and the expectation
   */
  public CurtoisFormatException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem concerns the file as a whole. */
  public int line() {
    return line;
  }
}
