package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;
import org.careroster.core.json.RosterJson;
import org.careroster.metrics.whatif.FullTimePlan;
import org.careroster.metrics.whatif.FullTimePlanner;
import org.careroster.metrics.whatif.PositionChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster fulltime PROBLEM.json [--weekend-every N] [--long-shifts on|off] [--budget-fte N]
 * [--rules RULES.json] [--time-limit 30s] [--threads N] --out DIR}: the full-time plan of {@link
 * FullTimePlanner} for a base rotation, written with its proof all or nothing.
 */
@Command(
    name = "fulltime",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + FullTimeCommand.USAGE,
    description = {
      "Plan more full-time positions (heltidsplanlegging) for a base rotation: which part-time positions"
          + " can grow towards 100 % within the budget of positions (the current total unless"
          + " --budget-fte), paid by posts merged in when they fall vacant, never below the heads the"
          + " weekends need; proven by a rotation solved under the plan. Writes DIR/problem.json (the"
          + " planned positions), roster.json (the proof) and plan.json all or nothing. Exit 1 when no"
          + " lawful rotation with full cover proves the plan within the limit.",
      ""
    })
final class FullTimeCommand implements Callable<Integer> {

  static final String USAGE = "fulltime PROBLEM.json [--weekend-every N] [--long-shifts on|off] [--budget-fte N]"
      + " [--rules RULES.json] [--time-limit 30s] [--threads N] --out DIR";

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The ward's base rotation problem (a cyclic horizon).")
  Path problemFile;

  @Option(names = "--weekend-every", paramLabel = "N", converter = WhatIfCommand.Frequency.class,
      description = "Everyone at most every n-th weekend (default: the rule set's).")
  Integer weekendEvery;

  @Option(names = "--long-shifts", paramLabel = "on|off", arity = "1", converter = WhatIfCommand.OnOff.class,
      description = "Long shifts on or off (default: as the ward has them).")
  Boolean longShifts;

  @Option(names = "--budget-fte", paramLabel = "N", converter = Budget.class,
      description = "Full-time positions the plan may use, e.g. 12.5 (default: the current total).")
  BigDecimal budgetFte;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit of each proof's solve (default: 30s).")
  Duration timeLimit = Duration.ofSeconds(30);

  @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Searches at once, 1 to 64 (default: 1).")
  int threads = 1;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write problem.json, roster.json and plan.json into.")
  Path outDir;

  private final PrintStream out;
  private final PrintStream err;

  FullTimeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A positive number of full-time positions, at most 1000. */
  static final class Budget implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      try {
        BigDecimal fte = new BigDecimal(value.trim());
        if (fte.signum() > 0 && fte.compareTo(BigDecimal.valueOf(1000)) <= 0) {
          return fte;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new OptionValues.Invalid("must be a number of full-time positions above 0 and at most 1000, e.g. 12.5");
    }
  }

  @Override
  public Integer call() {
    try {
      Outputs.checkDirectory(outDir);
    } catch (Outputs.CannotWrite e) {
      return fail(e.getMessage());
    }
    Optional<RosterInputs> inputs = RosterInputs.readProblem("fulltime", problemFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    RosterJson json = RosterJson.strict();
    Problem base = inputs.get().problem();
    RuleSet rules = inputs.get().rules();
    if (!base.horizon().isCyclic()) {
      return fail(problemFile + ": $.horizon.kind: \"" + base.horizon().kind() + "\" must be \"CYCLIC\": full-time plans are made for a base rotation");
    }
    Scenario.Builder scenario = Scenario.builder();
    StringBuilder name = new StringBuilder();
    if (weekendEvery != null) {
      scenario.weekendEvery(weekendEvery);
      name.append("every ").append(weekendEvery).append(weekendEvery == 1 ? "st" : weekendEvery == 2 ? "nd" : weekendEvery == 3 ? "rd" : "th")
          .append(" weekend");
    }
    if (longShifts != null) {
      scenario.longShifts(longShifts);
      name.append(name.length() == 0 ? "" : ", ").append(longShifts ? "long shifts" : "no long shifts");
    }
    scenario.name(name.length() == 0 ? "as is" : name.toString());
    FullTimePlan plan;
    try {
      plan = new FullTimePlanner(rules).plan(base, scenario.build(),
          Optional.ofNullable(budgetFte).map(b -> b.multiply(BigDecimal.valueOf(100))),
          SolverOptions.builder().timeLimit(timeLimit).threads(threads).seed(1).build());
    } catch (InvalidModelException e) {
      return fail("--budget-fte: " + budgetFte + ": " + e.expectation());
    }
    try (StagedDirectory staged = StagedDirectory.open(outDir)) {
      staged.write("problem.json", json.write(plan.problem()));
      if (plan.roster().isPresent()) {
        staged.write("roster.json", json.write(plan.roster().get()));
      }
      staged.write("plan.json", json.write(plan));
      staged.commit();
    } catch (IOException e) {
      return fail(Outputs.cannotWrite(outDir, e).getMessage());
    }
    print(plan);
    return plan.isProven() ? RosterCli.OK : RosterCli.FAILED;
  }

  private void print(FullTimePlan plan) {
    out.printf(Locale.ROOT, "Full-time plan, %s: budget %s %% of positions (now %s %%), at least %d heads for the weekends%n",
        plan.scenario(), plain(plan.budgetPercent()), plain(plan.positionsBefore()), plan.bound().minimumHeads());
    if (plan.changes().isEmpty()) {
      out.println("No position can grow: the budget has no room and no post can be merged without leaving the weekends short");
    }
    for (PositionChange c : plan.changes()) {
      out.printf(Locale.ROOT, "  %-8s %6s %% -> %6s %%%s%n", c.employee(), plain(c.from()), plain(c.to()),
          c.mergedFrom().isEmpty() ? "" : "   merging in the posts of " + String.join(", ", c.mergedFrom()) + " when they fall vacant");
    }
    out.printf(Locale.ROOT, "Heads %d -> %d; full-time share %s %% -> %s %%; average position %s %% -> %s %%; positions %s %%%n",
        plan.headsBefore(), plan.headsAfter(), plain(plan.fullTimeBefore()), plain(plan.fullTimeAfter()),
        plain(plan.averagePositionBefore()), plain(plan.averagePositionAfter()), plain(plan.positionsAfter()));
    out.println("Bound at this weekend frequency: at most " + plain(plan.bound().maxFullTimePercent()) + " % full-time, "
        + plain(plan.bound().maxAveragePositionPercent()) + " % average position");
    out.println("Proof: " + plan.status() + plan.achieved().map(a -> ", " + a.hardViolations() + " hard violations, "
        + a.vacantShifts() + " vacant shifts, weekend coverage " + a.weekendCoveragePercent().map(FullTimeCommand::plain).orElse("-") + " %")
        .orElse(", no rotation found within " + timeLimit.toSeconds() + " s"));
    out.println("Wrote problem.json, " + (plan.roster().isPresent() ? "roster.json, " : "") + "plan.json to " + outDir);
  }

  private static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  private int fail(String problem) {
    err.println("roster fulltime: " + problem);
    return RosterCli.USAGE;
  }
}
