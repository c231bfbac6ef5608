package org.careroster.examples;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.WeekendWindow;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;
import org.careroster.metrics.AveragePositionSize;
import org.careroster.metrics.BaseRotation;
import org.careroster.metrics.FullTimeShare;
import org.careroster.metrics.LongShiftShare;
import org.careroster.metrics.Population;
import org.careroster.metrics.WeekendHoursCoverage;

/**
 * {@code ./roster demo [--out DIR]}: plans the 6-week base rotation of {@link BaseRotationWard}
 * with the {@link RuleSets#kommuneDefault()} rules and prints it with its validation and KPIs.
 */
final class DemoCommand {

  /** Deterministic work limit: the same roster on every machine fast enough to reach it. */
  static final long MAX_NODES = 35_000;

  /** Safety limit for slow machines (then the roster may differ from run to run). */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  private final PrintStream out;
  private final PrintStream err;

  DemoCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    Path outDir = null;
    if (arguments.size() == 2 && arguments.get(0).equals("--out")) {
      outDir = Path.of(arguments.get(1));
    } else if (!arguments.isEmpty()) {
      err.println(
          "roster demo: unexpected argument \"" + arguments.get(0) + "\"; usage: demo [--out DIR]");
      return RosterCli.USAGE;
    }
    Problem problem = BaseRotationWard.problem();
    RuleSet rules = RuleSets.kommuneDefault();
    out.printf(
        "Demo: %s, %d staff, shifts %s, a %d-week base rotation from %s%n",
        problem.units().get(1).name(),
        problem.employees().size(),
        problem.shiftTypes().stream().map(ShiftType::code).toList(),
        BaseRotationWard.WEEKS,
        BaseRotationWard.START);
    out.println("Rules: " + rules.name() + " " + rules.ids());
    SolverOptions options =
        SolverOptions.builder()
            .maxNodes(MAX_NODES)
            .timeLimit(TIME_LIMIT)
            .seed(1)
            .listener(
                (objective, elapsed) ->
                    err.printf(Locale.ROOT, "roster demo: objective %d after %.1f s%n", objective, elapsed.toMillis() / 1000.0))
            .build();
    SolveResult result = new RosterSolver().solve(problem, rules, options);
    out.printf(
        Locale.ROOT,
        "Solver: %s after %d nodes, %.1f s (best roster found at %.1f s)%n%n",
        result.status(),
        result.nodes(),
        result.elapsed().toMillis() / 1000.0,
        result.timeToBest().map(d -> d.toMillis() / 1000.0).orElse(0.0));
    if (result.roster().isEmpty()) {
      err.println("roster demo: no roster found (" + result.status() + ")");
      result.infeasibility().ifPresent(why -> err.print(why));
      return RosterCli.FAILED;
    }
    Roster roster = result.roster().get();
    out.println(RosterGrid.render(problem, roster));
    ValidationReport report = result.report().orElseThrow();
    out.println("Validation: " + report.summary());
    for (Map.Entry<String, Long> cost : result.objectiveBreakdown().entrySet()) {
      if (cost.getValue() > 0) {
        out.printf(Locale.ROOT, "  %-22s cost %d%n", cost.getKey(), cost.getValue());
      }
    }
    printKpis(problem, roster);
    if (outDir != null) {
      try {
        Files.createDirectories(outDir);
        RosterJson json = RosterJson.strict();
        json.write(outDir.resolve("problem.json"), problem);
        json.write(outDir.resolve("roster.json"), roster);
        json.write(outDir.resolve("rules.json"), rules);
      } catch (IOException e) {
        err.println("roster demo: cannot write to " + outDir + ": " + e);
        return RosterCli.USAGE;
      }
      out.println("Wrote problem.json, roster.json and rules.json to " + outDir);
    }
    return report.isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  private void printKpis(Problem problem, Roster roster) {
    Population population = Population.of(problem.employees());
    BaseRotation rotation =
        BaseRotation.builder().horizon(problem.horizon()).addAllAssignments(roster.assignments()).build();
    Map<String, ShiftType> shifts =
        problem.shiftTypes().stream().collect(ImmutableMap.toImmutableMap(ShiftType::code, s -> s));
    out.println();
    out.println("Full-time share:             " + FullTimeShare.of(population));
    out.println("Average position size:       " + percent(AveragePositionSize.of(population, false).quotient()));
    out.println(
        "Weekend hours coverage:      "
            + percent(
                WeekendHoursCoverage.planned(rotation, problem.staffingPlan(), shifts, WeekendWindow.SATURDAY_SUNDAY)
                    .percent()));
    out.println(
        "Long-shift share of weekend: "
            + percent(LongShiftShare.ofWeekendHours(rotation, shifts, WeekendWindow.SATURDAY_SUNDAY).percent()));
  }

  private static String percent(java.util.Optional<java.math.BigDecimal> value) {
    return value
        .map(v -> String.format(Locale.ROOT, "%.1f %%", v.doubleValue()))
        .orElse("– (no population)");
  }
}
