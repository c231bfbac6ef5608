package org.careroster.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careroster.examples.curtois.CurtoisFormatException;
import org.careroster.examples.curtois.CurtoisInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster curtois-suite DIR [--time-limit 60] [--threads 2] [--seed 1] [--out TABLE.md]}:
 * runs every {@code Instance*.txt} in DIR in numeric order and writes a Markdown table of
 * objective, best known value, gap and time to best (and peak heap) to stdout and, with {@code
 * --out}, to a file. Solutions go next to the table (or to a temporary directory) as {@code
 * InstanceN.csv}; each instance's JSON line goes to stderr.
 */
@Command(
    name = "curtois-suite",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + CurtoisSuiteCommand.USAGE,
    description = {
      "Run every InstanceN.txt in DIR and print a Markdown table: objective, best known value, gap %%,"
          + " time to best, hard violations and peak heap.",
      ""
    })
final class CurtoisSuiteCommand implements Callable<Integer> {

  static final String USAGE =
      "curtois-suite DIR [--time-limit 60] [--threads 2] [--seed 1] [--out TABLE.md]";

  private static final Pattern INSTANCE = Pattern.compile("Instance(\\d+)\\.txt");

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory of InstanceN.txt files.")
  Path dir;

  @Mixin CurtoisCommand.Settings settings = new CurtoisCommand.Settings();

  @Option(names = "--out", paramLabel = "TABLE.md", description = "Also write the table there (solutions go next to it).")
  Path outFile;

  private final PrintStream out;
  private final PrintStream err;

  CurtoisSuiteCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A row of best-known.csv. */
  record Reference(String lowerBound, long bestKnown, String ipVns60) {}

  @Override
  public Integer call() {
    if (outFile != null) {
      try {
        Outputs.checkFile(outFile);
      } catch (Outputs.CannotWrite e) {
        return fail(e.getMessage());
      }
    }
    if (!Files.isDirectory(dir)) {
      return fail("DIR (" + dir + ") is not a directory");
    }
    List<Path> instances;
    try (Stream<Path> files = Files.list(dir)) {
      instances =
          files
              .filter(f -> INSTANCE.matcher(f.getFileName().toString()).matches())
              .sorted(Comparator.comparingInt(CurtoisSuiteCommand::number))
              .toList();
    } catch (IOException e) {
      return fail("cannot list " + dir + ": " + Outputs.reason(e));
    }
    if (instances.isEmpty()) {
      return fail("DIR (" + dir + ") holds no InstanceN.txt file");
    }
    Map<String, Reference> references = references();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "Curtois & Qu instances, careroster RosterSolver, %d s per instance, %d thread(s), seed %d.%n%n",
            settings.timeLimit.toSeconds(),
            settings.threads,
            settings.seed));
    table.append("| Instance | Objective | Best known | Gap % | IP+VNS 60 min | Time to best (s) | Hard violations | Peak heap (MB) |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    out.print(table);
    boolean allLawful = true;
    try {
      Path solutions = outFile != null ? outFile.toAbsolutePath().getParent() : Files.createTempDirectory("curtois-");
      for (Path file : instances) {
        CurtoisInstance instance = CurtoisInstance.read(file);
        Reference reference = references.get(instance.name());
        String row;
        try {
          CurtoisCommand.Outcome outcome =
              CurtoisCommand.solve(instance, settings, solutions.resolve(instance.name() + ".csv"), null);
          err.println(outcome.json());
          row = row(outcome, reference);
          allLawful &= outcome.objective() != null && outcome.hardViolations() == 0;
        } catch (RuntimeException | OutOfMemoryError e) {
          // One instance that fails (e.g. out of memory under -Xmx) is a row of the table, not
          // the end of the suite.
          String why = e instanceof OutOfMemoryError || e.getCause() instanceof OutOfMemoryError
              ? "out of memory" : "error";
          err.println("roster curtois-suite: " + instance.name() + ": " + why
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
          row = String.format(Locale.ROOT, "| %s | failed: %s | %s | – | – | – | – | – |%n",
              instance.name(), why,
              reference == null ? "–" : String.valueOf(reference.bestKnown()));
          allLawful = false;
        }
        out.print(row);
        out.flush();
        table.append(row);
      }
    } catch (CurtoisFormatException e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail(Outputs.reason(e));
    }
    if (outFile != null) {
      try {
        Files.writeString(outFile, table.toString(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outFile, e).getMessage());
      }
    }
    return allLawful ? RosterCli.OK : RosterCli.FAILED;
  }

  private static String row(CurtoisCommand.Outcome outcome, Reference reference) {
    String objective = outcome.objective() == null ? "none" : String.valueOf(outcome.objective());
    String best = reference == null ? "–" : String.valueOf(reference.bestKnown());
    String gap =
        reference == null || outcome.objective() == null || reference.bestKnown() == 0
            ? "–"
            : String.format(
                Locale.ROOT, "%.1f", 100.0 * (outcome.objective() - reference.bestKnown()) / reference.bestKnown());
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s | %.1f | %s | %d |%n",
        outcome.instance(),
        objective,
        best,
        gap,
        reference == null ? "–" : reference.ipVns60(),
        outcome.timeToBestS(),
        outcome.hardViolations() == null ? "–" : outcome.hardViolations().toString(),
        outcome.peakHeapMb());
  }

  /** The best known values shipped with the examples (best-known.csv, with its sources). */
  static Map<String, Reference> references() {
    Map<String, Reference> references = new HashMap<>();
    try (InputStream in = CurtoisInstance.class.getResourceAsStream("best-known.csv")) {
      if (in == null) {
        throw new IllegalStateException("best-known.csv is missing from the examples jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line : reader.lines().toList()) {
        if (line.startsWith("#") || line.startsWith("instance,") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        references.put(cells[0], new Reference(cells[1], Long.parseLong(cells[2]), cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return references;
  }

  private static int number(Path file) {
    Matcher m = INSTANCE.matcher(file.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  private int fail(String message) {
    err.println("roster curtois-suite: " + message);
    return RosterCli.USAGE;
  }
}
