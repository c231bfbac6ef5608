package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
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

/**
 * {@code ./roster repair PROBLEM.json ROSTER.json --absent E7:2027-01-12..2027-01-14 [--absent ...]
 * [--rules RULES.json] [--allow-swaps] [--time-limit 10s] [--out NEW.json]}: repairs a published
 * roster after sick calls, prints the changes, the shifts still vacant and the candidates for each.
 */
final class RepairCommand {

  static final String USAGE =
      "repair PROBLEM.json ROSTER.json --absent EMPLOYEE:FROM..TO [--absent ...] [--rules RULES.json]"
          + " [--allow-swaps] [--time-limit 10s] [--out NEW.json]";

  /** Candidates printed per vacant shift, besides the agency. */
  private static final int CANDIDATES_SHOWN = 5;

  private final PrintStream out;
  private final PrintStream err;

  RepairCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    Path problemFile = null;
    Path rosterFile = null;
    Path rulesFile = null;
    Path outFile = null;
    List<String> absent = new ArrayList<>();
    RepairOptions.Builder options = RepairOptions.builder();
    try {
      for (int i = 0; i < arguments.size(); i++) {
        String argument = arguments.get(i);
        if (argument.equals("--allow-swaps")) {
          options.allowSwaps(true);
          continue;
        }
        if (argument.startsWith("--")) {
          if (!List.of("--absent", "--rules", "--out", "--time-limit").contains(argument)) {
            return usage("unknown option \"" + argument + "\"");
          }
          if (i + 1 == arguments.size()) {
            return usage(argument + " needs a value");
          }
          String value = arguments.get(++i);
          switch (argument) {
            case "--absent":
              absent.add(value);
              break;
            case "--rules":
              rulesFile = Path.of(value);
              break;
            case "--out":
              outFile = Path.of(value);
              break;
            default:
              options.timeLimit(SolveCommand.duration(argument, value));
          }
        } else if (problemFile == null) {
          problemFile = Path.of(argument);
        } else if (rosterFile == null) {
          rosterFile = Path.of(argument);
        } else {
          return usage("unexpected argument \"" + argument + "\"");
        }
      }
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (rosterFile == null) {
      return usage("expected PROBLEM.json and ROSTER.json");
    }
    if (absent.isEmpty()) {
      return usage("give at least one --absent EMPLOYEE:FROM..TO");
    }
    Optional<RosterInputs> inputs =
        RosterInputs.read("repair", problemFile, rosterFile, rulesFile, RuleSets.kommuneDefault(), err);
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
      result = new RosterRepair(rules).repair(problem, published, absences, options.build());
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    out.println("Rule set: " + rules.name());
    for (Absence a : absences) {
      out.println("Sick: " + a.employee() + " from " + a.from() + " to " + a.to());
    }
    out.printf(Locale.ROOT, "Repair: %s in %.1f s%n", result.status(), result.elapsed().toMillis() / 1000.0);
    if (result.roster().isEmpty()) {
      out.println("No repaired roster keeps the hard rules with the published assignments pinned."
          + " Maybe allow swaps (--allow-swaps) or check the published roster with ./roster validate.");
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
        RosterJson.strict().write(outFile, result.roster().get());
      } catch (IOException e) {
        err.println("roster repair: cannot write " + outFile + ": " + e);
        return RosterCli.USAGE;
      }
      out.println();
      out.println("Wrote " + outFile);
    }
    return vacancies.isEmpty() && result.report().orElseThrow().isFeasible() ? RosterCli.OK : RosterCli.FAILED;
  }

  private int usage(String problem) {
    err.println("roster repair: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
