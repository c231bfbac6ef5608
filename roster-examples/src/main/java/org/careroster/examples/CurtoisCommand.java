package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.examples.curtois.CurtoisFormatException;
import org.careroster.examples.curtois.CurtoisInstance;
import org.careroster.examples.curtois.CurtoisSolution;

/**
 * {@code ./roster curtois INSTANCE.txt [--time-limit 60] [--threads 2] [--seed 1] --out
 * SOLUTION.csv}: solves one Curtois & Qu benchmark instance with careroster's own solver, writes
 * the solution, validates the written file and prints one JSON line with the objective.
 */
final class CurtoisCommand {

  static final String USAGE =
      "curtois INSTANCE.txt [--time-limit 60] [--threads 2] [--seed 1] --out SOLUTION.csv";

  private final PrintStream out;
  private final PrintStream err;

  CurtoisCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** The outcome of one instance, as the JSON line and the suite's table report it. */
  record Outcome(
      String instance,
      Long objective,
      Integer hardViolations,
      String status,
      double elapsedS,
      double timeToBestS,
      long peakHeapMb) {

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"instance\":\"%s\",\"objective\":%s,\"hardViolations\":%s,\"status\":\"%s\",\"elapsedS\":%.1f,\"timeToBestS\":%.1f}",
          instance,
          objective == null ? "null" : objective.toString(),
          hardViolations == null ? "null" : hardViolations.toString(),
          status,
          elapsedS,
          timeToBestS);
    }
  }

  /** The command-line options shared with {@code curtois-suite}, and its one file argument. */
  static final class Settings {
    Duration timeLimit = Duration.ofSeconds(60);
    int threads = 2;
    long seed = 1;
    Path file;
    Path out;

    /**
     * Reads {@code arguments}: one file and the options {@code --time-limit}, {@code --threads},
     * {@code --seed} and {@code --out}.
     *
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static Settings parse(List<String> arguments, String expected) {
      Settings settings = new Settings();
      for (int i = 0; i < arguments.size(); i++) {
        String argument = arguments.get(i);
        if (!argument.startsWith("--")) {
          if (settings.file != null) {
            throw new IllegalArgumentException("unexpected argument \"" + argument + "\"");
          }
          settings.file = Path.of(argument);
          continue;
        }
        if (i + 1 == arguments.size()) {
          throw new IllegalArgumentException(argument + " needs a value");
        }
        String value = arguments.get(++i);
        switch (argument) {
          case "--time-limit":
            settings.timeLimit = SolveCommand.duration(argument, value);
            break;
          case "--threads":
            settings.threads = (int) SolveCommand.positive(argument, value);
            break;
          case "--seed":
            settings.seed = SolveCommand.number(argument, value);
            break;
          case "--out":
            settings.out = Path.of(value);
            break;
          default:
            throw new IllegalArgumentException("unknown option \"" + argument + "\"");
        }
      }
      if (settings.file == null) {
        throw new IllegalArgumentException("expected " + expected);
      }
      return settings;
    }
  }

  int run(List<String> arguments) {
    Settings settings;
    try {
      settings = Settings.parse(arguments, "INSTANCE.txt");
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (settings.out == null) {
      return usage("--out SOLUTION.csv is required");
    }
    Path instanceFile = settings.file;
    Path outFile = settings.out;
    CurtoisInstance instance;
    try {
      instance = CurtoisInstance.read(instanceFile);
    } catch (CurtoisFormatException e) {
      err.println("roster curtois: " + e.getMessage());
      return RosterCli.USAGE;
    } catch (IOException e) {
      err.println("roster curtois: " + RosterInputs.cannotRead(instanceFile, e));
      return RosterCli.USAGE;
    }
    Outcome outcome;
    try {
      outcome = solve(instance, settings, outFile, err);
    } catch (IOException e) {
      err.println("roster curtois: cannot write " + outFile + ": " + e);
      return RosterCli.USAGE;
    }
    out.println(outcome.json());
    return outcome.objective() != null && outcome.hardViolations() == 0 ? RosterCli.OK : RosterCli.FAILED;
  }

  /**
   * Solves {@code instance}, writes the solution to {@code outFile} and scores the written file
   * with the validator. Progress lines go to {@code progress}.
   */
  static Outcome solve(CurtoisInstance instance, Settings settings, Path outFile, PrintStream progress)
      throws IOException {
    resetPeaks();
    Problem problem = instance.problem();
    RuleSet rules = instance.rules();
    SolverOptions options =
        SolverOptions.builder()
            .timeLimit(settings.timeLimit)
            .threads(settings.threads)
            .seed(settings.seed)
            .listener(
                (objective, elapsed) ->
                    progress.printf(
                        Locale.ROOT,
                        "roster curtois: %s objective %d after %.1f s%n",
                        instance.name(),
                        objective,
                        elapsed.toMillis() / 1000.0))
            .build();
    SolveResult result = new RosterSolver().solve(problem, rules, options);
    double elapsed = result.elapsed().toMillis() / 1000.0;
    if (result.roster().isEmpty()) {
      return new Outcome(instance.name(), null, null, result.status().name(), elapsed, elapsed, peakHeapMb());
    }
    CurtoisSolution.write(outFile, instance, result.roster().get());
    // The objective is the validator's, from the file as written.
    Roster written =
        CurtoisSolution.parse(instance, outFile.toString(), Files.readString(outFile, StandardCharsets.US_ASCII));
    ValidationReport report = RosterValidator.validate(problem, written, rules);
    return new Outcome(
        instance.name(),
        report.softPenalty(),
        report.hardViolationCount(),
        result.status().name(),
        elapsed,
        result.timeToBest().orElse(result.elapsed()).toMillis() / 1000.0,
        peakHeapMb());
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since the last reset, in MB. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  private int usage(String problem) {
    err.println("roster curtois: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
