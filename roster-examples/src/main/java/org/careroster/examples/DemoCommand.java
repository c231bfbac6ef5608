package org.careroster.examples;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.vacation.VacationPlan;
import org.careroster.constraints.vacation.VacationPlanner;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.VacationYear;
import org.careroster.core.WeekendWindow;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;
import org.careroster.metrics.AveragePositionSize;
import org.careroster.metrics.BaseRotation;
import org.careroster.metrics.FullTimeShare;
import org.careroster.metrics.LongShiftShare;
import org.careroster.metrics.Population;
import org.careroster.metrics.WeekendHoursCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./roster demo [--out DIR] [--quiet]}: plans the 6-week base rotation of {@link
 * BaseRotationWard} with the {@link RuleSets#kommuneDefault()} rules and prints it with its
 * validation and KPIs; with {@code --out}, writes the ward's files into DIR all or nothing.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + DemoCommand.USAGE,
    description = {
      "Plan a 6-week base rotation for a 22-staff nursing-home ward with the kommune-default rules"
          + " and print it with its validation and KPIs. With --out, also write DIR/problem.json,"
          + " roster.json and rules.json (all or nothing).",
      ""
    })
final class DemoCommand implements Callable<Integer> {

  static final String USAGE = "demo [--out DIR] [--quiet]";

  /** Deterministic work limit: the same roster on every machine fast enough to reach it. */
  static final long MAX_NODES = 35_000;

  /** Safety limit for slow machines (then the roster may differ from run to run). */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  @Option(names = "--out", paramLabel = "DIR", description = "Also write problem.json, roster.json and rules.json there.")
  Path outDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  DemoCommand(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    StagedDirectory staged = null;
    if (outDir != null) {
      try {
        Outputs.checkDirectory(outDir);
        staged = StagedDirectory.open(outDir);
      } catch (Outputs.CannotWrite e) {
        return fail(e.getMessage());
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outDir, e).getMessage());
      }
    }
    try (StagedDirectory files = staged) {
      return run(files);
    }
  }

  private int run(StagedDirectory files) {
    Problem problem = BaseRotationWard.problem();
    RuleSet rules = RosterInputs.DEFAULT_RULES;
    out.printf(
        Locale.ROOT,
        "Demo: %s, %d staff, shifts %s, a %d-week base rotation from %s%n",
        problem.units().get(1).name(),
        problem.employees().size(),
        problem.shiftTypes().stream().map(ShiftType::code).toList(),
        BaseRotationWard.WEEKS,
        BaseRotationWard.START);
    out.println("Rule set: " + rules.name() + " " + rules.ids());
    SolveResult result;
    try (ProgressLine progress =
        new ProgressLine(err, "demo", ProgressLine.mode(terminal, quiet), Optional.of(TIME_LIMIT), System::nanoTime)) {
      SolverOptions options =
          SolverOptions.builder().maxNodes(MAX_NODES).timeLimit(TIME_LIMIT).seed(1).listener(progress.start()).build();
      result = new RosterSolver().solve(problem, rules, options);
      progress.finish(result.elapsed(), OptionalLong.of(result.nodes()),
          result.report().map(r -> OptionalLong.of(r.hardViolationCount())).orElse(OptionalLong.empty()),
          result.status().toString());
    }
    out.printf(
        Locale.ROOT,
        "Solver: %s after %d nodes, %.1f s (best roster found at %.1f s)%n%n",
        result.status(),
        result.nodes(),
        result.elapsed().toMillis() / 1000.0,
        result.timeToBest().map(d -> d.toMillis() / 1000.0).orElse(0.0));
    if (result.roster().isEmpty()) {
      err.println("roster demo: " + result.infeasibility().map(Infeasibility::headline)
          .orElse("no roster found (" + result.status() + ")"));
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
    printSummer(problem, roster);
    printWhatIf(problem, rules);
    if (files != null) {
      try {
        RosterJson json = RosterJson.strict();
        files.write("problem.json", json.write(problem));
        files.write("roster.json", json.write(roster));
        files.write("rules.json", json.write(rules));
        files.write("roster.html", org.careroster.views.RosterPage.html(problem, roster, report, org.careroster.views.RosterPage.Language.ENGLISH));
        files.write("scorecard.html", org.careroster.views.ScorecardPage.html(scorecard(problem, roster), whatIf(problem, rules),
            org.careroster.views.RosterPage.Language.ENGLISH));
        files.commit();
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outDir, e).getMessage());
      }
      out.println("Wrote problem.json, roster.json, rules.json, roster.html and scorecard.html to " + outDir);
    }
    return report.isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  private int fail(String message) {
    err.println("roster demo: " + message);
    return RosterCli.USAGE;
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

  /**
   * The ward's summer in a few lines: everyone's main holiday ({@link VacationPlanner}, the
   * agreement's 30 days each, no wishes, taken out of the rotation rolled out over the summer)
   * and the most of each role off on one day.
   */
  private void printSummer(Problem problem, Roster rotation) {
    int year = problem.horizon().start().getYear();
    VacationYear holidays = VacationCommand.defaultYear(problem, year);
    VacationPlan plan = new VacationPlanner().plan(
        CalendarRollout.problem(problem, holidays.mainWeeks(), java.util.List.of()),
        CalendarRollout.roster(problem, rotation, holidays.mainWeeks().start(), holidays.mainWeeks().end()), holidays);
    Map<String, Long> most = new java.util.TreeMap<>();
    Map<String, Long> size = new java.util.TreeMap<>();
    problem.employees().forEach(e -> size.merge(e.role(), 1L, Long::sum));
    for (LocalDate day = holidays.mainFrom(); !day.isAfter(holidays.mainTo()); day = day.plusDays(1)) {
      for (String role : size.keySet()) {
        most.merge(role, plan.offOn(role, day), Math::max);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "Summer %d: %d main holidays of three weeks between %s and %s (Ferieloven § 7);"
        + " at most off on one day: %s%n", year, plan.vacations().size(), holidays.mainFrom(), holidays.mainTo(),
        size.keySet().stream().map(r -> most.get(r) + " of " + size.get(r) + " " + r).collect(java.util.stream.Collectors.joining(", ")));
    out.println("  ./roster vacation DIR/problem.json DIR/roster.json --year " + year
        + " --out SUMMER plans them with wishes and counts the substitute shifts.");
  }

  /**
   * Three what-if rows for the ward (TØRN): every 2nd, 3rd and 4th weekend with long shifts, the
   * weekend heads each needs and the largest average position and full-time share it allows
   * ({@link org.careroster.metrics.whatif.WeekendBound}; no search, so the demo stays quick).
   */
  private void printWhatIf(Problem problem, org.careroster.constraints.RuleSet rules) {
    out.println();
    out.println("What-if (TØRN), long shifts on, no search: weekend heads needed / largest average position / largest full-time share");
    for (org.careroster.metrics.whatif.ScenarioResult r : whatIf(problem, rules)) {
      out.printf(Locale.ROOT, "  %s: %d heads (the ward has %d), at most %s %% average, %s %% full-time%s%n",
          r.scenario(), r.bound().minimumHeads(),
          r.bound().onStaff(), r.bound().maxAveragePositionPercent().toPlainString(), r.bound().maxFullTimePercent().toPlainString(),
          r.bound().isShort() ? " - short" : "");
    }
    out.println("  ./roster whatif DIR/problem.json --weekend-every 2,3,4 --long-shifts on,off solves a rotation for each.");
  }

  /** The three what-if rows: every 2nd, 3rd and 4th weekend with the ward's long shifts, bounds only. */
  private static java.util.List<org.careroster.metrics.whatif.ScenarioResult> whatIf(Problem problem, org.careroster.constraints.RuleSet rules) {
    int weeks = problem.horizon().days() / 7;
    java.util.List<org.careroster.core.Scenario> rows = new java.util.ArrayList<>();
    for (int every = 2; every <= 4; every++) {
      rows.add(org.careroster.core.Scenario.weekendEvery(every, weeks));
    }
    return new org.careroster.metrics.whatif.WhatIf(rules).bounds(problem, rows);
  }

  /** The base rotation's scorecard: one period, the staff, the staffing plan and the rotation. */
  private static org.careroster.metrics.Scorecard scorecard(Problem problem, Roster roster) {
    return org.careroster.metrics.Scorecard.of(org.careroster.metrics.UnitRecords.builder()
        .unit(BaseRotationWard.WARD)
        .name("Avdeling 1, base rotation")
        .addAllRoles(problem.roles())
        .addAllShiftTypes(problem.shiftTypes())
        .addPeriods(org.careroster.metrics.RecordPeriod.builder()
            .label("base rotation")
            .from(problem.horizon().start())
            .to(problem.horizon().end())
            .referenceDate(problem.horizon().end())
            .addAllEmployees(problem.employees())
            .staffingPlan(problem.staffingPlan())
            .rotation(org.careroster.metrics.BaseRotation.builder().horizon(problem.horizon()).addAllAssignments(roster.assignments()).build())
            .build())
        .build());
  }

  private static String percent(java.util.Optional<java.math.BigDecimal> value) {
    return value
        .map(v -> String.format(Locale.ROOT, "%.1f %%", v.doubleValue()))
        .orElse("– (no population)");
  }
}
