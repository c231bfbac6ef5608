package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.TaskSharingCover;
import org.careroster.constraints.vacation.SubstituteNeed;
import org.careroster.constraints.vacation.SubstituteShift;
import org.careroster.constraints.vacation.SubstituteWeek;
import org.careroster.constraints.vacation.SummerPlan;
import org.careroster.constraints.vacation.SummerPlanner;
import org.careroster.constraints.vacation.VacationPlan;
import org.careroster.constraints.vacation.VacationPlanner;
import org.careroster.constraints.year.CalendarPlan;
import org.careroster.constraints.year.CalendarPlanner;
import org.careroster.constraints.year.PlanOptions;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationYear;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.careroster.views.RosterCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster vacation PROBLEM.json ROSTER.json --year 2027 [--wishes WISHES.json]
 * [--rest-of-year] [--rules RULES.json] [--time-limit 20s] [--threads N] --out DIR [--quiet]}: rolls
 * a base rotation out over the main period's weeks ({@link CalendarPlanner}, no vacations) or takes
 * a calendar plan as it is, plans the summer ({@link SummerPlanner}: the main holidays, the holes
 * given to the ward's part-timers as extra hours within every hard rule) and writes {@code
 * problem.json}, {@code roster.json}, {@code substitute-need.json} and {@code
 * substitute-need.csv} all or nothing. The shifts nobody on the ward can lawfully take are the
 * substitute need.
 */
@Command(
    name = "vacation",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    customSynopsis = "roster " + VacationCommand.USAGE,
    description = {
      "Plan the summer's vacation (ferieavvikling) for a base rotation or a calendar plan: everyone's"
          + " main holiday of 18 working days in one piece in 1 June - 30 September (Ferieloven § 7),"
          + " wishes in rank order, roles spread, last year's July giving way, the cover taken away kept"
          + " small; then the holes filled by the ward's part-timers' extra hours within every hard rule"
          + " and the rest as the substitute need. Writes DIR/problem.json, roster.json,"
          + " substitute-need.json and substitute-need.csv all or nothing. Without --wishes everyone has"
          + " the agreement's 30 working days and no wishes. Exit 1 when substitutes are needed.",
      ""
    })
final class VacationCommand implements Callable<Integer> {

  static final String USAGE = "vacation PROBLEM.json ROSTER.json --year YEAR [--wishes WISHES.json]"
      + " [--rest-of-year] [--rules RULES.json] [--time-limit 20s] [--threads N] --out DIR [--quiet]";

  /** The rules whose hard violations are the substitute need itself. */
  private static final java.util.Set<String> COVER_RULES = java.util.Set.of(MinimumCover.ID, TaskSharingCover.ID);

  /** Working days of vacation each employee has when no vacation document is given: KS HTA's 5 weeks. */
  static final int DEFAULT_DAYS = 30;

  @Parameters(index = "0", paramLabel = "PROBLEM.json",
      description = "A base rotation's problem (a cyclic horizon) or a calendar problem holding the main period.")
  Path problemFile;

  @Parameters(index = "1", paramLabel = "ROSTER.json", description = "The base rotation (grunnturnus) or the calendar plan.")
  Path rosterFile;

  @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The holiday year, e.g. 2027.")
  int year;

  @Option(names = "--wishes", paramLabel = "WISHES.json",
      description = "The vacation document: entitlements, ranked wishes, periods, last year's peak weeks.")
  Path wishesFile;

  @Option(names = "--rest-of-year",
      description = "Also place each employee's other wishes in rank order, in one piece each, within the days the main holiday leaves (Ferieloven § 7 (2)).")
  boolean restOfYear;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "A saved rule set (default: kommune-default).")
  Path rulesFile;

  @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.DurationValue.class,
      description = "Wall-clock limit of the base rotation's rollout over the summer (default: 20s).")
  Duration timeLimit;

  @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
      description = "Searches at once, 1 to 64 (default: 1).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Directory to write problem.json, roster.json, substitute-need.json and substitute-need.csv into.")
  Path outDir;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  VacationCommand(PrintStream out, PrintStream err, boolean terminal) {
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
    Optional<RosterInputs> inputs = RosterInputs.read("vacation", problemFile, rosterFile, rulesFile, err);
    if (inputs.isEmpty()) {
      return RosterCli.USAGE;
    }
    Problem given = inputs.get().problem();
    VacationYear summer;
    try {
      summer = wishesFile == null ? defaultYear(given, year) : RosterJson.strict().read(RosterJson.readUtf8(wishesFile), VacationYear.class);
      if (summer.year() != year) {
        return fail(wishesFile + ": $.year: " + summer.year() + " is not the --year (" + year + ")");
      }
      summer.checkAgainst(given);
    } catch (RosterInputException e) {
      return fail(RosterInputs.inFile(wishesFile, e));
    } catch (InvalidModelException e) {
      return fail((wishesFile == null ? "--year" : wishesFile + ": $." + e.path()) + ": " + e.value() + " " + e.expectation());
    } catch (IOException e) {
      return fail(RosterInputs.cannotRead(wishesFile, e));
    }
    PlanningHorizon weeks = summer.mainWeeks();
    if (!given.horizon().isCyclic() && (given.horizon().start().isAfter(summer.mainFrom()) || given.horizon().end().isBefore(summer.mainTo()))) {
      return fail(problemFile + ": $.horizon: " + given.horizon() + " must hold the main holiday period " + summer.mainFrom()
          + ".." + summer.mainTo() + " (or be a base rotation's cyclic horizon)");
    }
    RuleSet rules = inputs.get().rules();
    SummerPlan plan;
    Optional<CalendarPlan> rollout = Optional.empty();
    try (ProgressLine progress = new ProgressLine(err, "vacation", ProgressLine.mode(terminal, quiet),
        Optional.ofNullable(timeLimit), System::nanoTime)) {
      progress.start();
      Problem calendar = given;
      Roster roster = inputs.get().roster();
      if (given.horizon().isCyclic()) {
        PlanOptions.Builder options = PlanOptions.builder().from(weeks.start()).weeks(weeks.days() / 7).holidayGroups(false);
        if (timeLimit != null) {
          options.timeLimit(timeLimit);
        }
        if (threads != null) {
          options.threads(threads);
        }
        rollout = Optional.of(new CalendarPlanner(rules).plan(given, roster, options.build()));
        calendar = rollout.get().problem();
        roster = rollout.get().roster();
      }
      plan = new SummerPlanner(rules, restOfYear ? VacationPlanner.withRestOfYear() : new VacationPlanner()).plan(calendar, roster, summer);
      progress.finish(plan.elapsed().plus(rollout.map(CalendarPlan::elapsed).orElse(Duration.ZERO)), java.util.OptionalLong.empty(),
          java.util.OptionalLong.of(plan.need().totalShifts()), plan.need().isEmpty() ? "no substitutes" : "substitutes needed");
    } catch (IllegalArgumentException e) {
      return fail(rosterFile + ": " + e.getMessage());
    }
    try (StagedDirectory staged = StagedDirectory.open(outDir)) {
      RosterJson json = RosterJson.strict();
      staged.write("problem.json", json.write(plan.problem()));
      staged.write("roster.json", json.write(plan.roster()));
      staged.write("substitute-need.json", json.write(plan.need()));
      staged.write("substitute-need.csv", csv(plan.need()));
      staged.commit();
    } catch (IOException e) {
      return fail(Outputs.cannotWrite(outDir, e).getMessage());
    }
    print(summer, plan, rollout);
    return plan.need().isEmpty() ? RosterCli.OK : RosterCli.FAILED;
  }

  /** {@code year} for {@code base}'s staff, each with the agreement's {@value #DEFAULT_DAYS} working days, demanding the main holiday, no wishes. */
  static VacationYear defaultYear(Problem base, int year) {
    VacationYear.Builder summer = VacationYear.builder().year(year);
    for (Employee e : base.employees()) {
      summer.addEntitlements(VacationEntitlement.builder().employee(e.id()).days(DEFAULT_DAYS).build());
    }
    return summer.build();
  }

  private void print(VacationYear summer, SummerPlan plan, Optional<CalendarPlan> rollout) {
    VacationPlan vacations = plan.vacations();
    out.printf(Locale.ROOT, "Vacation %d: main holiday period %s..%s; %s%n", summer.year(), summer.mainFrom(), summer.mainTo(),
        wishesFile == null ? "no vacation document: " + DEFAULT_DAYS + " working days each (KS HTA), no wishes" : "wishes from " + wishesFile);
    rollout.ifPresent(r -> out.printf(Locale.ROOT, "Calendar plan: the base rotation rolled out over %s (%s)%n",
        r.problem().horizon(), r.report().summary()));
    out.println();
    out.println(restOfYear ? "Vacations (the main holiday first):" : "Main holidays (hovudferie):");
    out.println("employee  role           from        to          wish");
    for (Absence a : vacations.vacations()) {
      String role = plan.problem().findEmployee(a.employee()).map(Employee::role).orElse("");
      out.printf(Locale.ROOT, "%-9s %-14s %s  %s  %s%n", a.employee(), role, a.from(), a.to(),
          vacations.mainHoliday(a.employee()).filter(a::equals).isPresent()
              ? vacations.wishMet().getOrDefault(a.employee(), Optional.empty()).map(r -> "rank " + r).orElse("none")
              : "rest of the year");
    }
    long met = vacations.wishMet().values().stream().filter(Optional::isPresent).count();
    long first = vacations.wishMet().values().stream().filter(r -> r.equals(Optional.of(1))).count();
    out.printf(Locale.ROOT, "Wishes met: %d of %d main holidays (%d first wishes)%n", met, vacations.wishMet().size(), first);
    int left = vacations.daysLeft().values().stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "Working days of the entitlements still to place outside these: %d (%d employees)%n", left,
        vacations.daysLeft().values().stream().filter(d -> d > 0).count());
    List<Violation> law = vacations.report().violations().stream().filter(v -> !v.ruleId().equals("vacation-entitlement")).toList();
    out.println("Holidays Act: " + (law.isEmpty() ? "every main holiday demanded is 18 working days in one piece in the main period"
        : law.size() + " violations"));
    law.forEach(v -> out.println("  " + v.message()));
    out.println();
    Duration extra = Duration.ZERO;
    for (Assignment a : plan.extraShifts()) {
      extra = extra.plus(plan.problem().findShiftType(a.shift()).orElseThrow().realDuration(a.date()));
    }
    out.printf(Locale.ROOT, "Shifts the vacations leave: %d; extra hours (meirarbeid) of the ward's part-timers fill %d (%s)%n",
        plan.vacated().size(), plan.extraShifts().size(), CandidatesCommand.hours(extra));
    SubstituteNeed need = plan.need();
    if (need.isEmpty()) {
      out.println("Substitute need: none; the ward's own staff fill every hole within the rules");
    } else {
      out.printf(Locale.ROOT, "Substitute need: %d shifts, %s h over the summer (%d at weekends)%n",
          need.totalShifts(), need.totalHours().toPlainString(), need.weekendShifts());
      out.println("week      from        shifts   hours  weekend  qualified only" + (need.substituteList().isEmpty() ? "" : "  none listed can take"));
      for (SubstituteWeek w : need.weeks()) {
        out.printf(Locale.ROOT, "%-8s  %s  %6d  %6s  %7d  %14d%s%n", w.week(), w.monday(), w.shifts(), w.hours().toPlainString(),
            w.weekendShifts(), w.qualifiedShifts(), need.substituteList().isEmpty() ? "" : String.format(Locale.ROOT, "  %21d", w.uncoveredShifts()));
      }
      if (!need.qualifiedWeeks().isEmpty()) {
        out.printf(Locale.ROOT, "Weeks whose cover only qualified substitutes can meet: %s%n",
            String.join(", ", need.qualifiedWeeks().stream().map(SubstituteWeek::week).toList()));
      }
      if (need.substituteList().isEmpty()) {
        out.println("No hourly substitutes listed (contract HOURLY_SUBSTITUTE): list them to see which shifts they can take");
      } else if (need.uncoveredWeeks().isEmpty()) {
        out.printf(Locale.ROOT, "The %d listed substitutes can take every one of these shifts%n", need.substituteList().size());
      } else {
        out.printf(Locale.ROOT, "Weeks whose cover cannot be met even with the %d listed substitutes: %s%n", need.substituteList().size(),
            String.join(", ", need.uncoveredWeeks().stream().map(w -> w.week() + " (" + w.uncoveredShifts() + ")").toList()));
      }
    }
    List<Violation> otherHard = plan.report().violations().stream()
        .filter(v -> v.severity() == Severity.HARD && !COVER_RULES.contains(v.ruleId())).toList();
    long coverHard = plan.report().hardViolationCount() - otherHard.size();
    out.println("Validation: " + plan.report().summary());
    if (otherHard.isEmpty()) {
      out.println("  every hard rule holds but the minimum cover of the shifts left for substitutes (" + coverHard + " violations)");
    } else {
      otherHard.forEach(v -> out.println("  " + v.message()));
    }
    out.println();
    out.println("Wrote problem.json, roster.json, substitute-need.json and substitute-need.csv to " + outDir);
  }

  /** The substitute need as CSV: week, date, shift, substitutes, hours, weekend, role, qualified_only, proposed, uncovered, lacking. */
  static String csv(SubstituteNeed need) {
    List<List<Object>> rows = new ArrayList<>();
    for (SubstituteShift shift : need.shifts()) {
      rows.add(List.of(shift.week(), shift.date().toString(), shift.shift(), shift.substitutes(),
          shift.hours().toPlainString(), shift.weekend(), shift.role().orElse(""), shift.qualifiedOnly(),
          String.join(" ", shift.proposed()), shift.uncovered(), shift.lacking()));
    }
    return RosterCsv.table(List.of("week", "date", "shift", "substitutes", "hours", "weekend", "role", "qualified_only",
        "proposed", "uncovered", "lacking"), rows);
  }


  private int fail(String problem) {
    err.println("roster vacation: " + problem);
    return RosterCli.USAGE;
  }
}
