package org.careroster.constraints.replace;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.Availability;
import org.careroster.constraints.rules.AverageWeeklyHours;
import org.careroster.constraints.rules.ConsecutiveDaysOff;
import org.careroster.constraints.rules.ConsecutiveNights;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.ForbiddenSuccessions;
import org.careroster.constraints.rules.HoursPerWeek;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.constraints.rules.Mentoring;
import org.careroster.constraints.rules.NightEligibility;
import org.careroster.constraints.rules.NightWorkAverage;
import org.careroster.constraints.rules.OrdinaryHoursPerDay;
import org.careroster.constraints.rules.OvertimeCaps;
import org.careroster.constraints.rules.Requests;
import org.careroster.constraints.rules.SundayRest;
import org.careroster.constraints.rules.TotalHoursPerDay;
import org.careroster.constraints.rules.UnitEligibility;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.constraints.rules.WeeklyRest;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterTime;
import org.careroster.core.ShiftType;

/**
 * Who should be asked to fill a vacant shift, in what order, and what each choice costs and breaks.
 *
 * <p>For each employee the advisor adds the shift to the roster and validates the result against
 * the rule set. To stay quick, the rules that judge each employee on their own shifts (rest, hours,
 * nights, weekends, availability, eligibility, mentoring, wishes) run on a small
 * roster of the candidate's and the mentor's shifts, before and after; only candidates they let
 * through are checked on the whole roster against the other rules (cover, task-sharing, contract
 * hours, fairness and any rule of your own). Both verdicts are exact. Anyone whose shift would add a hard violation (a new one, or a worse one than the
 * roster already has) is left out, with the violations, in {@link
 * ReplacementAdvice#excluded()}; so is anyone already on the shift and, when the shift lacks
 * people of a kind (a nurse, someone with formal health education) or someone who may do one of
 * its tasks (the medication round), anyone who does not count for any of the unmet requirements
 * and may do none of those tasks. The others are ranked by:
 *
 * <ol>
 *   <li>the people still missing with the candidate on the shift, plus the tasks still without
 *       anyone who may do them (fewest first), so that someone who closes the gap comes before
 *       someone who narrows it;
 *   <li>the {@link PayTier}: a part-timer's extra hours (meirarbeid, ordinary pay), then overtime
 *       under the tariff (50 % or 100 % supplement), then staff from another unit, then the agency;
 *   <li>the {@link Cost} of the {@link CostModel} (hours of ordinary pay plus supplement);
 *   <li>the change of the roster's soft penalty (a part-timer below the contract hours helps);
 *   <li>the order of the staff list.
 * </ol>
 *
 * <p>The agency is always the last candidate, priced at {@link CostModel#agencyPercent()}. A rule
 * set without an availability rule gets {@link Availability} added, so nobody absent is proposed.
 *
 * <pre>{@code
 * ReplacementAdvisor advisor = new ReplacementAdvisor(RuleSets.kommuneDefault());
 * ReplacementAdvice advice = advisor.advise(problem, roster, Vacancy.of(LocalDate.of(2027, 1, 12), "D"));
 * Candidate first = advice.candidates().get(0);   // e.g. a 60 % health worker, extra hours, cost 7.50
 * advice.excluded().forEach(x -> System.out.println(x.employee() + ": " + x.reason()));
 * }</pre>
 *
 * <p>Pass the roster as it stands after the absence: without the absent person's shift, and the
 * absence in the problem (see {@link RosterRepair#vacate}). Instances are immutable and may be
 * shared between threads.
 */
public final class ReplacementAdvisor {

  /**
   * Catalogue rules whose verdict on an employee depends only on that employee's shifts (and, for
   * mentoring, the mentor's): they can judge a candidate on a roster that holds only the candidate
   * and the candidate's mentor. Cover rules count the other people on the shift, fairness compares
   * employees and custom rules are unknown, so the full validation judges those; so does contract
   * hours, which on the small roster would explain everyone else's missing hours each time.
   */
  private static final ImmutableList<Class<? extends Rule>> LOCAL_RULES = ImmutableList.of(
      DailyRest.class, WeeklyRest.class, OrdinaryHoursPerDay.class, TotalHoursPerDay.class,
      HoursPerWeek.class, AverageWeeklyHours.class, SundayRest.class, NightWorkAverage.class,
      OvertimeCaps.class, Availability.class, ConsecutiveNights.class, ConsecutiveWorkingDays.class,
      ConsecutiveDaysOff.class, ForbiddenSuccessions.class, WeekendFrequency.class, LongShifts.class,
      UnitEligibility.class, NightEligibility.class, Mentoring.class, Requests.class);

  private final RuleSet rules;
  private final CostModel costs;
  private final RuleSet localRules;
  private final RuleSet globalRules;

  /** An advisor that checks candidates against {@code rules} and prices them with the default {@link CostModel}. */
  public ReplacementAdvisor(RuleSet rules) {
    this(rules, CostModel.defaults());
  }

  /** An advisor that checks candidates against {@code rules} and prices them with {@code costs}. */
  public ReplacementAdvisor(RuleSet rules, CostModel costs) {
    this.rules = withAvailability(checkNotNull(rules, "rules"));
    this.costs = checkNotNull(costs, "costs");
    this.localRules = RuleSet.of(this.rules.rules().stream().filter(ReplacementAdvisor::isLocal).toList());
    this.globalRules = RuleSet.of(this.rules.rules().stream().filter(r -> !isLocal(r)).toList());
  }

  /** The rule set candidates are checked against: the given one, with availability added if it lacks it. */
  public RuleSet rules() {
    return rules;
  }

  /** The cost model candidates are priced with. */
  public CostModel costs() {
    return costs;
  }

  /**
   * The ranked candidates for {@code vacancy} in {@code roster}.
   *
   * @throws InvalidModelException if the vacancy names a shift type or unit the problem does not
   *     have, or a date outside its horizon, or the roster does not fit the problem
   */
  public ReplacementAdvice advise(Problem problem, Roster roster, Vacancy vacancy) {
    return advise(problem, roster, vacancy, java.util.EnumSet.allOf(PayTier.class), e -> true);
  }

  /**
   * As {@link #advise(Problem, Roster, Vacancy)}, with candidates among {@code staff} of the given
   * tiers only (the others are neither checked nor listed); the agency stays last when {@code
   * tiers} holds it.
   */
  ReplacementAdvice advise(Problem problem, Roster roster, Vacancy vacancy, Set<PayTier> tiers,
      java.util.function.Predicate<Employee> among) {
    ShiftType type = problem.findShiftType(vacancy.shift()).orElseThrow(() ->
        new InvalidModelException("Vacancy", "shift", vacancy.shift(),
            "is not a shift type of the problem; known: "
                + problem.shiftTypes().stream().map(ShiftType::code).toList()));
    LocalDate date = vacancy.date();
    if (!problem.horizon().contains(date)) {
      throw new InvalidModelException("Vacancy", "date", date, "lies outside the planning horizon " + problem.horizon());
    }
    vacancy.unit().ifPresent(u -> {
      if (problem.units().stream().noneMatch(x -> x.id().equals(u))) {
        throw new InvalidModelException("Vacancy", "unit", u, "is not a unit of the problem");
      }
    });
    Optional<String> unit = vacancy.unit().or(() -> wardUnit(problem));
    ValidationReport before = RosterValidator.validate(problem, roster, globalRules);
    ViolationDiff diff = new ViolationDiff(before.violations());
    List<CoverRequirement> requirements =
        problem.coverRequirements().stream()
            .filter(c -> c.date().equals(date) && c.shift().equals(type.code()))
            .toList();
    List<Employee> onShift = new ArrayList<>();
    for (Assignment a : roster.assignments()) {
      if (a.date().equals(date) && a.shift().equals(type.code())) {
        problem.findEmployee(a.employee()).ifPresent(onShift::add);
      }
    }
    ImmutableList<CoverRequirement> unmet = unmet(problem, requirements, onShift);
    ImmutableList<String> tasks = VacantShiftReport.uncoveredTasks(problem, date, type.code(), onShift);
    long shiftMinutes = type.realDuration(date).toMinutes();

    List<Candidate> candidates = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    ImmutableList.Builder<Exclusion> excluded = ImmutableList.builder();
    List<Employee> staff = problem.employees();
    for (int i = 0; i < staff.size(); i++) {
      Employee employee = staff.get(i);
      if (!among.test(employee)) {
        continue;
      }
      if (onShift.contains(employee)) {
        excluded.add(Exclusion.of(employee.id(), "already works " + type.code() + " on " + date, List.of()));
        continue;
      }
      if ((!unmet.isEmpty() || !tasks.isEmpty())
          && unmet.stream().noneMatch(c -> problem.counts(c.requirement(), employee, date))
          && tasks.stream().noneMatch(t -> problem.taskSharing().allows(t, employee, date))) {
        List<String> lacks = new ArrayList<>();
        unmet.forEach(c -> lacks.add(c.toString()));
        tasks.forEach(t -> lacks.add("someone who may do " + t));
        excluded.add(Exclusion.of(employee.id(), "does not count for what the shift lacks: " + String.join("; ", lacks), List.of()));
        continue;
      }
      boolean otherUnit = unit.isPresent() && employee.homeUnit().isPresent() && !employee.homeUnit().equals(unit);
      long[] worked = workedMinutes(problem, roster, employee, date);
      long law = Math.min(shiftMinutes, Math.max(
          increase(costs.lawDailyLimit().toMinutes(), worked[0], shiftMinutes),
          increase(costs.lawWeeklyLimit().toMinutes(), worked[1], shiftMinutes)));
      long tariff;
      if (employee.isFullTime()) {
        tariff = shiftMinutes;
      } else {
        long week = costs.tariffWeekly()
            ? increase(employee.fullTimeWeeklyHours().multiply(BigDecimal.valueOf(60)).longValue(), worked[1], shiftMinutes)
            : 0;
        tariff = Math.min(shiftMinutes, Math.max(increase(costs.tariffDailyLimit().toMinutes(), worked[0], shiftMinutes), week));
      }
      PayTier tier = otherUnit ? PayTier.OTHER_UNIT : tariff > 0 ? PayTier.OVERTIME : PayTier.EXTRA_HOURS;
      if (!tiers.contains(tier)) {
        continue;
      }
      long raised = raisedMinutes(problem, type, date, tariff);
      Assignment assignment = Assignment.of(employee.id(), date, type.code());
      if (otherUnit) {
        assignment = assignment.withUnit(unit.get());
      }
      if (law > 0) {
        assignment = assignment.withOvertime(true);
      }
      Local local = new Local(problem, roster, employee, assignment);
      ImmutableList<Violation> hard = local.diff.newOrWorse(local.after.violations(), true);
      ValidationReport after = null;
      Roster with = null;
      if (hard.isEmpty()) {
        with = Roster.builder().addAllAssignments(roster.assignments()).addAssignment(assignment).build();
        after = RosterValidator.validate(problem, with, globalRules);
        hard = diff.newOrWorse(after.violations(), true);
      }
      if (!hard.isEmpty()) {
        excluded.add(Exclusion.of(employee.id(), "would break " + hard.stream().map(Violation::ruleId).distinct().collect(Collectors.joining(", ")) + ": " + hard.get(0).message(), hard));
        continue;
      }
      List<Employee> withCandidate = new ArrayList<>(onShift);
      withCandidate.add(employee);
      Cost cost = Cost.of(
          Cost.hours(shiftMinutes, 100),
          Cost.hours(tariff - raised, costs.overtimeSupplementPercent()).add(Cost.hours(raised, costs.raisedSupplementPercent())));
      candidates.add(Candidate.builder()
          .rank(1)
          .employee(employee.id())
          .tier(tier)
          .assignment(assignment)
          .hoursAdded(Duration.ofMinutes(shiftMinutes))
          .lawOvertime(Duration.ofMinutes(law))
          .tariffOvertime(Duration.ofMinutes(tariff))
          .raisedOvertime(Duration.ofMinutes(raised))
          .cost(cost)
          .addAllSoftViolations(local.diff.newOrWorse(local.after.violations(), false))
          .addAllSoftViolations(diff.newOrWorse(after.violations(), false))
          .softCostChange(local.after.softPenalty() - local.before.softPenalty() + after.softPenalty() - before.softPenalty())
          .addAllStillUnmet(unmet(problem, requirements, withCandidate))
          .addAllStillUncoveredTasks(VacantShiftReport.uncoveredTasks(problem, date, type.code(), withCandidate))
          .roster(with)
          .build());
      order.add(i);
    }
    List<Integer> byRank = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      byRank.add(i);
    }
    int[] missing = new int[candidates.size()];
    for (int i = 0; i < missing.length; i++) {
      missing[i] = missing(problem, candidates.get(i));
    }
    byRank.sort(Comparator.<Integer>comparingInt(i -> missing[i])
        .thenComparing(i -> candidates.get(i).tier())
        .thenComparing(i -> candidates.get(i).cost().total())
        .thenComparingLong(i -> candidates.get(i).softCostChange())
        .thenComparingInt(order::get));
    List<Candidate> ranked = byRank.stream().map(candidates::get).toList();
    ImmutableReplacementAdvice.Builder advice =
        ReplacementAdvice.builder().vacancy(vacancy).unit(unit).addAllUnmet(unmet).addAllUncoveredTasks(tasks);
    int rank = 1;
    for (Candidate c : ranked) {
      advice.addCandidates(c.withRank(rank++));
    }
    if (!tiers.contains(PayTier.AGENCY)) {
      return advice.addAllExcluded(excluded.build()).build();
    }
    advice.addCandidates(Candidate.builder()
        .rank(rank)
        .tier(PayTier.AGENCY)
        .hoursAdded(Duration.ofMinutes(shiftMinutes))
        .lawOvertime(Duration.ZERO)
        .tariffOvertime(Duration.ZERO)
        .raisedOvertime(Duration.ZERO)
        .cost(Cost.of(Cost.hours(shiftMinutes, costs.agencyPercent()), BigDecimal.ZERO))
        .softCostChange(0)
        .build());
    return advice.addAllExcluded(excluded.build()).build();
  }

  /**
   * {@code rules} with {@link Availability} (hard) appended when it has no availability rule: nobody
   * is asked to work, or repaired into a shift, while absent or outside their employment.
   */
  static RuleSet withAvailability(RuleSet rules) {
    return rules.rules().stream().anyMatch(r -> r instanceof Availability) ? rules : rules.with(Availability.of());
  }

  private static boolean isLocal(Rule rule) {
    return LOCAL_RULES.stream().anyMatch(c -> c.isInstance(rule));
  }

  /**
   * The local rules' verdict on a candidate, judged on a small roster of the candidate's and the
   * mentor's shifts, before and after the candidate takes the shift. Exact for these rules: what
   * they say about the candidate depends on nothing else, and what they say about anyone else is
   * the same before and after.
   */
  private final class Local {
    final ValidationReport before;
    final ValidationReport after;
    final ViolationDiff diff;

    Local(Problem problem, Roster roster, Employee candidate, Assignment assignment) {
      Set<String> people = new LinkedHashSet<>();
      people.add(candidate.id());
      candidate.mentor().ifPresent(people::add);
      List<Assignment> small = new ArrayList<>();
      for (String id : people) {
        small.addAll(roster.assignmentsOf(id));
      }
      before = RosterValidator.validate(problem, Roster.of(small), localRules);
      small.add(assignment);
      after = RosterValidator.validate(problem, Roster.of(small), localRules);
      diff = new ViolationDiff(before.violations());
    }
  }

  /** People still missing on the shift with the candidate on it, plus tasks nobody may do. */
  private static int missing(Problem problem, Candidate candidate) {
    int missing = 0;
    for (CoverRequirement r : candidate.stillUnmet()) {
      int staffed = 0;
      for (Assignment a : candidate.roster().orElseThrow().assignments()) {
        if (a.date().equals(r.date()) && a.shift().equals(r.shift())
            && problem.counts(r.requirement(), problem.findEmployee(a.employee()).orElseThrow(), r.date())) {
          staffed++;
        }
      }
      missing += Math.max(0, r.minimum() - staffed);
    }
    return missing + candidate.stillUncoveredTasks().size();
  }

  /** The requirements among {@code requirements} that {@code people} leave below their minimum. */
  static ImmutableList<CoverRequirement> unmet(
      Problem problem, List<CoverRequirement> requirements, List<Employee> people) {
    ImmutableList.Builder<CoverRequirement> result = ImmutableList.builder();
    for (CoverRequirement r : requirements) {
      int staffed = 0;
      for (Employee e : people) {
        if (problem.counts(r.requirement(), e, r.date())) {
          staffed++;
        }
      }
      if (staffed < r.minimum()) {
        result.add(r);
      }
    }
    return result.build();
  }

  /** The home unit most employees share (the first of equals in staff-list order); empty without one. */
  static Optional<String> wardUnit(Problem problem) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (Employee e : problem.employees()) {
      if (e.homeUnit().isPresent()) {
        String u = e.homeUnit().get();
        int n = counts.merge(u, 1, Integer::sum);
        if (best == null || n > counts.get(best)) {
          best = u;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Extra minutes beyond {@code limit} when {@code added} minutes come on top of {@code before}. */
  private static long increase(long limit, long before, long added) {
    return Math.max(0, before + added - limit) - Math.max(0, before - limit);
  }

  /** Real minutes the employee works in shifts starting on {@code date} [0] and in its Monday–Sunday week [1]. */
  private static long[] workedMinutes(Problem problem, Roster roster, Employee employee, LocalDate date) {
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate nextMonday = monday.plusWeeks(1);
    long day = 0;
    long week = 0;
    for (Assignment a : roster.assignmentsOf(employee.id())) {
      if (a.date().isBefore(monday) || !a.date().isBefore(nextMonday)) {
        continue;
      }
      long minutes = problem.shiftType(a.shift()).realDuration(a.date()).toMinutes();
      week += minutes;
      if (a.date().equals(date)) {
        day += minutes;
      }
    }
    return new long[] {day, week};
  }

  /** Of the last {@code overtime} minutes of {@code type} on {@code date}, those in the raised windows. */
  private long raisedMinutes(Problem problem, ShiftType type, LocalDate date, long overtime) {
    if (overtime == 0) {
      return 0;
    }
    ZonedDateTime end = type.endsAt(date);
    ZonedDateTime from = end.minusMinutes(overtime);
    TreeSet<ZonedDateTime> cuts = new TreeSet<>();
    for (LocalDate d = from.toLocalDate().minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
      for (LocalTime t : List.of(LocalTime.MIDNIGHT, costs.raisedUntil(), costs.raisedFrom())) {
        ZonedDateTime cut = RosterTime.at(d, t);
        if (cut.isAfter(from) && cut.isBefore(end)) {
          cuts.add(cut);
        }
      }
    }
    cuts.add(end);
    long raised = 0;
    ZonedDateTime a = from;
    for (ZonedDateTime b : cuts) {
      if (isRaised(problem, a.toLocalDateTime())) {
        raised += Duration.between(a, b).toMinutes();
      }
      a = b;
    }
    return raised;
  }

  private boolean isRaised(Problem problem, LocalDateTime at) {
    LocalDate day = at.toLocalDate();
    if (costs.raisedOnSaturdays() && day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return true;
    }
    if (costs.raisedOnSundaysAndHolidays()
        && (day.getDayOfWeek() == DayOfWeek.SUNDAY || problem.isPublicHoliday(day))) {
      return true;
    }
    LocalTime t = at.toLocalTime();
    LocalTime from = costs.raisedFrom();
    LocalTime until = costs.raisedUntil();
    return from.isAfter(until) ? !t.isBefore(from) || t.isBefore(until) : !t.isBefore(from) && t.isBefore(until);
  }
}
