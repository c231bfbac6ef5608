package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.careroster.constraints.RuleSet;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster rollout PROBLEM.json BASE_ROSTER.json --from 2027-01-04 --weeks 52 [--rules
 * RULES.json] [--absences ABSENCES.json] [--previous ROSTER.json] [--time-limit 20s] [--threads N] [--seed N] --out DIR
 * [--quiet]}:
 * rolls a cyclic base rotation out into a dated calendar plan with {@link CalendarPlanner}, writes
 * {@code problem.json}, {@code roster.json}, {@code accounts.json} and {@code changes.json} into
 * DIR all or nothing ({@link StagedDirectory}), and prints the plan's summary and year accounts.
 *
 * <p>Every input is checked, and DIR prepared, before the planner's search starts; on bad input
 * (exit 2) nothing is written. A plan that leaves shortfalls is still written, with them as vacant
 * shifts, and exits 1.
 */
@Command(
    name = "rollout",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + RolloutCommand.USAGE,
    description = {
      "Roll a cyclic base rotation out into a dated calendar plan of 1-53 weeks from a Monday (default"
          + " rules: kommune-default; limit 20 s): public holidays and absences planned in with as few"
          + " changes as possible, holiday groups taking turns with Christmas, New Year and Easter."
          + " Writes DIR/problem.json, roster.json, accounts.json and changes.json all or nothing and"
          + " prints the changes, holiday groups, vacant shifts and year accounts. Exit 1 when"
          + " shortfalls remain.",
      ""
    })
final class RolloutCommand implements Callable<Integer> {

  static final String USAGE =
      "rollout PROBLEM.json BASE_ROSTER.json --from MONDAY --weeks N [--rules RULES.json]"
          + " [--absences ABSENCES.json] [--previous ROSTER.json] [--time-limit 20s] [--threads N] [--seed N] --out DIR [--quiet]";

  /** Changes printed in the summary; all of them are in {@code changes.json}. */
  static final int CHANGES_SHOWN = 20;

  /** Vacant shifts listed in the summary; all of them are in {@code roster.json}. */
  static final int VACANCIES_SHOWN = 20;

  @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The base rotation's problem (a cyclic horizon).")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "BASE_ROSTER.json", description = "The base rotation (grunnturnus).")
  Path rosterFile;

  @Option(names = "--from", paramLabel = "MONDAY", required = true, converter = OptionValues.Date.class,
      description = "The plan's first day, a Monday, e.g. 2027-01-04.")
  LocalDate from;

  @Option(names = "--weeks", paramLabel = "N", required = true, converter = OptionValues.Weeks.class,
      description = "Weeks in the plan, 1 to 53.")
  int weeks;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--absences", paramLabel = "ABSENCES.json", description = "Known absences: vacation, leave, courses.")
  Path absencesFile;

  @Option(names = "--previous", paramLabel = "ROSTER.json",
      description = "The plan in force before --from (dates before it): its last 4 weeks are kept, and rest,"
          + " free Sundays and weekends across the turn to the new plan obey the rules.")
  Path previousFile;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit of the adjustments (default: 20s).")
  Duration timeLimit;

  @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Searches at once, 1 to 64 (default: 1).")
  Integer threads;

  @Option(names = "--seed", paramLabel = "N", converter = OptionValues.WholeNumber.class,
      description = "Seed of the randomised search (default: 0).")
  Long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Write problem.json, roster.json, accounts.json and changes.json there.")
  Path outDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  RolloutCommand(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    try {
      Outputs.checkDirectory(outDir);
    } catch (Outputs.CannotWrite e) {
      return fail(e.getMessage());
    }
    try {
      options(List.of(), Optional.empty());
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    Optional<RosterInputs> inputs = RosterInputs.read("rollout", problemFile, rosterFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem base = inputs.get().problem();
    Roster baseRoster = inputs.get().roster();
    RuleSet rules = inputs.get().rules();
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
    Optional<Roster> previous = Optional.empty();
    if (previousFile != null) {
      try {
        previous = Optional.of(RosterJson.strict().read(RosterJson.readUtf8(previousFile), Roster.class));
      } catch (RosterInputException e) {
        return fail(RosterInputs.inFile(previousFile, e));
      } catch (IOException e) {
        return fail(RosterInputs.cannotRead(previousFile, e));
      }
    }
    PlanOptions options;
    try {
      options = options(absences, previous);
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    PlanningHorizon horizon = CalendarRollout.horizon(options.from(), options.weeks());
    try {
      // The planner checks the same, but only once DIR is prepared: here the file is named.
      CalendarRollout.problem(base, horizon, absences);
    } catch (InvalidModelException e) {
      return fail(located(e, problemFile, absencesFile, previousFile));
    }

    CalendarPlan plan;
    try (StagedDirectory staged = StagedDirectory.open(outDir)) {
      try (ProgressLine progress = new ProgressLine(err, "rollout", ProgressLine.mode(terminal, quiet),
          Optional.of(options.timeLimit()), System::nanoTime)) {
        progress.start();
        plan = new CalendarPlanner(rules).plan(base, baseRoster, options);
        progress.finish(plan.elapsed(), OptionalLong.empty(), OptionalLong.of(plan.vacancies().slots().size()),
            plan.status().toString());
      } catch (InvalidModelException e) {
        return fail(located(e, problemFile, absencesFile, previousFile));
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
      return fail(Outputs.cannotWrite(outDir, e).getMessage());
    }
    print(base, rules, plan, outDir, rulesFile == null ? null : rulesFile.toString());
    return plan.isLawful() && plan.vacancies().isEmpty() ? RosterCli.OK : RosterCli.FAILED;
  }

  /**
   * The plan options from the command line; checked against {@link PlanOptions}' own rules, whose
   * field names are turned back into the options that set them.
   *
   * @throws IllegalArgumentException naming the option, its value and what was expected
   */
  private PlanOptions options(List<Absence> absences, Optional<Roster> previous) {
    PlanOptions.Builder options = PlanOptions.builder().addAllAbsences(absences).from(from).weeks(weeks)
        .previous(previous);
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("--from", from);
    given.put("--weeks", weeks);
    if (timeLimit != null) {
      options.timeLimit(timeLimit);
      given.put("--time-limit", timeLimit);
    }
    if (threads != null) {
      options.threads(threads);
      given.put("--threads", threads);
    }
    if (seed != null) {
      options.seed(seed);
    }
    try {
      return options.build();
    } catch (InvalidModelException e) {
      if (e.path().startsWith("previous.")) {
        throw new IllegalArgumentException(located(e, problemFile, absencesFile, previousFile));
      }
      String option = "--" + e.path().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      throw new IllegalArgumentException(option + " (\"" + given.get(option) + "\") " + e.expectation());
    }
  }

  /**
   * The message of a rollout check, pointing at the file and JSON path of the mistake: the base
   * problem ({@code base.horizon.kind}, its staffing rows and absences), the absences file or the
   * previous plan.
   */
  private static String located(InvalidModelException e, Path problemFile, Path absencesFile, Path previousFile) {
    String path = e.subject().startsWith("absences[") ? e.subject() + "." + e.path() : e.path();
    String what = e.value() + " " + e.expectation() + " (" + e.subject() + ")";
    if (path.startsWith("previous.") && previousFile != null) {
      return previousFile + ": $." + path.substring("previous.".length()) + ": " + e.value() + " " + e.expectation();
    }
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

  private int fail(String problem) {
    err.println("roster rollout: " + problem);
    return RosterCli.USAGE;
  }
}
