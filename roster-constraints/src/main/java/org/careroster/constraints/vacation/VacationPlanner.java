package org.careroster.constraints.vacation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationPeriod;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;

/**
 * Chooses everyone's main holiday (hovudferie): for each employee who demands it (Ferieloven § 7
 * (1)), one piece of whole weeks with at least 18 working days inside the main holiday period,
 * so that
 *
 * <ol>
 *   <li>a wish marked {@code must} is kept as it is;
 *   <li>wishes are met in rank order (a missed first wish costs {@link #WISH_WEIGHT} per rank);
 *   <li>staff of one role are spread: more than a third of a role off in the same week costs
 *       {@link #CROWD_WEIGHT} per person too many, squared, and every pair off together a little;
 *   <li>who had the peak weeks last year gives way: each peak week this year costs {@link
 *       #PEAK_WEIGHT} times last year's peak weeks;
 *   <li>given the roster the vacations are taken from ({@link #plan(Problem, Roster,
 *       VacationYear)}), the cover they take away: each person a shift falls below its minimum
 *       costs {@link #WEEKDAY_SHORTFALL_WEIGHT}, on a Saturday or Sunday {@link
 *       #WEEKEND_SHORTFALL_WEIGHT} (the weekend frequency lets few others stand in then), so the
 *       holidays go where the roster has people to spare and where the holes can be filled.
 * </ol>
 *
 * <p>The search places the staff one at a time (fixed wishes first, then the fewest wishes first,
 * those without wishes last) on the piece
 * that costs least beside those placed before, then moves one employee at a time to the piece that
 * lowers the total cost most, until no move helps: deterministic, and fast for wards of hundreds. The pieces are the employee's wishes of three weeks or more, the ward's periods of three
 * weeks or more, and every run of three weeks from a Monday in the main period.
 *
 * <pre>{@code
 * VacationPlan summer = new VacationPlanner().plan(calendarProblem, vacationYear);
 * summer.vacations().forEach(System.out::println);
 * }</pre>
 */
public final class VacationPlanner {

  /** Cost of each rank a met wish lies below the first, and of a piece no wish asked for (×(wishes + 1)). */
  public static final int WISH_WEIGHT = 100;

  /** Cost per peak week this year for each peak week had last year. */
  public static final int PEAK_WEIGHT = 20;

  /** Cost per person of a role off in a week beyond a third of that role, squared. */
  public static final int CROWD_WEIGHT = 500;

  /** Cost per person a weekday shift falls below its minimum cover because of the vacations. */
  public static final int WEEKDAY_SHORTFALL_WEIGHT = 10;

  /** Cost per person a Saturday or Sunday shift falls below its minimum cover because of the vacations. */
  public static final int WEEKEND_SHORTFALL_WEIGHT = 40;

  private static final int MAIN_WEEKS = 3;
  private static final int MAX_ROUNDS = 50;

  private final boolean restOfYear;

  /** A planner with the weights above that plans the main holidays only. */
  public VacationPlanner() {
    this(false);
  }

  private VacationPlanner(boolean restOfYear) {
    this.restOfYear = restOfYear;
  }

  /**
   * A planner that also places the rest of each entitlement (Ferieloven § 7 (2)): after the main
   * holidays, each employee's other wishes in rank order, each in one piece, as long as they
   * neither overlap a piece already given nor ask for more working days than are left. What no
   * wish asks for stays in {@link VacationPlan#daysLeft()} for the ward to agree on.
   */
  public static VacationPlanner withRestOfYear() {
    return new VacationPlanner(true);
  }

  /**
   * The main holidays of {@code year} for the staff of {@code problem}, without a roster: wishes,
   * peak weeks and how many of a role are off at once decide.
   *
   * @throws org.careroster.core.InvalidModelException if the year names an unknown employee
   */
  public VacationPlan plan(Problem problem, VacationYear year) {
    return plan(problem, Roster.of(List.of()), year);
  }

  /**
   * The main holidays of {@code year} for the staff of {@code problem}, taken out of {@code
   * roster} (the calendar plan before the vacations): the cover each choice takes away counts too.
   *
   * @throws org.careroster.core.InvalidModelException if the year names an unknown employee
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have
   */
  public VacationPlan plan(Problem problem, Roster roster, VacationYear year) {
    checkNotNull(problem, "problem");
    checkNotNull(roster, "roster");
    year.checkAgainst(problem);
    problem.checkReferences(roster);
    List<String> staff = new ArrayList<>();
    List<List<Piece>> choices = new ArrayList<>();
    for (VacationEntitlement entitlement : year.entitlements()) {
      if (!entitlement.demandsMainHoliday()) {
        continue;
      }
      List<Piece> pieces = pieces(year, entitlement.employee());
      if (!pieces.isEmpty()) {
        staff.add(entitlement.employee());
        choices.add(pieces);
      }
    }
    Map<String, Integer> peakHad = peakWeeksHad(year);
    int[] chosen = new int[staff.size()];
    Load load = Load.of(problem, roster);
    // Placed one at a time, each on the piece that costs least beside those placed before: fixed
    // wishes first, then those with the fewest wished pieces (who has one wish gets the first go at
    // it), and those without wishes last, to fill in around them.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < staff.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparingLong((Integer i) -> {
      List<Piece> pieces = choices.get(i);
      long wished = pieces.stream().filter(p -> p.rank.isPresent()).count();
      return pieces.get(0).must ? 0 : wished == 0 ? Long.MAX_VALUE : wished;
    }).thenComparing(i -> staff.get(i)));
    for (int i : order) {
      String employee = staff.get(i);
      List<Piece> pieces = choices.get(i);
      long bestCost = Long.MAX_VALUE;
      for (int c = 0; c < pieces.size(); c++) {
        long cost = own(pieces.get(c), peakHad.getOrDefault(employee, 0), year) + load.costOfAdding(employee, pieces.get(c));
        if (cost < bestCost) {
          chosen[i] = c;
          bestCost = cost;
        }
      }
      load.add(employee, pieces.get(chosen[i]));
    }
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < staff.size(); i++) {
        String employee = staff.get(i);
        List<Piece> pieces = choices.get(i);
        if (pieces.get(chosen[i]).must) {
          continue;
        }
        load.remove(employee, pieces.get(chosen[i]));
        int best = chosen[i];
        long bestCost = own(pieces.get(best), peakHad.getOrDefault(employee, 0), year) + load.costOfAdding(employee, pieces.get(best));
        for (int c = 0; c < pieces.size(); c++) {
          long cost = own(pieces.get(c), peakHad.getOrDefault(employee, 0), year) + load.costOfAdding(employee, pieces.get(c));
          if (cost < bestCost) {
            best = c;
            bestCost = cost;
          }
        }
        load.add(employee, pieces.get(best));
        if (best != chosen[i]) {
          chosen[i] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }

    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < staff.size(); i++) {
      pieces.add(choices.get(i).get(chosen[i]));
    }
    return result(problem, year, staff, pieces, load, peakHad);
  }

  /**
   * The given main holidays as a plan, e.g. ones fixed by hand or first come first served: the
   * wishes they meet, the Holidays Act check and their cost by the planner's measure, so they can
   * be compared with a planned choice.
   *
   * @param mainHolidays one vacation of whole weeks from a Monday per employee
   * @throws org.careroster.core.InvalidModelException if the year names an unknown employee
   * @throws IllegalArgumentException if a holiday names an unknown employee, is not whole weeks
   *     from a Monday, or an employee has two
   */
  public VacationPlan evaluate(Problem problem, Roster roster, VacationYear year, List<Absence> mainHolidays) {
    checkNotNull(problem, "problem");
    checkNotNull(roster, "roster");
    year.checkAgainst(problem);
    problem.checkReferences(roster);
    Map<String, Integer> peakHad = peakWeeksHad(year);
    Load load = Load.of(problem, roster);
    List<String> staff = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    for (Absence a : mainHolidays) {
      long days = a.to().toEpochDay() - a.from().toEpochDay() + 1;
      if (!load.roles.containsKey(a.employee())) {
        throw new IllegalArgumentException("main holiday of " + a.employee() + ": not an employee of the problem");
      }
      if (a.from().getDayOfWeek() != DayOfWeek.MONDAY || days % 7 != 0) {
        throw new IllegalArgumentException("main holiday of " + a.employee() + ": " + a.from() + ".." + a.to()
            + " is not whole weeks from a Monday");
      }
      if (staff.contains(a.employee())) {
        throw new IllegalArgumentException("main holiday of " + a.employee() + ": given twice");
      }
      List<VacationWish> wishes = year.wishesOf(a.employee());
      int weeks = (int) (days / 7);
      Optional<VacationWish> wish = wishes.stream().filter(w -> w.from().equals(a.from()) && w.weeks() == weeks).findFirst();
      Piece piece = new Piece(a.from(), weeks, wish.map(VacationWish::rank),
          wish.map(w -> (long) WISH_WEIGHT * (w.rank() - 1)).orElse((long) WISH_WEIGHT * (wishes.size() + 1)),
          wish.map(VacationWish::must).orElse(false));
      staff.add(a.employee());
      pieces.add(piece);
      load.add(a.employee(), piece);
    }
    return result(problem, year, staff, pieces, load, peakHad);
  }

  private VacationPlan result(Problem problem, VacationYear year, List<String> staff, List<Piece> pieces, Load load,
      Map<String, Integer> peakHad) {
    List<Absence> vacations = new ArrayList<>();
    List<Absence> rest = new ArrayList<>();
    Map<String, Optional<Integer>> met = new LinkedHashMap<>();
    Map<String, Integer> left = new LinkedHashMap<>();
    long cost = load.total();
    for (int i = 0; i < staff.size(); i++) {
      Piece piece = pieces.get(i);
      cost += own(piece, peakHad.getOrDefault(staff.get(i), 0), year);
      vacations.add(Absence.builder().employee(staff.get(i)).kind(AbsenceKind.VACATION)
          .from(piece.from).to(piece.to()).build());
      met.put(staff.get(i), piece.rank);
    }
    for (VacationEntitlement entitlement : year.entitlements()) {
      String employee = entitlement.employee();
      List<Absence> given = new ArrayList<>();
      vacations.stream().filter(a -> a.employee().equals(employee)).forEach(given::add);
      int days = entitlement.days() - given.stream().mapToInt(a -> VacationYear.workingDays(a.from(), a.to())).sum();
      if (restOfYear) {
        for (VacationWish w : year.wishesOf(employee)) {
          LocalDate to = w.from().plusWeeks(w.weeks()).minusDays(1);
          int asked = VacationYear.workingDays(w.from(), to);
          boolean overlaps = given.stream().anyMatch(a -> !a.from().isAfter(to) && !w.from().isAfter(a.to()));
          if (!overlaps && asked <= days) {
            Absence piece = Absence.builder().employee(employee).kind(AbsenceKind.VACATION).from(w.from()).to(to).build();
            given.add(piece);
            rest.add(piece);
            days -= asked;
          }
        }
      }
      left.put(employee, days);
    }
    vacations.addAll(rest);
    Problem planned = problem.wardBuilder()
        .horizon(problem.horizon())
        .staffingPlan(problem.staffingPlan())
        .addAllAbsences(problem.absences())
        .addAllAbsences(withinHorizon(problem, vacations))
        .addAllRequests(problem.requests())
        .addAllFixedAssignments(problem.fixedAssignments())
        .build();
    return VacationPlan.builder()
        .problem(planned)
        .addAllVacations(vacations)
        .putAllWishMet(met)
        .putAllDaysLeft(left)
        .report(VacationCheck.check(withVacations(problem, vacations), year))
        .cost(cost)
        .build();
  }

  /** Per employee of the history: the peak weeks they had last year. */
  private static Map<String, Integer> peakWeeksHad(VacationYear year) {
    Map<String, Integer> peakHad = new HashMap<>();
    year.history().forEach(h -> peakHad.put(h.employee(), h.peakWeeks()));
    return peakHad;
  }

  /** The vacations clipped to the problem's horizon (a plan may cover part of the year). */
  private static List<Absence> withinHorizon(Problem problem, List<Absence> vacations) {
    List<Absence> clipped = new ArrayList<>();
    for (Absence a : vacations) {
      LocalDate from = a.from().isBefore(problem.horizon().start()) ? problem.horizon().start() : a.from();
      LocalDate to = a.to().isAfter(problem.horizon().end()) ? problem.horizon().end() : a.to();
      if (!from.isAfter(to)) {
        clipped.add(Absence.builder().employee(a.employee()).kind(AbsenceKind.VACATION).from(from).to(to).build());
      }
    }
    return clipped;
  }

  /** {@code problem} over the whole holiday year's vacations, for the check (it reads absences only). */
  private static Problem withVacations(Problem problem, List<Absence> vacations) {
    LocalDate first = vacations.stream().map(Absence::from).min(LocalDate::compareTo).orElse(problem.horizon().start());
    LocalDate last = vacations.stream().map(Absence::to).max(LocalDate::compareTo).orElse(problem.horizon().end());
    LocalDate start = first.isBefore(problem.horizon().start()) ? first : problem.horizon().start();
    LocalDate end = last.isAfter(problem.horizon().end()) ? last : problem.horizon().end();
    return problem.wardBuilder()
        .horizon(org.careroster.core.PlanningHorizon.of(start, end))
        .addAllAbsences(problem.absences())
        .addAllAbsences(vacations)
        .build();
  }

  /** The employee's own cost of {@code piece}: the wish it misses and the peak weeks against last year. */
  private static long own(Piece piece, int peakLastYear, VacationYear year) {
    return piece.wishCost + (long) PEAK_WEIGHT * peakLastYear * piece.peakWeeks(year);
  }

  /** The pieces one employee may get, best own choice first; a {@code must} wish alone when given. */
  private static List<Piece> pieces(VacationYear year, String employee) {
    List<VacationWish> wishes = year.wishesOf(employee);
    for (VacationWish w : wishes) {
      if (w.must() && w.weeks() >= MAIN_WEEKS && inMain(year, w.from(), w.weeks())) {
        return List.of(new Piece(w.from(), w.weeks(), Optional.of(w.rank()), 0, true));
      }
    }
    List<Piece> pieces = new ArrayList<>();
    for (VacationWish w : wishes) {
      if (w.weeks() >= MAIN_WEEKS && inMain(year, w.from(), w.weeks())) {
        pieces.add(new Piece(w.from(), w.weeks(), Optional.of(w.rank()), (long) WISH_WEIGHT * (w.rank() - 1), false));
      }
    }
    long unwished = (long) WISH_WEIGHT * (wishes.size() + 1);
    for (VacationPeriod p : year.periods()) {
      if (p.weeks() >= MAIN_WEEKS && inMain(year, p.from(), p.weeks())) {
        pieces.add(new Piece(p.from(), p.weeks(), Optional.empty(), unwished, false));
      }
    }
    if (year.periods().isEmpty()) {
      for (LocalDate m = year.mainFrom().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
          inMain(year, m, MAIN_WEEKS); m = m.plusWeeks(1)) {
        pieces.add(new Piece(m, MAIN_WEEKS, Optional.empty(), unwished, false));
      }
    }
    return pieces;
  }

  /** Whether {@code weeks} from {@code monday} give 18 working days inside the main period. */
  private static boolean inMain(VacationYear year, LocalDate monday, int weeks) {
    LocalDate to = monday.plusWeeks(weeks).minusDays(1);
    LocalDate from = monday.isBefore(year.mainFrom()) ? year.mainFrom() : monday;
    LocalDate last = to.isAfter(year.mainTo()) ? year.mainTo() : to;
    return !from.isAfter(last) && VacationYear.workingDays(from, last) >= VacationEntitlement.MAIN_HOLIDAY_DAYS;
  }

  /** A piece of whole weeks, the wish it meets (if any) and its wish cost. */
  private static final class Piece {
    final LocalDate from;
    final int weeks;
    final Optional<Integer> rank;
    final long wishCost;
    final boolean must;

    Piece(LocalDate from, int weeks, Optional<Integer> rank, long wishCost, boolean must) {
      this.from = from;
      this.weeks = weeks;
      this.rank = rank;
      this.wishCost = wishCost;
      this.must = must;
    }

    LocalDate to() {
      return from.plusWeeks(weeks).minusDays(1);
    }

    /** Weeks of the piece whose Monday to Sunday touches the peak weeks. */
    int peakWeeks(VacationYear year) {
      int n = 0;
      for (int w = 0; w < weeks; w++) {
        LocalDate monday = from.plusWeeks(w);
        if (!monday.plusDays(6).isBefore(year.peakFrom()) && !monday.isAfter(year.peakTo())) {
          n++;
        }
      }
      return n;
    }
  }

  /** Who of each role is off in each week (by Monday), the crowding cost of that and the cover it takes. */
  private static final class Load {
    final Map<String, String> roles;
    final Map<String, Integer> roleSize;
    final Map<String, Integer> off = new HashMap<>();
    final Shortfall shortfall;

    Load(Map<String, String> roles, Map<String, Integer> roleSize, Shortfall shortfall) {
      this.roles = roles;
      this.roleSize = roleSize;
      this.shortfall = shortfall;
    }

    /** No one off yet among the staff of {@code problem}, the cover taken from {@code roster}. */
    static Load of(Problem problem, Roster roster) {
      Map<String, String> roles = new HashMap<>();
      Map<String, Integer> roleSize = new HashMap<>();
      for (Employee e : problem.employees()) {
        roles.put(e.id(), e.role());
        roleSize.merge(e.role(), 1, Integer::sum);
      }
      return new Load(roles, roleSize, new Shortfall(problem, roster));
    }

    void add(String employee, Piece piece) {
      change(employee, piece, 1);
    }

    void remove(String employee, Piece piece) {
      change(employee, piece, -1);
    }

    private void change(String employee, Piece piece, int by) {
      for (int w = 0; w < piece.weeks; w++) {
        off.merge(key(roles.get(employee), piece.from.plusWeeks(w)), by, Integer::sum);
      }
      shortfall.change(employee, piece, by);
    }

    /** The rise in crowding and shortfall cost if {@code employee} took {@code piece}. */
    long costOfAdding(String employee, Piece piece) {
      String role = roles.get(employee);
      long rise = shortfall.costOfAdding(employee, piece);
      for (int w = 0; w < piece.weeks; w++) {
        int now = off.getOrDefault(key(role, piece.from.plusWeeks(w)), 0);
        rise += crowd(role, now + 1) - crowd(role, now);
      }
      return rise;
    }

    long total() {
      long total = shortfall.total();
      for (Map.Entry<String, Integer> e : off.entrySet()) {
        total += crowd(e.getKey().substring(0, e.getKey().indexOf('@')), e.getValue());
      }
      return total;
    }

    /** Every pair off together costs 1; each person beyond a third of the role, squared, {@link #CROWD_WEIGHT}. */
    private long crowd(String role, int n) {
      int allowed = Math.max(1, roleSize.getOrDefault(role, 1) / 3);
      long beyond = Math.max(0, n - allowed);
      return (long) n * (n - 1) / 2 + CROWD_WEIGHT * beyond * beyond;
    }

    private static String key(String role, LocalDate monday) {
      return role + "@" + monday;
    }
  }

  /**
   * The cover the vacations take out of the roster: for each shift the people of each requirement
   * still on it, and the cost of the people it then lacks.
   */
  private static final class Shortfall {
    /** Per employee, their shifts in the roster by date. */
    final Map<String, Map<LocalDate, List<Slot>>> shifts = new HashMap<>();
    /** The shifts someone of the roster works. */
    final Map<String, Slot> slots = new LinkedHashMap<>();

    Shortfall(Problem problem, Roster roster) {
      Map<String, List<CoverRequirement>> requirements = new HashMap<>();
      for (CoverRequirement c : problem.coverRequirements()) {
        requirements.computeIfAbsent(c.date() + " " + c.shift(), k -> new ArrayList<>()).add(c);
      }
      for (Assignment a : roster.assignments()) {
        String key = a.date() + " " + a.shift();
        if (!requirements.containsKey(key)) {
          continue;
        }
        Slot slot = slots.computeIfAbsent(key, k -> new Slot(a.date(), requirements.get(k)));
        Employee e = problem.findEmployee(a.employee()).orElseThrow();
        int[] counts = new int[slot.requirements.size()];
        for (int r = 0; r < counts.length; r++) {
          counts[r] = problem.counts(slot.requirements.get(r).requirement(), e, a.date()) ? 1 : 0;
          slot.present[r] += counts[r];
        }
        slot.counted.put(e.id(), counts);
        shifts.computeIfAbsent(e.id(), k -> new HashMap<>()).computeIfAbsent(a.date(), d -> new ArrayList<>()).add(slot);
      }
    }

    void change(String employee, Piece piece, int by) {
      for (Slot slot : slotsOf(employee, piece)) {
        int[] counts = slot.counted.get(employee);
        for (int r = 0; r < counts.length; r++) {
          slot.present[r] -= by * counts[r];
        }
      }
    }

    long costOfAdding(String employee, Piece piece) {
      long rise = 0;
      for (Slot slot : slotsOf(employee, piece)) {
        int before = slot.missing(null);
        rise += (long) slot.weight() * (slot.missing(slot.counted.get(employee)) - before);
      }
      return rise;
    }

    long total() {
      long total = 0;
      for (Slot slot : slots.values()) {
        total += (long) slot.weight() * slot.missing(null);
      }
      return total;
    }

    private List<Slot> slotsOf(String employee, Piece piece) {
      Map<LocalDate, List<Slot>> byDate = shifts.getOrDefault(employee, Map.of());
      List<Slot> result = new ArrayList<>();
      for (LocalDate d = piece.from; !d.isAfter(piece.to()); d = d.plusDays(1)) {
        result.addAll(byDate.getOrDefault(d, List.of()));
      }
      return result;
    }
  }

  /** One shift on one date: its requirements, the people of each on it, and who counts for which. */
  private static final class Slot {
    final LocalDate date;
    final List<CoverRequirement> requirements;
    final int[] present;
    final Map<String, int[]> counted = new HashMap<>();

    Slot(LocalDate date, List<CoverRequirement> requirements) {
      this.date = date;
      this.requirements = requirements;
      this.present = new int[requirements.size()];
    }

    /** People missing: the largest shortfall of a requirement, with {@code leaving} off the shift too. */
    int missing(int[] leaving) {
      int missing = 0;
      for (int r = 0; r < requirements.size(); r++) {
        int there = present[r] - (leaving == null ? 0 : leaving[r]);
        missing = Math.max(missing, requirements.get(r).minimum() - there);
      }
      return missing;
    }

    int weight() {
      DayOfWeek day = date.getDayOfWeek();
      return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND_SHORTFALL_WEIGHT : WEEKDAY_SHORTFALL_WEIGHT;
    }
  }
}
