package org.careroster.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Violation;
import org.careroster.constraints.replace.Candidate;
import org.careroster.constraints.replace.Exclusion;
import org.careroster.constraints.replace.ReplacementAdvice;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
import org.careroster.core.Absence;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * {@code ./roster candidates PROBLEM.json ROSTER.json --shift 2027-01-12:D [--absent E7:2027-01-12]
 * [--rules RULES.json]}: the ranked candidates for one vacant shift, and who was left out and why.
 */
final class CandidatesCommand {

  static final String USAGE =
      "candidates PROBLEM.json ROSTER.json --shift DATE:SHIFT [--absent EMPLOYEE:FROM..TO] [--rules RULES.json]";

  private final PrintStream out;
  private final PrintStream err;

  CandidatesCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    Path problemFile = null;
    Path rosterFile = null;
    Path rulesFile = null;
    String shift = null;
    List<String> absent = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.startsWith("--")) {
        if (!List.of("--shift", "--absent", "--rules").contains(argument)) {
          return usage("unknown option \"" + argument + "\"");
        }
        if (i + 1 == arguments.size()) {
          return usage(argument + " needs a value");
        }
        String value = arguments.get(++i);
        switch (argument) {
          case "--shift":
            shift = value;
            break;
          case "--absent":
            absent.add(value);
            break;
          default:
            rulesFile = Path.of(value);
        }
      } else if (problemFile == null) {
        problemFile = Path.of(argument);
      } else if (rosterFile == null) {
        rosterFile = Path.of(argument);
      } else {
        return usage("unexpected argument \"" + argument + "\"");
      }
    }
    if (rosterFile == null) {
      return usage("expected PROBLEM.json and ROSTER.json");
    }
    if (shift == null) {
      return usage("--shift is required");
    }
    Optional<RosterInputs> inputs =
        RosterInputs.read("candidates", problemFile, rosterFile, rulesFile, RuleSets.kommuneDefault(), err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem problem = inputs.get().problem();
    Roster roster = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
    Vacancy vacancy;
    try {
      vacancy = SickCallArguments.vacancy(problem, shift);
      List<Absence> absences = new ArrayList<>(problem.absences());
      for (String value : absent) {
        absences.add(SickCallArguments.absence(problem, value));
      }
      problem = problem.withAbsences(absences);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    roster = RosterRepair.vacate(problem, roster);
    ReplacementAdvice advice = new ReplacementAdvisor(rules).advise(problem, roster, vacancy);
    out.println("Rule set: " + rules.name());
    print(out, problem, advice, Integer.MAX_VALUE, true);
    return RosterCli.OK;
  }

  /** Prints the advice: what the shift lacks, up to {@code limit} candidates, and the exclusions if asked. */
  static void print(PrintStream out, Problem problem, ReplacementAdvice advice, int limit, boolean excluded) {
    Vacancy v = advice.vacancy();
    out.println("Candidates for " + v.shift() + " on " + v.date() + advice.unit().map(u -> " in " + u).orElse("") + ":");
    List<String> lacks = new ArrayList<>();
    advice.unmet().forEach(c -> lacks.add(c.toString()));
    advice.uncoveredTasks().forEach(t -> lacks.add("someone who may do " + t));
    out.println("  the shift lacks: " + (lacks.isEmpty() ? "nothing (its minimum is met)" : String.join("; ", lacks)));
    List<Candidate> shown = advice.candidates().stream()
        .filter(c -> c.isAgency() || c.rank() <= limit)
        .toList();
    for (Candidate c : shown) {
      out.println("  " + line(problem, c));
    }
    if (excluded && !advice.excluded().isEmpty()) {
      out.println("  left out:");
      for (Exclusion x : advice.excluded()) {
        out.println("    " + x.employee() + ": " + x.reason());
      }
    } else if (!advice.excluded().isEmpty()) {
      out.println("  (" + advice.excluded().size() + " left out; ./roster candidates shows why)");
    }
  }

  private static String line(Problem problem, Candidate c) {
    StringBuilder text = new StringBuilder();
    text.append(c.rank()).append(". ");
    if (c.isAgency()) {
      text.append("agency (innleie)");
    } else {
      Employee e = problem.findEmployee(c.employee().orElseThrow()).orElseThrow();
      text.append(e.id()).append(" ").append(e.name()).append(" (").append(e.role()).append(" ")
          .append(e.positionPercent().stripTrailingZeros().toPlainString()).append(" %)");
    }
    text.append(": ").append(tier(c)).append(", +").append(hours(c.hoursAdded()));
    if (!c.isAgency()) {
      text.append(", overtime: law ").append(c.createsLawOvertime() ? hours(c.lawOvertime()) : "no")
          .append(", tariff ").append(c.createsTariffOvertime() ? hours(c.tariffOvertime()) : "no");
      if (!c.raisedOvertime().isZero()) {
        text.append(" (").append(hours(c.raisedOvertime())).append(" at the raised rate)");
      }
    }
    text.append(String.format(Locale.ROOT, "; cost %s h of ordinary pay (pay %s + supplement %s)",
        c.cost().total().toPlainString(), c.cost().pay().toPlainString(), c.cost().supplement().toPlainString()));
    if (!c.softViolations().isEmpty()) {
      text.append("; soft: ").append(c.softViolations().stream().map(Violation::ruleId).distinct()
          .collect(Collectors.joining(", "))).append(" (penalty ").append(c.softCostChange() >= 0 ? "+" : "")
          .append(c.softCostChange()).append(")");
    } else if (c.softCostChange() != 0) {
      text.append("; soft penalty ").append(c.softCostChange() > 0 ? "+" : "").append(c.softCostChange());
    }
    List<String> still = new ArrayList<>();
    c.stillUnmet().forEach((CoverRequirement r) -> still.add(r.toString()));
    c.stillUncoveredTasks().forEach(t -> still.add("someone who may do " + t));
    if (!still.isEmpty()) {
      text.append("; still lacks: ").append(String.join("; ", still));
    }
    return text.toString();
  }

  private static String tier(Candidate c) {
    switch (c.tier()) {
      case EXTRA_HOURS:
        return "extra hours (meirarbeid)";
      case OVERTIME:
        return "overtime";
      case OTHER_UNIT:
        return "from another unit";
      default:
        return "agency";
    }
  }

  static String hours(java.time.Duration d) {
    long m = d.toMinutes();
    return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }

  private int usage(String problem) {
    err.println("roster candidates: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
