package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;

/**
 * {@code ./roster solve PROBLEM.json [--rules RULES.json] [--time-limit 30s] [--max-nodes N]
 * [--seed N] [--threads N] [--out ROSTER.json]}: generates a roster, printing a progress line per
 * improving roster on stderr and the roster grid and validation summary on stdout. Without a
 * roster it exits 1 when the search proved that none keeps the hard rules, and 3 when a limit
 * ended it first.
 */
final class SolveCommand {

  static final String USAGE =
      "solve PROBLEM.json [--rules RULES.json] [--time-limit 30s] [--max-nodes N] [--seed N]"
          + " [--threads N] [--out ROSTER.json]";

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final PrintStream out;
  private final PrintStream err;

  SolveCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    Path problemFile = null;
    Path rulesFile = null;
    Path outFile = null;
    SolverOptions.Builder options = SolverOptions.builder();
    boolean limited = false;
    try {
      for (int i = 0; i < arguments.size(); i++) {
        String argument = arguments.get(i);
        if (!argument.startsWith("--")) {
          if (problemFile != null) {
            return usage("unexpected argument \"" + argument + "\"");
          }
          problemFile = Path.of(argument);
          continue;
        }
        if (i + 1 == arguments.size()) {
          return usage(argument + " needs a value");
        }
        String value = arguments.get(++i);
        switch (argument) {
          case "--rules":
            rulesFile = Path.of(value);
            break;
          case "--out":
            outFile = Path.of(value);
            break;
          case "--time-limit":
            options.timeLimit(duration(argument, value));
            limited = true;
            break;
          case "--max-nodes":
            options.maxNodes(positive(argument, value));
            limited = true;
            break;
          case "--seed":
            options.seed(number(argument, value));
            break;
          case "--threads":
            options.threads((int) positive(argument, value));
            break;
          default:
            return usage("unknown option \"" + argument + "\"");
        }
      }
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (problemFile == null) {
      return usage("expected PROBLEM.json");
    }
    if (!limited) {
      options.timeLimit(Duration.ofSeconds(30));
    }
    RosterJson json = RosterJson.strict();
    Problem problem;
    RuleSet rules = RuleSets.basic();
    Path reading = problemFile;
    try {
      problem = json.readProblem(problemFile);
      if (rulesFile != null) {
        reading = rulesFile;
        rules = json.read(RosterJson.readUtf8(rulesFile), RuleSet.class);
      }
    } catch (RosterInputException e) {
      err.println("roster solve: " + RosterInputs.inFile(reading, e));
      return RosterCli.USAGE;
    } catch (IOException e) {
      err.println("roster solve: " + RosterInputs.cannotRead(reading, e));
      return RosterCli.USAGE;
    }
    options.listener(
        (objective, elapsed) ->
            err.printf(Locale.ROOT, "roster solve: objective %d after %.1f s%n", objective, elapsed.toMillis() / 1000.0));
    SolveResult result;
    try {
      result = new RosterSolver().solve(problem, rules, options.build());
    } catch (IllegalArgumentException e) {
      err.println("roster solve: " + e.getMessage());
      return RosterCli.USAGE;
    }
    out.printf(
        Locale.ROOT,
        "Rule set: %s%nSolver: %s after %d nodes, %.1f s%n",
        rules.name(),
        result.status(),
        result.nodes(),
        result.elapsed().toMillis() / 1000.0);
    if (result.roster().isEmpty()) {
      out.println(result.infeasibility().map(Infeasibility::headline).orElse(
          result.status() == SolveStatus.INFEASIBLE
              ? "No roster keeps the hard rules."
              : "No lawful roster found; the search was not finished."));
      result.infeasibility().ifPresent(why -> out.print(why));
      return result.status() == SolveStatus.UNKNOWN ? RosterCli.UNFINISHED : RosterCli.FAILED;
    }
    Roster roster = result.roster().get();
    out.println();
    out.println(RosterGrid.render(problem, roster));
    ValidationReport report = result.report().orElseThrow();
    out.println("Validation: " + report.summary());
    for (Map.Entry<String, Long> cost : result.objectiveBreakdown().entrySet()) {
      if (cost.getValue() > 0) {
        out.printf(Locale.ROOT, "  %-24s %d%n", cost.getKey(), cost.getValue());
      }
    }
    if (outFile != null) {
      try {
        json.write(outFile, roster);
      } catch (IOException e) {
        err.println("roster solve: cannot write " + outFile + ": " + e);
        return RosterCli.USAGE;
      }
      out.println("Wrote " + outFile);
    }
    return report.isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  /**
   * {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, ISO-8601 ({@code PT30S}) or a bare number
   * of seconds ({@code 60}).
   */
  static Duration duration(String option, String value) {
    if (value.matches("\\d+")) {
      return positive(option, value, Duration.ofSeconds(Long.parseLong(value)));
    }
    Matcher simple = SIMPLE_DURATION.matcher(value);
    if (simple.matches()) {
      long amount = Long.parseLong(simple.group(1));
      switch (simple.group(2)) {
        case "ms":
          return positive(option, value, Duration.ofMillis(amount));
        case "s":
          return positive(option, value, Duration.ofSeconds(amount));
        case "m":
          return positive(option, value, Duration.ofMinutes(amount));
        default:
          return positive(option, value, Duration.ofHours(amount));
      }
    }
    try {
      return positive(option, value, Duration.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " (\"" + value + "\") must be a duration such as 60, 30s, 500ms, 2m or PT30S");
    }
  }

  private static Duration positive(String option, String value, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(option + " (\"" + value + "\") must be positive");
    }
    return duration;
  }

  static long number(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " (\"" + value + "\") must be a whole number");
    }
  }

  static long positive(String option, String value) {
    long n = number(option, value);
    if (n <= 0) {
      throw new IllegalArgumentException(option + " (\"" + value + "\") must be positive");
    }
    return n;
  }

  private int usage(String problem) {
    err.println("roster solve: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
