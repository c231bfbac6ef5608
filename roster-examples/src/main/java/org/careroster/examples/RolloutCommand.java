package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.replace.VacantSlot;
import org.careroster.constraints.year.CalendarPlan;
import org.careroster.constraints.year.CalendarPlanner;
import org.careroster.constraints.year.HolidayGroup;
import org.careroster.constraints.year.PlanChange;
import org.careroster.constraints.year.PlanOptions;
import org.careroster.core.Absence;
import org.careroster.core.CalendarRollout;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;

/**
 * {@code ./roster rollout PROBLEM.json BASE_ROSTER.json --from 2027-01-04 --weeks 52 [--rules
 * RULES.json] [--absences ABSENCES.json] [--time-limit 20s] [--threads N] [--seed N] --out DIR}:
 * rolls a cyclic base rotation out into a dated calendar plan with {@link CalendarPlanner}, writes
 * {@code problem.json}, {@code roster.json}, {@code accounts.json} and {@code changes.json} into
 * DIR all or nothing ({@link StagedDirectory}), and prints the plan's summary and year accounts.
 *
 * <p>Every input is checked, and DIR prepared, before the planner's search starts; on bad input
 * (exit 2) nothing is written. A plan that leaves shortfalls is still written, with them as vacant
 * shifts, and exits 1.
 */
final class RolloutCommand {

  static final String USAGE =
      "rollout PROBLEM.json BASE_ROSTER.json --from MONDAY --weeks N [--rules RULES.json]"
          + " [--absences ABSENCES.json] [--time-limit 20s] [--threads N] [--seed N] --out DIR";

  /** Changes printed in the summary; all of them are in {@code changes.json}. */
  static final int CHANGES_SHOWN = 20;

  /** Vacant shifts listed in the summary; all of them are in {@code roster.json}. */
  static final int VACANCIES_SHOWN = 20;

  private static final List<String> OPTIONS =
      List.of("--from", "--weeks", "--rules", "--absences", "--time-limit", "--threads", "--seed", "--out");

  private final PrintStream out;
  private final PrintStream err;

  RolloutCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> arguments) {
    Path problemFile = null;
    Path rosterFile = null;
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument.startsWith("--")) {
        if (!OPTIONS.contains(argument)) {
          return usage("unknown option \"" + argument + "\"");
        }
        if (i + 1 == arguments.size()) {
          return usage(argument + " needs a value");
        }
        if (given.put(argument, arguments.get(++i)) != null) {
          return usage(argument + " is given twice");
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
      return usage("expected PROBLEM.json and BASE_ROSTER.json");
    }
    for (String required : List.of("--from", "--weeks", "--out")) {
      if (!given.containsKey(required)) {
        return usage("give " + required + (required.equals("--out") ? " DIR" : required.equals("--from") ? " MONDAY" : " N"));
      }
    }
    PlanOptions checked;
    try {
      checked = options(given, List.of());
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }

    Optional<RosterInputs> inputs =
        RosterInputs.read("rollout", problemFile, rosterFile, pathOf(given.get("--rules")), RuleSets.kommuneDefault(), err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem base = inputs.get().problem();
    Roster baseRoster = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
    Path absencesFile = pathOf(given.get("--absences"));
    List<Absence> absences = List.of();
    if (absencesFile != null) {
      try {
        absences = RosterJson.strict().readList(RosterJson.readUtf8(absencesFile), Absence.class);
      } catch (RosterInputException e) {
        return fail(RosterInputs.inFile(absencesFile, e));
      } catch (IOException e) {
        return fail(RosterInputs.cannotRead(absencesFile, e));
      }
    }
    PlanOptions options = options(given, absences);
    PlanningHorizon horizon = CalendarRollout.horizon(options.from(), options.weeks());
    try {
      // The planner checks the same, but only once DIR is prepared: here the file is named.
      CalendarRollout.problem(base, horizon, absences);
    } catch (InvalidModelException e) {
      return fail(located(e, problemFile, absencesFile));
    }

    Path outDir = Path.of(given.get("--out"));
    CalendarPlan plan;
    try (StagedDirectory staged = StagedDirectory.open(outDir)) {
      try {
        plan = new CalendarPlanner(rules).plan(base, baseRoster, options);
      } catch (InvalidModelException e) {
        return fail(located(e, problemFile, absencesFile));
      } catch (IllegalArgumentException e) {
        return fail(rosterFile + ": " + e.getMessage());
      }
      RosterJson json = RosterJson.strict();
      staged.write("problem.json", json.write(plan.problem()));
      staged.write("roster.json", json.write(plan.roster()));
      staged.write("accounts.json", json.write(plan.accounts()));
      staged.write("changes.json", json.write(changes(plan.changes())));
      staged.commit();
    } catch (IOException e) {
      return fail("--out (\"" + outDir + "\"): cannot write there: " + e);
    }
    print(base, rules, plan, outDir, given.get("--rules"));
    return plan.isLawful() && plan.vacancies().isEmpty() ? RosterCli.OK : RosterCli.FAILED;
  }

  /**
   * The plan options from the command line; checked against {@link PlanOptions}' own rules, whose
   * field names are turned back into the options that set them.
   *
   * @throws IllegalArgumentException naming the option, its value and what was expected
   */
  private static PlanOptions options(Map<String, String> given, List<Absence> absences) {
    PlanOptions.Builder options = PlanOptions.builder().addAllAbsences(absences);
    String from = given.get("--from");
    try {
      options.from(LocalDate.parse(from));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--from (\"" + from + "\") must be a date such as 2027-01-04");
    }
    options.weeks(clamp(SolveCommand.number("--weeks", given.get("--weeks"))));
    if (given.containsKey("--time-limit")) {
      options.timeLimit(SolveCommand.duration("--time-limit", given.get("--time-limit")));
    }
    if (given.containsKey("--threads")) {
      options.threads(clamp(SolveCommand.positive("--threads", given.get("--threads"))));
    }
    if (given.containsKey("--seed")) {
      options.seed(SolveCommand.number("--seed", given.get("--seed")));
    }
    try {
      return options.build();
    } catch (InvalidModelException e) {
      String option = "--" + e.path().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      throw new IllegalArgumentException(option + " (\"" + given.get(option) + "\") " + e.expectation());
    }
  }

  /**
   * The message of a rollout check, pointing at the file and JSON path of the mistake: the base
   * problem ({@code base.horizon.kind}, its staffing rows and absences) or the absences file.
   */
  private static String located(InvalidModelException e, Path problemFile, Path absencesFile) {
    String path = e.subject().startsWith("absences[") ? e.subject() + "." + e.path() : e.path();
    String what = e.value() + " " + e.expectation() + " (" + e.subject() + ")";
    if (path.startsWith("absences[") && absencesFile != null) {
      return absencesFile + ": $" + path.substring("absences".length()) + ": " + what;
    }
    if (path.startsWith("base.")) {
      return problemFile + ": $." + path.substring("base.".length()) + ": " + what;
    }
    if (e.subject().equals("Problem")) {
      return problemFile + ": $." + path + ": " + what;
    }
    return e.getMessage();
  }

  /** The changes as JSON objects: employee, date, from and to (left out for a day off), reason. */
  private static List<Map<String, Object>> changes(List<PlanChange> changes) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanChange c : changes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("employee", c.employee());
      row.put("date", c.date().toString());
      c.from().ifPresent(shift -> row.put("from", shift));
      c.to().ifPresent(shift -> row.put("to", shift));
      row.put("reason", c.reason());
      rows.add(row);
    }
    return rows;
  }

  private void print(Problem base, RuleSet rules, CalendarPlan plan, Path outDir, String rulesFile) {
    PlanningHorizon horizon = plan.problem().horizon();
    out.println("Rule set: " + rules.name());
    out.printf(Locale.ROOT, "Plan: %s to %s, %d weeks; the first week is week %d of the %d-week base rotation%n",
        horizon.start(), horizon.end(), horizon.days() / 7, plan.cycleWeek() + 1, base.horizon().days() / 7);
    out.printf(Locale.ROOT, "Staff: %d; public holidays: %d; absences: %d%n",
        plan.problem().employees().size(), plan.problem().publicHolidays().size(), plan.problem().absences().size());
    out.printf(Locale.ROOT, "Rollout: %s in %.1f s%n", plan.status(), plan.elapsed().toMillis() / 1000.0);
    out.println();
    List<PlanChange> changes = plan.changes();
    out.printf(Locale.ROOT, "Changes from the base rotation: %d%s%n", changes.size(),
        changes.size() > CHANGES_SHOWN ? " (the first " + CHANGES_SHOWN + "; all in changes.json)" : "");
    changes.stream().limit(CHANGES_SHOWN).forEach(c -> out.println("  " + c));
    if (!plan.holidayGroups().isEmpty()) {
      out.println();
      out.println("Holiday groups (høgtidsturnus):");
      for (HolidayGroup g : plan.holidayGroups()) {
        out.printf(Locale.ROOT, "  %s: %d staff (%s); holidays off: %s%n", g.name(), g.employees().size(),
            String.join(", ", g.employees()),
            g.off().isEmpty() ? "none in the plan" : g.off().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
      }
    }
    out.println();
    VacantShiftReport vacancies = plan.vacancies();
    if (vacancies.isEmpty()) {
      out.println("Vacant shifts: none");
    } else {
      out.printf(Locale.ROOT, "Vacant shifts: %d (%s), %d at weekends (%s)%s%n",
          vacancies.slots().size(), CandidatesCommand.hours(vacancies.hours()),
          vacancies.weekendSlots().size(), CandidatesCommand.hours(vacancies.weekendHours()),
          vacancies.slots().size() > VACANCIES_SHOWN ? "; the first " + VACANCIES_SHOWN + ":" : ":");
      for (VacantSlot slot : vacancies.slots().subList(0, Math.min(VACANCIES_SHOWN, vacancies.slots().size()))) {
        out.println("  " + slot.shift() + " " + slot.date() + (slot.weekend() ? " (weekend)" : "") + ": "
            + slot.missing() + " missing, " + CandidatesCommand.hours(slot.hours()) + "; lacks " + slot.lacking());
      }
    }
    out.println("Validation: " + plan.report().summary());
    String broken = plan.report().totals().stream()
        .filter(t -> t.severity().isHard() && t.violations() > 0)
        .map(t -> t.ruleId() + " " + t.violations())
        .collect(Collectors.joining(", "));
    if (!broken.isEmpty()) {
      out.println("  hard rules broken: " + broken + "; ./roster validate " + outDir.resolve("problem.json") + " "
          + outDir.resolve("roster.json") + (rulesFile == null ? "" : " --rules " + rulesFile) + " explains each");
    }
    out.println();
    out.print(plan.accounts().table());
    out.println();
    out.println("Wrote problem.json, roster.json, accounts.json and changes.json to " + outDir);
  }

  /** {@code n} as an int, huge values as the nearest int: they fail the same range check. */
  private static int clamp(long n) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
  }

  private static Path pathOf(String value) {
    return value == null ? null : Path.of(value);
  }

  private int fail(String problem) {
    err.println("roster rollout: " + problem);
    return RosterCli.USAGE;
  }

  private int usage(String problem) {
    err.println("roster rollout: " + problem + "; usage: " + USAGE);
    return RosterCli.USAGE;
  }
}
