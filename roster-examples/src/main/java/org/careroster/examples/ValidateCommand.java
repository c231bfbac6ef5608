package org.careroster.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.RuleTotal;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;

/**
 * {@code ./roster validate PROBLEM.json ROSTER.json [--rules RULES.json] [--format text|json]}:
 * checks a roster against a rule set (by default {@link RuleSets#kommuneDefault()}) and explains
 * every violation.
 */
final class ValidateCommand {

  static final String USAGE =
      "validate PROBLEM.json ROSTER.json [--rules RULES.json] [--format text|json]";

  private final PrintStream out;
  private final PrintStream err;

  ValidateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    String format = "text";
    Path rulesFile = null;
    Path problemFile = null;
    Path rosterFile = null;
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.equals("--format") || argument.equals("--rules")) {
        if (i + 1 == arguments.size()) {
          return usage(argument + " needs a value");
        }
        String value = arguments.get(++i);
        if (argument.equals("--rules")) {
          rulesFile = Path.of(value);
        } else if (value.equals("text") || value.equals("json")) {
          format = value;
        } else {
          return usage("--format must be text or json, not \"" + value + "\"");
        }
      } else if (argument.startsWith("--")) {
        return usage("unknown option \"" + argument + "\"");
      } else if (problemFile == null) {
        problemFile = Path.of(argument);
      } else if (rosterFile == null) {
        rosterFile = Path.of(argument);
      } else {
        return usage("unexpected argument \"" + argument + "\"");
      }
    }
    if (rosterFile == null) {
      return usage("expected PROBLEM.json and ROSTER.json");
    }
    Optional<RosterInputs> inputs =
        RosterInputs.read("validate", problemFile, rosterFile, rulesFile, RuleSets.kommuneDefault(), err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem problem = inputs.get().problem();
    Roster roster = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    if (format.equals("json")) {
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

  private int usage(String problem) {
    err.println("roster validate: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
