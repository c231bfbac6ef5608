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
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveListener;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.examples.curtois.CurtoisFormatException;
import org.careroster.examples.curtois.CurtoisInstance;
import org.careroster.examples.curtois.CurtoisSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster curtois INSTANCE.txt [--time-limit 60] [--threads 2] [--seed 1] --out
 * SOLUTION.csv [--quiet]}: solves one Curtois & Qu benchmark instance with careroster's own solver, writes
 * the solution, validates the written file and prints one JSON line with the objective.
 */
@Command(
    name = "curtois",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + CurtoisCommand.USAGE,
    description = {
      "Solve a Curtois & Qu benchmark instance with the same solver, write the solution CSV and print"
          + " one JSON line with the objective the validator computes from the written file (time"
          + " limit in seconds unless a unit is given).",
      ""
    })
final class CurtoisCommand implements Callable<Integer> {

  static final String USAGE =
      "curtois INSTANCE.txt [--time-limit 60] [--threads 2] [--seed 1] --out SOLUTION.csv [--quiet]";

  @Parameters(index = "0", paramLabel = "INSTANCE.txt", description = "A Curtois & Qu instance (InstanceN.txt).")
  Path instanceFile;

  @Mixin Settings settings = new Settings();

  @Option(names = "--out", paramLabel = "SOLUTION.csv", required = true, description = "Write the solution there.")
  Path outFile;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  CurtoisCommand(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
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

  /** The search options shared with {@code curtois-suite}. */
  static final class Settings {
    @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
        description = "Limit per instance: seconds (60) or 30s, 2m, PT1M (default: 60).")
    Duration timeLimit = Duration.ofSeconds(60);

    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
        description = "Searches at once, 1 to 64 (default: 2).")
    int threads = 2;

    @Option(names = "--seed", paramLabel = "N", converter = OptionValues.WholeNumber.class,
        description = "Seed of the randomised search (default: 1).")
    long seed = 1;
  }

  @Override
  public Integer call() {
    try {
      Outputs.checkFile(outFile);
    } catch (Outputs.CannotWrite e) {
      return fail(e.getMessage());
    }
    CurtoisInstance instance;
    try {
      instance = CurtoisInstance.read(instanceFile);
    } catch (CurtoisFormatException e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail(RosterInputs.cannotRead(instanceFile, e));
    }
    Outcome outcome;
    try (ProgressLine progress = new ProgressLine(err, "curtois", ProgressLine.mode(terminal, quiet),
        Optional.of(settings.timeLimit), System::nanoTime)) {
      outcome = solve(instance, settings, outFile, progress.start());
      progress.finish(Duration.ofMillis(Math.round(outcome.elapsedS() * 1000)), OptionalLong.empty(),
          outcome.hardViolations() == null ? OptionalLong.empty() : OptionalLong.of(outcome.hardViolations()),
          outcome.status());
    } catch (IOException e) {
      return fail(Outputs.cannotWrite(outFile, e).getMessage());
    }
    out.println(outcome.json());
    return outcome.objective() != null && outcome.hardViolations() == 0 ? RosterCli.OK : RosterCli.FAILED;
  }

  /**
   * Solves {@code instance}, writes the solution to {@code outFile} and scores the written file
   * with the validator; {@code listener}, if not null, hears of each improving roster.
   */
  static Outcome solve(CurtoisInstance instance, Settings settings, Path outFile, SolveListener listener)
      throws IOException {
    resetPeaks();
    Problem problem = instance.problem();
    RuleSet rules = instance.rules();
    SolverOptions.Builder options =
        SolverOptions.builder().timeLimit(settings.timeLimit).threads(settings.threads).seed(settings.seed);
    if (listener != null) {
      options.listener(listener);
    }
    SolveResult result = new RosterSolver().solve(problem, rules, options.build());
    double elapsed = result.elapsed().toMillis() / 1000.0;
    if (result.roster().isEmpty()) {
      return new Outcome(instance.name(), null, null, result.status().name(), elapsed, elapsed, peakHeapMb());
    }
    Outputs.createParents(outFile);
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

  private int fail(String message) {
    err.println("roster curtois: " + message);
    return RosterCli.USAGE;
  }
}
