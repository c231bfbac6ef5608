package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster solve PROBLEM.json [--rules RULES.json] [--time-limit 30s] [--max-nodes N]
 * [--seed N] [--threads N] [--out ROSTER.json] [--quiet]}: generates a roster under the rule set
 * (kommune-default unless {@code --rules}), with a progress line on stderr and the roster grid and
 * validation summary on stdout. Without a roster it exits 1 when the search proved that none keeps
 * the hard rules, and 3 when a limit ended it first.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + SolveCommand.USAGE,
    description = {
      "Generate a roster (default rules: kommune-default; default limit 30 s), with a progress line on"
          + " stderr, the roster grid and the validation on stdout, and an explanation when no lawful"
          + " roster is found. Exit 1 when no roster keeps the hard rules (proven), 3 when the limit"
          + " ended the search before a roster was found.",
      ""
    })
final class SolveCommand implements Callable<Integer> {

  static final String USAGE =
      "solve PROBLEM.json [--rules RULES.json] [--time-limit 30s] [--max-nodes N] [--seed N]"
          + " [--threads N] [--out ROSTER.json] [--quiet]";

  /** The limit when neither {@code --time-limit} nor {@code --max-nodes} is given. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem (docs/FORMAT.md).")
  Path problemFile;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit: 60, 30s, 500ms, 2m or PT30S (default: 30s unless --max-nodes).")
  Duration timeLimit;

  @Option(names = "--max-nodes", paramLabel = "N", converter = OptionValues.PositiveNumber.class,
      description = "Deterministic limit in search nodes per thread.")
  Long maxNodes;

  @Option(names = "--seed", paramLabel = "N", converter = OptionValues.WholeNumber.class,
      description = "Seed of the randomised search (default: 0).")
  long seed;

  @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Searches at once, 1 to 64 (default: 1).")
  int threads = 1;

  @Option(names = "--out", paramLabel = "ROSTER.json", description = "Write the roster there.")
  Path outFile;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @picocli.CommandLine.Mixin
  HtmlPageOption html = new HtmlPageOption();

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  SolveCommand(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      html.check();
    } catch (Outputs.CannotWrite e) {
      return fail(e.getMessage());
    }
    if (outFile != null) {
      try {
        Outputs.checkFile(outFile);
      } catch (Outputs.CannotWrite e) {
        return fail(e.getMessage());
      }
    }
    SolverOptions.Builder options = SolverOptions.builder().seed(seed).threads(threads);
    if (timeLimit == null && maxNodes == null) {
      options.timeLimit(DEFAULT_TIME_LIMIT);
    }
    Optional.ofNullable(timeLimit).ifPresent(options::timeLimit);
    Optional.ofNullable(maxNodes).ifPresent(options::maxNodes);
    Optional<RosterInputs> inputs = RosterInputs.readProblem("solve", problemFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem problem = inputs.get().problem();
    RuleSet rules = inputs.get().rules();
    Optional<Duration> limit = timeLimit == null && maxNodes == null ? Optional.of(DEFAULT_TIME_LIMIT) : Optional.ofNullable(timeLimit);
    SolveResult result;
    try (ProgressLine progress = new ProgressLine(err, "solve", ProgressLine.mode(terminal, quiet), limit, System::nanoTime)) {
      result = new RosterSolver().solve(problem, rules, options.listener(progress.start()).build());
      progress.finish(result.elapsed(), OptionalLong.of(result.nodes()),
          result.report().map(r -> OptionalLong.of(r.hardViolationCount())).orElse(OptionalLong.empty()),
          result.status().toString());
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    out.printf(
        Locale.ROOT,
        "Rule set: %s%nSolver: %s after %d nodes, %.1f s%n",
        rules.name(),
        result.status(),
        result.nodes(),
        result.elapsed().toMillis() / 1000.0);
    if (result.roster().isEmpty()) {
      boolean proven = result.infeasibility().map(Infeasibility::proven).orElse(result.status() == SolveStatus.INFEASIBLE);
      out.println(result.infeasibility().map(Infeasibility::headline).orElse(
          proven ? "No roster keeps the hard rules." : unfinished(limit)));
      result.infeasibility().ifPresent(why -> out.print(why));
      return proven ? RosterCli.FAILED : RosterCli.UNFINISHED;
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
        Outputs.createParents(outFile);
        RosterJson.strict().write(outFile, roster);
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outFile, e).getMessage());
      }
      out.println("Wrote " + outFile);
    }
    if (html.requested()) {
      try {
        html.write(org.careroster.views.RosterPage.html(problem, roster, report, html.language));
      } catch (Outputs.CannotWrite e) {
        return fail(e.getMessage());
      }
      out.println("Wrote " + html.file);
    }
    return report.isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  /** The headline when the search ended by a limit without an explanation. */
  private static String unfinished(Optional<Duration> limit) {
    return "No lawful roster found"
        + limit.map(l -> " within " + (l.toMillis() % 1000 == 0 ? l.toSeconds() + " s" : l.toMillis() + " ms"))
            .orElse("")
        + "; the search was not finished.";
  }

  private int fail(String message) {
    err.println("roster solve: " + message);
    return RosterCli.USAGE;
  }
}
