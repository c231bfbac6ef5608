package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.careroster.metrics.whatif.Achieved;
import org.careroster.metrics.whatif.ScenarioResult;
import org.careroster.metrics.whatif.WhatIf;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster whatif PROBLEM.json [SCENARIOS.json] [--weekend-every 2,3,4] [--long-shifts
 * on,off] [--rules RULES.json] [--time-limit 20s] [--threads N] [--bound-only] [--format
 * text|markdown|csv|json]}: one row per scenario of the grid (the file's scenarios × the weekend
 * frequencies × long shifts on or off) with the search-free bound and, unless {@code
 * --bound-only}, a rotation solved for it ({@link WhatIf}).
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + WhatIfCommand.USAGE,
    description = {
      "Ask what a weekend frequency, long shifts and other positions do to a base rotation (TØRN):"
          + " for each scenario the heads the weekends need, the largest average position size and"
          + " full-time share they allow, and a rotation solved under it with its real figures."
          + " A frequency that a rotation's weeks hold unevenly (every 4th in 6 weeks) is planned over"
          + " the least common multiple of the two (12 weeks). Exit 1 when no scenario has a lawful rotation.",
      ""
    })
final class WhatIfCommand implements Callable<Integer> {

  static final String USAGE = "whatif PROBLEM.json [SCENARIOS.json] [--weekend-every 2,3,4] [--long-shifts on,off]"
      + " [--rules RULES.json] [--time-limit 20s] [--threads N] [--bound-only] [--format text|markdown|csv|json]";

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The ward's base rotation problem (a cyclic horizon).")
  Path problemFile;

  @Parameters(index = "1", arity = "0..1", paramLabel = "SCENARIOS.json", description = "A JSON array of scenarios (docs/FORMAT.md).")
  Path scenariosFile;

  @Option(names = "--weekend-every", split = ",", paramLabel = "N", converter = Frequency.class,
      description = "Weekend frequencies to try, e.g. 2,3,4 (every n-th weekend, 1 to 8).")
  List<Integer> weekendEvery = new ArrayList<>();

  @Option(names = "--long-shifts", arity = "1", split = ",", paramLabel = "on|off", converter = OnOff.class,
      description = "Long shifts on, off or both (on,off).")
  List<Boolean> longShifts = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit of each scenario's solve (default: 20s).")
  Duration timeLimit = Duration.ofSeconds(20);

  @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Scenarios solved at once, one search each (default: 1).")
  int threads = 1;

  @Option(names = "--bound-only", description = "The search-free bounds alone, no solving.")
  boolean boundOnly;

  @Option(names = "--format", paramLabel = "text|markdown|csv|json", converter = Format.class,
      description = "text (default), markdown, csv or json.")
  String format = "text";

  private final PrintStream out;
  private final PrintStream err;

  WhatIfCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A weekend frequency from 1 to 8. */
  static final class Frequency implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= 1 && n <= 8) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new OptionValues.Invalid("must be a whole number from 1 to 8 (every n-th weekend)");
    }
  }

  /** {@code on} or {@code off}. */
  static final class OnOff implements ITypeConverter<Boolean> {
    @Override
    public Boolean convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "on":
          return true;
        case "off":
          return false;
        default:
          throw new OptionValues.Invalid("must be on or off");
      }
    }
  }

  /** {@code text}, {@code markdown}, {@code csv} or {@code json}. */
  static final class Format implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String f = value.trim().toLowerCase(Locale.ROOT);
      if (List.of("text", "markdown", "csv", "json").contains(f)) {
        return f;
      }
      throw new OptionValues.Invalid("must be one of text, markdown, csv, json");
    }
  }

  @Override
  public Integer call() {
    Optional<RosterInputs> inputs = RosterInputs.readProblem("whatif", problemFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem base = inputs.get().problem();
    RuleSet rules = inputs.get().rules();
    List<Scenario> fromFile = new ArrayList<>();
    if (scenariosFile != null) {
      try {
        fromFile.addAll(RosterJson.strict().readList(RosterJson.readUtf8(scenariosFile), Scenario.class));
      } catch (RosterInputException e) {
        return fail(RosterInputs.inFile(scenariosFile, e));
      } catch (IOException e) {
        return fail(RosterInputs.cannotRead(scenariosFile, e));
      }
    }
    if (!base.horizon().isCyclic()) {
      return fail(problemFile + ": $.horizon.kind: \"" + base.horizon().kind() + "\" must be \"CYCLIC\": what-if questions are asked of a base rotation");
    }
    int baseWeeks = base.horizon().days() / 7;
    List<Scenario> weekends = new ArrayList<>();
    for (int n : weekendEvery) {
      weekends.add(Scenario.weekendEvery(n, baseWeeks));
    }
    List<Scenario> longShiftDimension = new ArrayList<>();
    for (boolean on : longShifts) {
      longShiftDimension.add(Scenario.builder().name(on ? "long shifts" : "no long shifts").longShifts(on).build());
    }
    List<Scenario> grid = new ArrayList<>(Scenario.grid(List.of(fromFile, weekends, longShiftDimension)));
    if (grid.isEmpty()) {
      grid.add(Scenario.builder().name("as is").build());
    }
    WhatIf whatIf = new WhatIf(rules);
    List<ScenarioResult> results;
    try {
      results = boundOnly ? whatIf.bounds(base, grid)
          : whatIf.evaluate(base, grid, SolverOptions.builder().timeLimit(timeLimit).threads(1).seed(1).build(),
              Math.max(1, Math.min(threads, Math.min(16, grid.size()))));
    } catch (InvalidModelException e) {
      return fail((scenariosFile == null ? "" : scenariosFile + ": ") + e.getMessage());
    } catch (IllegalArgumentException e) {
      return fail(problemFile + ": " + e.getMessage());
    }
    print(results);
    boolean anyLawful = results.stream().anyMatch(r -> boundOnly ? !r.bound().isShort()
        : r.achieved().map(a -> a.hardViolations() == 0).orElse(false));
    return anyLawful ? RosterCli.OK : RosterCli.FAILED;
  }

  private static final List<String> COLUMNS = List.of("scenario", "every", "min_heads", "max_avg_position_pct",
      "max_full_time_pct", "status", "weekend_heads", "full_time_pct", "avg_position_pct", "avg_worked_pct",
      "weekend_coverage_pct", "vacant_shifts", "long_shifts_per_consenting", "below_contract_h_week",
      "above_contract_h_week", "best", "why");

  private void print(List<ScenarioResult> results) {
    if (format.equals("json")) {
      out.println(RosterJson.strict().write(results));
      return;
    }
    int best = best(results);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      Optional<Achieved> a = r.achieved();
      rows.add(List.of(r.scenario(), String.valueOf(r.weekendEvery()), String.valueOf(r.bound().minimumHeads()),
          plain(r.bound().maxAveragePositionPercent()), plain(r.bound().maxFullTimePercent()),
          r.status().map(Enum::name).orElse(r.bound().isShort() ? "SHORT" : "BOUND"),
          a.map(x -> String.valueOf(x.weekendHeads())).orElse(""), a.map(x -> plain(x.fullTimePercent())).orElse(""),
          a.map(x -> plain(x.averagePositionPercent())).orElse(""), a.map(x -> plain(x.averageWorkedPercent())).orElse(""),
          a.flatMap(Achieved::weekendCoveragePercent).map(WhatIfCommand::plain).orElse(""),
          a.map(x -> String.valueOf(x.vacantShifts())).orElse(""), a.map(x -> plain(x.longShiftsPerConsenting())).orElse(""),
          a.map(x -> plain(x.hoursBelowContract())).orElse(""), a.map(x -> plain(x.hoursAboveContract())).orElse(""),
          i == best ? "*" : "", r.why().orElse("")));
    }
    switch (format) {
      case "csv" -> out.print(org.careroster.views.RosterCsv.table(COLUMNS, rows));
      case "markdown" -> {
        out.println("| Scenario | Every | Min heads | Max avg position | Max full-time | Status | Weekend heads | Full-time | Avg position | Avg worked | Weekend coverage | Vacant shifts | Long shifts / consenting | Below / above contract (h/week) | Why |");
        out.println("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (List<String> row : rows) {
          out.printf(Locale.ROOT, "| %s%s | %s | %s | %s %% | %s %% | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              row.get(0), row.get(15).isEmpty() ? "" : " **(best)**", row.get(1), row.get(2), row.get(3), row.get(4), row.get(5),
              row.get(6), pct(row.get(7)), pct(row.get(8)), pct(row.get(9)), pct(row.get(10)), row.get(11), row.get(12),
              row.get(13).isEmpty() ? "" : row.get(13) + " / " + row.get(14), row.get(16));
        }
      }
      default -> text(rows);
    }
  }

  private void text(List<List<String>> rows) {
    out.println("Bound: heads the weekends need at the frequency, and the largest average position and full-time share they allow.");
    out.println("Achieved: a rotation solved under the scenario; * marks the largest full-time bound among lawful ones.");
    int width = rows.stream().mapToInt(r -> r.get(0).length() + 1).max().orElse(8);
    String head = "%-" + width + "s %5s %9s %8s %8s  %-10s %9s %8s %8s %9s %7s %7s%n";
    String line = "%-" + width + "s %5s %9s %7s%% %7s%%  %-10s %9s %8s %8s %9s %7s %7s%n";
    out.printf(Locale.ROOT, head, "scenario", "every", "min heads",
        "max avg", "max FT", "status", "wkd heads", "FT", "avg pos", "wkd cover", "vacant", "LD/pers");
    for (List<String> row : rows) {
      out.printf(Locale.ROOT, line, (row.get(15).isEmpty() ? " " : "*") + row.get(0), row.get(1), row.get(2),
          row.get(3), row.get(4), row.get(5), row.get(6), pct(row.get(7)), pct(row.get(8)), pct(row.get(10)), row.get(11), row.get(12));
      if (!row.get(16).isEmpty()) {
        out.println("    " + row.get(16));
      }
    }
  }



  /** The row with the largest full-time bound among scenarios with a lawful rotation (or, bounds only, not short); -1 if none. */
  private int best(List<ScenarioResult> results) {
    int best = -1;
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      boolean lawful = boundOnly ? !r.bound().isShort() : r.achieved().map(a -> a.hardViolations() == 0).orElse(false);
      if (lawful && (best < 0 || r.bound().maxFullTimePercent().compareTo(results.get(best).bound().maxFullTimePercent()) > 0)) {
        best = i;
      }
    }
    return best;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  private static String pct(String value) {
    return value.isEmpty() ? "" : value + " %";
  }

  private int fail(String problem) {
    err.println("roster whatif: " + problem);
    return RosterCli.USAGE;
  }
}
