package org.careroster.constraints.year;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.Requests;
import org.careroster.constraints.rules.WeeklyRest;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Roster;
import org.careroster.core.RosterTime;

/**
 * Rolls a base rotation (grunnturnus) out into a dated calendar plan (kalenderplan, årsturnus) of
 * up to 53 weeks, and fits it around what the calendar adds: public holidays (staffed as the
 * staffing plan says, as Sundays where it says nothing), known absences and the daylight-saving
 * weekends.
 *
 * <ol>
 *   <li>Every employee keeps their own line, aligned with the rotation's first Monday ({@link
 *       CalendarRollout}); the absent staff's shifts are removed.
 *   <li>The weeks around each hard rule the laid-out rotation breaks are replanned with as few
 *       changes as the solver finds ({@link RosterSolver#mend}: each changed employee-day costs
 *       {@link #CHANGE_WEIGHT}); cover nobody can lawfully give is left as vacant shifts.
 *   <li>With holiday groups on, the staff are split into two groups balanced by role; one asks to
 *       be off at Christmas and works New Year, the other the reverse, and at Easter the group off
 *       at Christmas works. The wishes ({@link #HOLIDAY_WISH_WEIGHT} each) steer the replanning
 *       of those weeks; the groups swap each year.
 * </ol>
 *
 * <pre>{@code
 * CalendarPlan year = new CalendarPlanner(RuleSets.kommuneDefault())
 *     .plan(base, baseRoster, PlanOptions.builder().from(LocalDate.of(2027, 1, 4)).weeks(52).build());
 * year.changes().forEach(System.out::println);       // S3 2027-03-25: D → off (...)
 * System.out.println(year.accounts().table());
 * }</pre>
 */
public final class CalendarPlanner {

  /** Cost of each employee-day changed from the rotation while adjusting. */
  public static final int CHANGE_WEIGHT = 50;

  /** Weight of each holiday group's wish to be off on one of its holidays. */
  public static final int HOLIDAY_WISH_WEIGHT = 150;

  /**
   * Days of the previous plan ({@link PlanOptions#previous()}) judged with the new one: four
   * weeks, the longest look-back of the rules across the turn (weekend frequency up to every
   * fourth weekend, free Sundays, runs, weekly rest).
   */
  public static final int HISTORY_DAYS = 28;

  private final RuleSet rules;
  private final RosterSolver solver = new RosterSolver();

  /**
   * A planner that keeps the plan lawful under {@code rules}; a rule set without {@code requests}
   * gets it (soft, the wishes' own weights) while adjusting, so that the holiday groups count.
   */
  public CalendarPlanner(RuleSet rules) {
    this.rules = checkNotNull(rules, "rules");
  }

  /**
   * The calendar plan of {@code base} and its rotation {@code baseRoster}.
   *
   * @throws InvalidModelException if the base is not a cyclic rotation, the base roster does not
   *     belong to it (an unknown employee, shift or date), an absence names an unknown employee or
   *     lies outside the plan, or the options' first day is not a Monday
   * @throws IllegalArgumentException if the base roster breaks a hard rule of the planner's rules
   *     (the message names the first violations)
   */
  public CalendarPlan plan(Problem base, Roster baseRoster, PlanOptions options) {
    long start = System.nanoTime();
    PlanningHorizon horizon = CalendarRollout.horizon(options.from(), options.weeks());
    Problem calendar = CalendarRollout.problem(base, horizon, options.absences());
    base.checkReferences(baseRoster);
    ValidationReport baseReport = RosterValidator.validate(base, baseRoster, rules);
    if (!baseReport.isFeasible()) {
      List<String> first = baseReport.violations().stream()
          .filter(v -> v.severity().isHard()).limit(3).map(Violation::message).toList();
      int count = baseReport.hardViolationCount();
      throw new IllegalArgumentException("CalendarPlanner: the base roster breaks the hard rules of "
          + rules.name() + " (" + count + (count == 1 ? " violation" : " violations") + "), e.g. " + first
          + " Maybe validate it first: ./roster validate PROBLEM ROSTER --rules RULES");
    }
    ImmutableList<HolidayGroup> groups =
        options.holidayGroups() ? holidayGroups(calendar) : ImmutableList.of();
    Problem planned = withHolidayWishes(calendar, groups);
    Roster rolled = planned.vacate(
        CalendarRollout.roster(base, baseRoster, horizon.start(), horizon.end()));
    RuleSet adjusting = rules.rule(Requests.ID).isPresent() ? rules : rules.with(Requests.of());
    // With a previous plan, its last weeks stay as they are and the new plan's first weeks bend to them.
    History history = History.of(calendar, planned, options, rules);
    Roster withHistory = history.before(rolled);
    SolveResult mended = solver.mend(history.mending, adjusting, withHistory, mending(options, withHistory));
    Roster roster = history.after(mended.roster().orElse(withHistory));
    for (HolidayGroup group : groups) {
      roster = replanHolidays(planned, adjusting, roster, rolled, group, options, start);
    }
    VacantShiftReport vacancies = VacantShiftReport.of(calendar, roster);
    Roster done = Roster.builder().addAllAssignments(roster.assignments())
        .addAllVacantShifts(vacancies.toVacantShifts()).build();
    ValidationReport report = history.validate(done, rules);
    ValidationReport rolledReport = history.validate(rolled, rules);
    return CalendarPlan.builder()
        .problem(calendar)
        .roster(done)
        .rolledOut(rolled)
        .cycleWeek(CalendarRollout.cycleWeek(base.horizon(), horizon.start()))
        .addAllChanges(changes(calendar, rolled, done, rolledReport))
        .report(report)
        .vacancies(vacancies)
        .addAllHolidayGroups(groups)
        .accounts(YearAccounts.of(calendar, done))
        .status(report.isFeasible()
            ? (report.softPenalty() == 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
            : SolveStatus.UNKNOWN)
        .elapsed(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }

  /** The options of the mending search: the plan's limits, each change from {@code rolled} costing {@link #CHANGE_WEIGHT}. */
  private static SolverOptions mending(PlanOptions options, Roster rolled) {
    return SolverOptions.builder()
        .timeLimit(options.timeLimit())
        .seed(options.seed())
        .threads(options.threads())
        .previous(rolled)
        .changeWeight(CHANGE_WEIGHT)
        .build();
  }

  /** Replans the weeks of one group's holidays, keeping the result only if it breaks no more hard rules. */
  private Roster replanHolidays(Problem planned, RuleSet adjusting, Roster roster, Roster rolled,
      HolidayGroup group, PlanOptions options, long start) {
    Roster current = roster;
    List<LocalDate[]> periods = new ArrayList<>();
    for (LocalDate day : group.off()) {
      LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      LocalDate sunday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      LocalDate[] last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (last != null && !monday.isAfter(last[1].plusDays(1))) {
        last[1] = sunday.isAfter(last[1]) ? sunday : last[1];
      } else {
        periods.add(new LocalDate[] {monday, sunday});
      }
    }
    PlanningHorizon horizon = planned.horizon();
    RuleSet hard = adjusting.hardOnly();
    for (LocalDate[] period : periods) {
      long left = options.timeLimit().toMillis() - (System.nanoTime() - start) / 1_000_000;
      if (left < 500) {
        break;
      }
      LocalDate from = period[0].isBefore(horizon.start()) ? horizon.start() : period[0];
      LocalDate to = period[1].isAfter(horizon.end()) ? horizon.end() : period[1];
      SolverOptions window = SolverOptions.builder()
          .timeLimit(Duration.ofMillis(Math.min(left, 5_000)))
          .seed(options.seed())
          .threads(options.threads())
          .previous(rolled)
          .changeWeight(CHANGE_WEIGHT)
          .build();
      SolveResult result = solver.replan(planned, adjusting.withSoftCover(RosterRepair.COVER_WEIGHT), current, from, to, window);
      if (result.roster().isPresent()
          && RosterValidator.validate(planned, result.roster().get(), hard).hardViolationCount()
              <= RosterValidator.validate(planned, current, hard).hardViolationCount()) {
        current = result.roster().get();
      }
    }
    return current;
  }

  /**
   * Two groups balanced by role (staff of each role dealt out in turn), with the holidays each asks
   * to have off: in odd years group A is off at Christmas (24–26 December) and works New Year (31
   * December – 1 January) and Easter (Maundy Thursday to Easter Monday) is group B's to have off;
   * in even years the other way round.
   */
  static ImmutableList<HolidayGroup> holidayGroups(Problem calendar) {
    Map<String, Integer> dealt = new HashMap<>();
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (Employee e : calendar.employees()) {
      int n = dealt.merge(e.role(), 1, Integer::sum);
      (n % 2 == 1 ? a : b).add(e.id());
    }
    TreeSet<LocalDate> offA = new TreeSet<>();
    TreeSet<LocalDate> offB = new TreeSet<>();
    ImmutableSortedMap<LocalDate, String> holidays = calendar.publicHolidays();
    for (LocalDate date : calendar.horizon().dates()) {
      boolean odd = date.getYear() % 2 != 0;
      if (isChristmas(date)) {
        (odd ? offA : offB).add(date);
      } else if (isNewYear(date)) {
        // New Year's Eve belongs to the year it ends, New Year's Day to the turn of that year.
        boolean oddTurn = (date.getMonthValue() == 12 ? date.getYear() : date.getYear() - 1) % 2 != 0;
        (oddTurn ? offB : offA).add(date);
      } else if (isEaster(date, holidays)) {
        (odd ? offB : offA).add(date);
      }
    }
    return ImmutableList.of(
        HolidayGroup.builder().name("A").addAllEmployees(a).off(ImmutableSortedSet.copyOf(offA)).build(),
        HolidayGroup.builder().name("B").addAllEmployees(b).off(ImmutableSortedSet.copyOf(offB)).build());
  }

  private static boolean isChristmas(LocalDate date) {
    return date.getMonthValue() == 12 && date.getDayOfMonth() >= 24 && date.getDayOfMonth() <= 26;
  }

  private static boolean isNewYear(LocalDate date) {
    return (date.getMonthValue() == 12 && date.getDayOfMonth() == 31)
        || (date.getMonthValue() == 1 && date.getDayOfMonth() == 1);
  }

  /** Maundy Thursday to Easter Monday: the public holidays of the Easter week and the Saturday between. */
  private static boolean isEaster(LocalDate date, ImmutableSortedMap<LocalDate, String> holidays) {
    if (date.getMonthValue() < 3 || date.getMonthValue() > 4) {
      return false;
    }
    for (int back = 0; back <= 4; back++) {
      LocalDate thursday = date.minusDays(back);
      if (thursday.getDayOfWeek() == DayOfWeek.THURSDAY
          && holidays.containsKey(thursday)
          && holidays.containsKey(thursday.plusDays(1))
          && holidays.containsKey(thursday.plusDays(3))) {
        return true;
      }
    }
    return false;
  }

  /** The calendar problem with each group's wish to be off on its holidays. */
  private static Problem withHolidayWishes(Problem calendar, List<HolidayGroup> groups) {
    if (groups.isEmpty()) {
      return calendar;
    }
    List<Request> requests = new ArrayList<>(calendar.requests());
    for (HolidayGroup group : groups) {
      for (String employee : group.employees()) {
        for (LocalDate date : group.off()) {
          requests.add(Request.builder().employee(employee).date(date).kind(RequestKind.OFF)
              .weight(HOLIDAY_WISH_WEIGHT).build());
        }
      }
    }
    return calendar.wardBuilder()
        .horizon(calendar.horizon())
        .staffingPlan(calendar.staffingPlan())
        .addAllAbsences(calendar.absences())
        .addAllRequests(requests)
        .build();
  }

  /** The employee-days where {@code plan} differs from {@code rolled}, each with its reason. */
  private static ImmutableList<PlanChange> changes(
      Problem calendar, Roster rolled, Roster plan, ValidationReport rolledReport) {
    Map<String, String> before = byDay(rolled);
    Map<String, String> after = byDay(plan);
    List<Violation> hard = rolledReport.violations().stream().filter(v -> v.severity().isHard()).toList();
    ImmutableList.Builder<PlanChange> changes = ImmutableList.builder();
    for (LocalDate date : calendar.horizon().dates()) {
      for (Employee e : calendar.employees()) {
        String key = e.id() + "@" + date;
        Optional<String> from = Optional.ofNullable(before.get(key));
        Optional<String> to = Optional.ofNullable(after.get(key));
        if (!from.equals(to)) {
          changes.add(PlanChange.builder().employee(e.id()).date(date).from(from).to(to)
              .reason(reason(calendar, e.id(), date, hard)).build());
        }
      }
    }
    return changes.build();
  }

  private static Map<String, String> byDay(Roster roster) {
    Map<String, String> days = new HashMap<>();
    for (Assignment a : roster.assignments()) {
      days.put(a.employee() + "@" + a.date(), a.shift());
    }
    return days;
  }

  /**
   * The absence that day; else the nearest hard violation of the laid-out rotation (the
   * employee's own first), with the calendar day behind it; else a wish of the holiday groups.
   */
  private static String reason(Problem calendar, String employee, LocalDate date, List<Violation> hard) {
    for (Absence a : calendar.absencesOn(employee, date)) {
      return a.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + a.from() + ".." + a.to();
    }
    Violation nearest = null;
    long best = Long.MAX_VALUE;
    for (Violation v : hard) {
      long distance = Math.abs(ChronoUnit.DAYS.between(date, v.date()))
          + (v.employee().map(employee::equals).orElse(false) ? 0 : 1);
      if (distance < best) {
        best = distance;
        nearest = v;
      }
    }
    if (nearest == null || best > 28) {
      return "holiday groups (høgtidsturnus)";
    }
    return describeDay(calendar, nearest) + nearest.ruleId() + " on " + nearest.date()
        + nearest.employee().map(id -> " (" + id + ")").orElse("");
  }

  /**
   * The calendar day behind {@code violation}: "daylight-saving change: " for a rest rule broken
   * next to a change of the clocks (the night is an hour shorter), else "public holiday
   * Skjærtorsdag: " on a holiday, else the clock change for any other rule, else nothing. (In
   * 2027 the clocks go forward on Easter Sunday: a rest broken that night is the clock's doing.)
   */
  private static String describeDay(Problem calendar, Violation violation) {
    LocalDate date = violation.date();
    boolean clockChange = nearClockChange(date);
    boolean rest = violation.ruleId().equals(DailyRest.ID) || violation.ruleId().equals(WeeklyRest.ID);
    if (rest && clockChange) {
      return "daylight-saving change: ";
    }
    String holiday = calendar.publicHolidays().get(date);
    if (holiday != null) {
      return "public holiday " + holiday + ": ";
    }
    return clockChange ? "daylight-saving change: " : "";
  }

  /** Whether the clocks change in the night before, of or after {@code date} (Europe/Oslo). */
  private static boolean nearClockChange(LocalDate date) {
    ZoneId zone = RosterTime.ZONE;
    for (LocalDate d = date.minusDays(1); !d.isAfter(date.plusDays(1)); d = d.plusDays(1)) {
      if (!zone.getRules().getOffset(d.atStartOfDay()).equals(zone.getRules().getOffset(d.plusDays(1).atStartOfDay()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The previous plan's last {@link #HISTORY_DAYS} days in front of the new plan, or none: the
   * problems to mend and to judge the plan in, over the history days and the plan.
   */
  private static final class History {
    /** The problem the mending solves: with the holiday groups' wishes. */
    final Problem mending;
    /** The problem the plan is judged in: the calendar problem, without the wishes. */
    final Problem judging;
    final ImmutableList<Assignment> assignments;
    final LocalDate from;

    private History(Problem mending, Problem judging, ImmutableList<Assignment> assignments, LocalDate from) {
      this.mending = mending;
      this.judging = judging;
      this.assignments = assignments;
      this.from = from;
    }

    /**
     * With a previous plan, {@code calendar} and {@code planned} over the history days and the
     * plan, the history's assignments fixed and its days needing nobody; else the two as they are.
     *
     * @throws InvalidModelException if the previous plan names an unknown employee or shift type
     */
    static History of(Problem calendar, Problem planned, PlanOptions options, RuleSet rules) {
      LocalDate from = calendar.horizon().start();
      if (options.previous().isEmpty()) {
        return new History(planned, calendar, ImmutableList.of(), from);
      }
      PlanningHorizon before = PlanningHorizon.of(from.minusDays(HISTORY_DAYS), from.minusDays(1));
      ImmutableList<Assignment> kept = options.previous().get().assignments().stream()
          .filter(a -> before.contains(a.date()))
          .collect(ImmutableList.toImmutableList());
      Problem days = calendar.wardBuilder().horizon(before)
          .staffingPlan(calendar.staffingPlan().withNobodyNeededOn(before.dates()))
          .build();
      try {
        days.checkReferences(Roster.of(kept));
      } catch (InvalidModelException e) {
        throw e.within("PlanOptions", "previous.");
      }
      kept = lawfulAmongThemselves(days, kept, rules.hardOnly());
      return new History(extended(planned, before, kept), extended(calendar, before, kept), kept, from);
    }

    /** {@code plan} from the first history day on, the history's days needing nobody and holding {@code kept}. */
    private static Problem extended(Problem plan, PlanningHorizon before, ImmutableList<Assignment> kept) {
      return plan.wardBuilder()
          .horizon(PlanningHorizon.of(before.start(), plan.horizon().end()))
          .staffingPlan(plan.staffingPlan().withNobodyNeededOn(before.dates()))
          .addAllAbsences(plan.absences())
          .addAllRequests(plan.requests())
          .addAllFixedAssignments(plan.fixedAssignments())
          .addAllFixedAssignments(kept)
          .build();
    }

    /**
     * {@code assignments} without those that break a hard rule among themselves, the earlier
     * day's shift of each such violation first: the old plan's own faults are not the new plan's
     * to mend (and, kept fixed, they would leave the solver nothing to try), while the turn to
     * the new plan is still judged against the old plan's last shifts.
     */
    private static ImmutableList<Assignment> lawfulAmongThemselves(
        Problem days, ImmutableList<Assignment> assignments, RuleSet hard) {
      List<Assignment> kept = new ArrayList<>(assignments);
      for (int round = 0; round < HISTORY_DAYS; round++) {
        List<Violation> faults = RosterValidator.validate(days, Roster.of(kept), hard).violations();
        if (faults.isEmpty()) {
          break;
        }
        for (Violation v : faults) {
          v.employee().ifPresent(e -> kept.removeIf(a -> a.employee().equals(e) && a.date().equals(v.date())));
        }
      }
      return ImmutableList.copyOf(kept);
    }

    /** {@code plan} with the history's assignments before it. */
    Roster before(Roster plan) {
      if (assignments.isEmpty()) {
        return plan;
      }
      Roster.Builder both = Roster.builder().addAllAssignments(assignments).addAllAssignments(plan.assignments());
      plan.vacantShifts().forEach(both::addVacantShifts);
      return both.build();
    }

    /** {@code roster} from the plan's first day on. */
    Roster after(Roster roster) {
      if (assignments.isEmpty()) {
        return roster;
      }
      return Roster.of(roster.assignments().stream().filter(a -> !a.date().isBefore(from)).toList());
    }

    /**
     * The validation of {@code plan} with the history before it: the violations that reach into
     * the plan (one inside the old plan alone is not the new plan's).
     */
    ValidationReport validate(Roster plan, RuleSet rules) {
      ValidationReport report = RosterValidator.validate(judging, before(plan), rules);
      if (assignments.isEmpty()) {
        return report;
      }
      return ValidationReport.of(rules, report.violations().stream()
          .filter(v -> !v.endDate().orElse(v.date()).isBefore(from))
          .toList());
    }
  }
}
