package org.careroster.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.careroster.constraints.RuleSet;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster candidates PROBLEM.json ROSTER.json --shift 2027-01-12:D [--absent E7:2027-01-12]
 * [--rules RULES.json]}: the ranked candidates for one vacant shift, and who was left out and why.
 */
@Command(
    name = "candidates",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + CandidatesCommand.USAGE,
    description = {
      "Rank who could take one shift: extra hours of part-timers, then overtime (50 %%/100 %%), then"
          + " other units, then an agency, with the hours, overtime, cost and soft rules of each, and"
          + " who is left out and why. --absent first takes the sick person off the roster.",
      ""
    })
final class CandidatesCommand implements Callable<Integer> {

  static final String USAGE =
      "candidates PROBLEM.json ROSTER.json --shift DATE:SHIFT [--absent EMPLOYEE:FROM..TO] [--rules RULES.json]";

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem (docs/FORMAT.md).")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "ROSTER.json", description = "The published roster.")
  Path rosterFile;

  @Option(names = "--shift", paramLabel = "DATE:SHIFT", required = true, description = "The vacant shift, e.g. 2027-01-12:D.")
  String shift;

  @Option(names = "--absent", paramLabel = "EMPLOYEE:FROM..TO",
      description = "Take a sick person off the roster first, e.g. E7:2027-01-12; repeatable.")
  List<String> absent = new ArrayList<>();

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  private final PrintStream out;
  private final PrintStream err;

  CandidatesCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    Optional<RosterInputs> inputs = RosterInputs.read("candidates", problemFile, rosterFile, rulesFile, err);
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
      err.println("roster candidates: " + e.getMessage());
      return RosterCli.USAGE;
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

  /** {@code 10 s} or {@code 500 ms}: a time limit as the reports print it. */
  static String seconds(java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** {@code 7 h 30 min}: hours and minutes as the reports print them. */
  static String hours(java.time.Duration d) {
    long m = d.toMinutes();
    return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }
}
