package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.careroster.metrics.FullTimeShare;

/**
 * The {@code ./roster} command line.
 *
 * <p>Exit status: 0 on success, 1 when the roster breaks a hard rule or none was found, 2 on bad
 * usage or input.
 */
public final class RosterCli {

  /** Exit status for success. */
  public static final int OK = 0;

  /** Exit status when no lawful roster was produced. */
  public static final int FAILED = 1;

  /** Exit status for bad usage or input. */
  public static final int USAGE = 2;

  private static final long DEMO_MAX_NODES = 20_000;

  private final PrintStream out;
  private final PrintStream err;

  /** A command line that prints to {@code out} and reports errors to {@code err}. */
  public RosterCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(new RosterCli(System.out, System.err).run(args));
  }

  /** Runs the command named by {@code args[0]} and returns the exit status. */
  public int run(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "--help" : args[0];
    switch (command) {
      case "demo":
        return demo(rest);
      case "validate":
        return new ValidateCommand(out, err).run(rest);
      case "kpi":
        return new KpiCommand(out, err).run(rest);
      case "solve":
        return new SolveCommand(out, err).run(rest);
      case "help":
      case "--help":
      case "-h":
        out.print(help());
        return OK;
      default:
        err.println("roster: unknown command \"" + command + "\"");
        err.print(help());
        return USAGE;
    }
  }

  private static String help() {
    return String.join(
        "\n",
        "Usage: ./roster COMMAND [OPTIONS]",
        "",
        "Commands:",
        "  demo [--out DIR]",
        "           Solve the sample ward for two weeks, validate the roster and print it",
        "           with the validation result and the full-time share. With --out, also",
        "           write DIR/problem.json and DIR/roster.json (docs/FORMAT.md).",
        "  " + SolveCommand.USAGE,
        "           Generate a roster (default rules: basic; default limit 30 s), with a",
        "           progress line per improving roster on stderr, the roster grid and the",
        "           validation on stdout, and an explanation when no lawful roster exists.",
        "  " + ValidateCommand.USAGE,
        "           Check a roster from anywhere against a rule set (default: the",
        "           kommune-default preset; --rules reads a saved rule set) and explain",
        "           every violation with totals per rule; --format json writes the report",
        "           as JSON. Exit 1 when a hard rule is broken.",
        "  kpi RECORDS.json [--format text|markdown|csv|json]",
        "           Print a unit's scorecard (målekort) over its periods from staff, work",
        "           records and absences (docs/FORMAT.md, docs/KPIS.md).",
        "  help     Show this help.",
        "",
        "Exit status: 0 success, 1 no lawful roster, 2 bad usage or input.",
        "");
  }

  private int demo(List<String> arguments) {
    Path outDir = null;
    if (arguments.size() == 2 && arguments.get(0).equals("--out")) {
      outDir = Path.of(arguments.get(1));
    } else if (!arguments.isEmpty()) {
      err.println(
          "roster demo: unexpected argument \"" + arguments.get(0) + "\"; usage: demo [--out DIR]");
      return USAGE;
    }
    Problem problem = DemoWard.problem();
    RuleSet rules = RuleSets.basic();
    out.printf(
        "Demo ward: %d employees, shifts %s, %s (%d days)%n",
        problem.employees().size(),
        problem.shiftTypes().stream().map(ShiftType::code).toList(),
        problem.horizon(),
        problem.horizon().days());
    out.println("Rules: " + rules);
    SolverOptions options =
        SolverOptions.builder().maxNodes(DEMO_MAX_NODES).timeLimit(Duration.ofSeconds(30)).seed(1).build();
    SolveResult result = new RosterSolver().solve(problem, rules, options);
    out.printf(
        Locale.ROOT,
        "Solver: %s after %d nodes, %.1f s (best found at %.1f s)%n%n",
        result.status(),
        result.nodes(),
        result.elapsed().toMillis() / 1000.0,
        result.timeToBest().map(d -> d.toMillis() / 1000.0).orElse(0.0));
    if (result.roster().isEmpty()) {
      err.println("roster demo: no roster found (" + result.status() + ")");
      return FAILED;
    }
    Roster roster = result.roster().get();
    out.println(RosterGrid.render(problem, roster));
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    out.println("Validation: " + report.summary());
    for (Violation violation : report.violations()) {
      out.println("  " + violation);
    }
    out.println("Full-time share: " + FullTimeShare.of(problem.employees()));
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
        RosterJson json = RosterJson.strict();
        json.write(outDir.resolve("problem.json"), problem);
        json.write(outDir.resolve("roster.json"), roster);
      } catch (IOException e) {
        err.println("roster demo: cannot write to " + outDir + ": " + e);
        return USAGE;
      }
      out.println("Wrote " + outDir.resolve("problem.json") + " and " + outDir.resolve("roster.json"));
    }
    return report.isFeasible() ? OK : FAILED;
  }
}
