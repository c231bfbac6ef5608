package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careroster.core.json.RosterInputException;
import org.careroster.metrics.Scorecard;
import org.careroster.metrics.ScorecardFormat;
import org.careroster.metrics.UnitRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code ./roster kpi RECORDS.json [--format text|markdown|csv|json]} command: reads a KPI
 * records document (docs/FORMAT.md) and prints the unit's scorecard with the default choices of
 * {@link org.careroster.metrics.ScorecardOptions}.
 */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + KpiCommand.USAGE,
    description = {
      "Print a unit's scorecard (målekort) over its periods from staff, work records and absences"
          + " (docs/FORMAT.md, docs/KPIS.md).",
      ""
    })
final class KpiCommand implements Callable<Integer> {

  static final String USAGE = "kpi RECORDS.json [--format text|markdown|csv|json]";

  @Parameters(index = "0", paramLabel = "RECORDS.json", description = "Staff, work records and absences per period.")
  Path file;

  @Option(names = "--format", paramLabel = "text|markdown|csv|json", converter = FormatValue.class,
      description = "text (default), markdown, csv or json.")
  ScorecardFormat format = ScorecardFormat.TEXT;

  @picocli.CommandLine.Mixin
  HtmlPageOption html = new HtmlPageOption();

  private final PrintStream out;
  private final PrintStream err;

  KpiCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** {@code text}, {@code markdown}, {@code csv} or {@code json}, in any case. */
  static final class FormatValue implements ITypeConverter<ScorecardFormat> {
    @Override
    public ScorecardFormat convert(String value) {
      try {
        return ScorecardFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new OptionValues.Invalid("must be one of text, markdown, csv, json");
      }
    }
  }

  /** Reads the records and prints the scorecard; returns the exit status. */
  @Override
  public Integer call() {
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
    if (html.requested()) {
      try {
        html.check();
        html.write(org.careroster.views.ScorecardPage.html(scorecard, java.util.List.of(), html.language));
      } catch (Outputs.CannotWrite e) {
        err.println("roster kpi: " + e.getMessage());
        return RosterCli.USAGE;
      }
    }
    out.print(scorecard.render(format));
    return RosterCli.OK;
  }
}
