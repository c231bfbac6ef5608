package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.careroster.core.json.RosterInputException;
import org.careroster.metrics.Scorecard;
import org.careroster.metrics.ScorecardFormat;
import org.careroster.metrics.UnitRecords;

/**
 * The {@code ./roster kpi RECORDS.json [--format text|markdown|csv|json]} command: reads a KPI
 * records document (docs/FORMAT.md) and prints the unit's scorecard with the default choices of
 * {@link org.careroster.metrics.ScorecardOptions}.
 */
final class KpiCommand {

  static final String USAGE = "usage: kpi RECORDS.json [--format text|markdown|csv|json]";

  private final PrintStream out;
  private final PrintStream err;

  KpiCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command on {@code arguments} and returns the exit status. */
  int run(List<String> arguments) {
    Path file = null;
    ScorecardFormat format = ScorecardFormat.TEXT;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.equals("--format")) {
        if (i + 1 == arguments.size()) {
          err.println("roster kpi: --format needs a value; " + USAGE);
          return RosterCli.USAGE;
        }
        try {
          format = ScorecardFormat.parse(arguments.get(++i));
        } catch (IllegalArgumentException e) {
          err.println("roster kpi: --format \"" + arguments.get(i) + "\" is not one of text, markdown, csv, json");
          return RosterCli.USAGE;
        }
      } else if (file == null && !argument.startsWith("--")) {
        file = Path.of(argument);
      } else {
        err.println("roster kpi: unexpected argument \"" + argument + "\"; " + USAGE);
        return RosterCli.USAGE;
      }
    }
    if (file == null) {
      err.println("roster kpi: expected RECORDS.json; " + USAGE);
      return RosterCli.USAGE;
    }
    UnitRecords records;
    try {
      records = UnitRecords.read(file);
    } catch (RosterInputException e) {
      err.println("roster kpi: " + RosterInputs.inFile(file, e));
      return RosterCli.USAGE;
    } catch (IOException e) {
      err.println("roster kpi: " + RosterInputs.cannotRead(file, e));
      return RosterCli.USAGE;
    }
    Scorecard scorecard;
    try {
      scorecard = Scorecard.of(records);
    } catch (IllegalArgumentException e) {
      err.println("roster kpi: " + file + ": " + e.getMessage());
      return RosterCli.USAGE;
    }
    out.print(scorecard.render(format));
    return RosterCli.OK;
  }
}
