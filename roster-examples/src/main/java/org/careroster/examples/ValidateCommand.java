package org.careroster.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.RuleTotal;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.careroster.views.RosterPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster validate PROBLEM.json ROSTER.json [--rules RULES.json] [--format text|json]}:
 * checks a roster against a rule set (by default {@link RuleSets#kommuneDefault()}) and explains
 * every violation.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + ValidateCommand.USAGE,
    description = {
      "Check a roster from anywhere against a rule set (default: the kommune-default preset; --rules"
          + " reads a saved rule set) and explain every violation with totals per rule; --format json"
          + " writes the report as JSON. Exit 1 when a hard rule is broken.",
      ""
    })
final class ValidateCommand implements Callable<Integer> {

  static final String USAGE =
      "validate PROBLEM.json ROSTER.json [--rules RULES.json] [--format text|json]";

  /** The report formats. */
  enum Format { TEXT, JSON }

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem (docs/FORMAT.md).")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "ROSTER.json", description = "The roster to check.")
  Path rosterFile;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @picocli.CommandLine.Mixin
  HtmlPageOption html = new HtmlPageOption();

  @Option(names = "--format", paramLabel = "text|json", converter = FormatValue.class,
      description = "text (default) or json.")
  Format format = Format.TEXT;

  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** {@code text} or {@code json}. */
  static final class FormatValue implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      switch (value) {
        case "text":
          return Format.TEXT;
        case "json":
          return Format.JSON;
        default:
          throw new OptionValues.Invalid("must be text or json");
      }
    }
  }

  @Override
  public Integer call() {
    try {
      html.check();
    } catch (Outputs.CannotWrite e) {
      err.println("roster validate: " + e.getMessage());
      return RosterCli.USAGE;
    }
    Optional<RosterInputs> inputs = RosterInputs.read("validate", problemFile, rosterFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem problem = inputs.get().problem();
    Roster roster = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    if (html.requested()) {
      try {
        html.write(RosterPage.html(problem, roster, report, html.language));
      } catch (Outputs.CannotWrite e) {
        err.println("roster validate: " + e.getMessage());
        return RosterCli.USAGE;
      }
    }
    if (format == Format.JSON) {
      out.println(RosterJson.strict().write(report));
    } else {
      printText(report);
    }
    return report.isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  private void printText(ValidationReport report) {
    out.println("Rule set: " + report.ruleSet());
    out.println("Validation: " + report.summary());
    out.println();
    out.printf(Locale.ROOT, "  %-26s %-9s %10s %9s %9s%n", "rule", "severity", "violations", "penalty", "cost");
    for (RuleTotal total : report.totals()) {
      out.printf(
          Locale.ROOT,
          "  %-26s %-9s %10d %9d %9s%n",
          total.ruleId(),
          total.severity(),
          total.violations(),
          total.penalty(),
          total.severity().isHard() ? "-" : Long.toString(total.cost()));
    }
    if (!report.violations().isEmpty()) {
      out.println();
    }
    for (Violation v : report.violations()) {
      out.println("  [" + v.ruleId() + ", " + v.severity() + "] " + v.message());
    }
  }
}
