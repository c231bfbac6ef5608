package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.replace.RepairOptions;
import org.careroster.constraints.replace.RepairResult;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.replace.VacantSlot;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterChanges;
import org.careroster.core.json.RosterJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster repair PROBLEM.json ROSTER.json --absent E7:2027-01-12..2027-01-14 [--absent ...]
 * [--rules RULES.json] [--allow-swaps] [--time-limit 10s] [--out NEW.json] [--quiet]}: repairs a
 * published roster after sick calls, prints the changes, the shifts still vacant and the
 * candidates for each.
 */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + RepairCommand.USAGE,
    description = {
      "Repair a published roster after sick calls (default rules: kommune-default; limit 10 s): keep"
          + " every other published shift, fill the gaps with as few changes as possible, print the"
          + " changes, the shifts still vacant (weekends marked) and the candidates for each. Exit 1"
          + " when a shift stays vacant.",
      ""
    })
final class RepairCommand implements Callable<Integer> {

  static final String USAGE =
      "repair PROBLEM.json ROSTER.json --absent EMPLOYEE:FROM..TO [--absent ...] [--rules RULES.json]"
          + " [--allow-swaps] [--time-limit 10s] [--out NEW.json] [--quiet]";

  /** Candidates printed per vacant shift, besides the agency. */
  private static final int CANDIDATES_SHOWN = 5;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem (docs/FORMAT.md).")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "ROSTER.json", description = "The published roster.")
  Path rosterFile;

  @Option(names = "--absent", paramLabel = "EMPLOYEE:FROM..TO", required = true,
      description = "A sick leave, e.g. E7:2027-01-12..2027-01-14 or E7:2027-01-12; repeatable.")
  List<String> absent = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--allow-swaps", description = "Let the published shifts of others change too.")
  boolean allowSwaps;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit (default: 10s).")
  Duration timeLimit;

  @Option(names = "--out", paramLabel = "NEW.json", description = "Write the repaired roster there.")
  Path outFile;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @picocli.CommandLine.Mixin
  HtmlPageOption html = new HtmlPageOption();

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  RepairCommand(PrintStream out, PrintStream err, boolean terminal) {
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
    RepairOptions.Builder options = RepairOptions.builder().allowSwaps(allowSwaps);
    if (timeLimit != null) {
      options.timeLimit(timeLimit);
    }
    Optional<RosterInputs> inputs = RosterInputs.read("repair", problemFile, rosterFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem problem = inputs.get().problem();
    Roster published = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
    List<Absence> absences = new ArrayList<>();
    RepairResult result;
    try {
      for (String value : absent) {
        absences.add(SickCallArguments.absence(problem, value));
      }
      RepairOptions built = options.build();
      try (ProgressLine progress = new ProgressLine(err, "repair", ProgressLine.mode(terminal, quiet),
          Optional.of(built.timeLimit()), System::nanoTime)) {
        progress.start();
        result = new RosterRepair(rules).repair(problem, published, absences, built);
        progress.finish(result.elapsed(), OptionalLong.empty(),
            result.vacancies().map(v -> OptionalLong.of(v.slots().size())).orElse(OptionalLong.empty()),
            result.status().toString());
      }
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    out.println("Rule set: " + rules.name());
    for (Absence a : absences) {
      out.println("Sick: " + a.employee() + " from " + a.from() + " to " + a.to());
    }
    out.printf(Locale.ROOT, "Repair: %s in %.1f s%n", result.status(), result.elapsed().toMillis() / 1000.0);
    if (result.roster().isEmpty()) {
      boolean proven = result.infeasibility().map(Infeasibility::proven).orElse(result.status() == SolveStatus.INFEASIBLE);
      out.println((proven
              ? "No repaired roster keeps the hard rules with the published assignments pinned."
              : "No repaired roster found within " + CandidatesCommand.seconds(options.build().timeLimit())
                  + "; the search was not finished.")
          + " Maybe allow swaps (--allow-swaps)" + (proven ? "" : ", give more time (--time-limit)")
          + " or check the published roster with ./roster validate.");
      result.infeasibility().ifPresent(out::print);
      return RosterCli.FAILED;
    }
    RosterChanges changes = result.changes().orElseThrow();
    out.println();
    out.println("Changes (" + changes.removed().size() + " removed, " + changes.added().size() + " added):");
    for (Assignment a : changes.removed()) {
      out.println("  - " + a);
    }
    for (Assignment a : changes.added()) {
      out.println("  + " + a);
    }
    out.println();
    out.println("Validation: " + result.report().orElseThrow().summary());
    VacantShiftReport vacancies = result.vacancies().orElseThrow();
    if (vacancies.isEmpty()) {
      out.println("Vacant shifts: none");
    } else {
      out.printf(Locale.ROOT, "Vacant shifts: %d (%s), %d at weekends (%s)%n",
          vacancies.slots().size(), CandidatesCommand.hours(vacancies.hours()),
          vacancies.weekendSlots().size(), CandidatesCommand.hours(vacancies.weekendHours()));
      for (VacantSlot slot : vacancies.slots()) {
        out.println("  " + slot.shift() + " " + slot.date() + (slot.weekend() ? " (weekend)" : "") + ": "
            + slot.missing() + " missing, " + CandidatesCommand.hours(slot.hours()) + "; lacks " + slot.lacking());
      }
      ReplacementAdvisor advisor = new ReplacementAdvisor(rules);
      Roster repaired = result.roster().get();
      for (VacantSlot slot : vacancies.slots()) {
        out.println();
        CandidatesCommand.print(out, result.problem(),
            advisor.advise(result.problem(), repaired, Vacancy.of(slot.date(), slot.shift())), CANDIDATES_SHOWN, false);
      }
    }
    if (outFile != null) {
      try {
        Outputs.createParents(outFile);
        RosterJson.strict().write(outFile, result.roster().get());
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outFile, e).getMessage());
      }
      out.println();
      out.println("Wrote " + outFile);
    }
    if (html.requested()) {
      try {
        html.write(org.careroster.views.RosterPage.html(result.problem(), result.roster().get(), result.report().orElseThrow(), html.language));
      } catch (Outputs.CannotWrite e) {
        return fail(e.getMessage());
      }
      out.println("Wrote " + html.file);
    }
    return vacancies.isEmpty() && result.report().orElseThrow().isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  private int fail(String message) {
    err.println("roster repair: " + message);
    return RosterCli.USAGE;
  }
}
