package org.careroster.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.careroster.views.RosterPage;
import picocli.CommandLine.Option;

/** The {@code --html FILE [--lang en|nn]} options of the commands that can also write a page (a picocli mixin). */
final class HtmlPageOption {

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the page (roster-views): the roster grid with its violations, or the scorecard.")
  Path file;

  @Option(names = "--lang", paramLabel = "en|nn", converter = OptionValues.PageLanguage.class,
      description = "Language of the --html page: en (default) or nn.")
  RosterPage.Language language = RosterPage.Language.ENGLISH;

  /** Whether a page was asked for. */
  boolean requested() {
    return file != null;
  }

  /** Checks, before any work, that the page can be written. */
  void check() throws Outputs.CannotWrite {
    if (file != null) {
      Outputs.checkFile(file);
    }
  }

  /** Writes {@code html} to the file all or nothing. */
  void write(String html) throws Outputs.CannotWrite {
    try {
      Outputs.writeAtomically(file, html);
    } catch (IOException e) {
      throw Outputs.cannotWrite(file, e);
    }
  }
}
