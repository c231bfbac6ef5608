package org.careroster.metrics.whatif;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingRequirement;
import org.immutables.value.Value;

/**
 * What a ward's weekends allow, without any search (RULES.md §3.5 and §5.4): the people each
 * weekend needs, and at a weekend frequency the heads the ward must have; against the weekly
 * hours to cover, the largest average position size and full-time share those heads allow.
 *
 * <p>The arithmetic, for a cyclic rotation of W weeks at every n-th weekend:
 *
 * <ul>
 *   <li>a weekend needs H people: on each of Saturday and Sunday the sum over shifts of the largest
 *       minimum that shift has (nobody works two shifts a day), and over both days at least half
 *       the shifts (nobody works more than one shift a day on two days); H is the larger;
 *   <li>one person works at most ⌊W / n⌋ of the rotation's W weekends, so the ward needs at least
 *       ⌈W × H / ⌊W / n⌋⌉ heads (RULES.md §5.4: 7 a weekend at every 3rd makes 21); the same
 *       for each staffing row's kind of people (nurses, formal health education) and, for long
 *       shifts, for those who consent;
 *   <li>the weekly hours to cover (each shift's largest minimum × its hours) divided by the
 *       full-time week are the full-time equivalents F; F over the minimum heads is the largest
 *       average position size; and if every head works at least their weekends' hours (a share
 *       m of a full-time position), at most (F − heads × m) / (1 − m) of them can be full-time.
 * </ul>
 *
 * <p>Friday night shifts touching Saturday are counted on Friday. A bound, not a plan: a rotation
 * may need more heads for other rules, never fewer.
 *
 * <pre>{@code
 * WeekendBound bound = WeekendBound.of(ward, 3);   // every 3rd weekend
 * bound.minimumHeads();                             // 21 for the demo ward
 * bound.maxAveragePositionPercent();                // 59.3
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeekendBound.class)
public abstract class WeekendBound {

  WeekendBound() {}

  /** The weekend frequency the bound is for: every n-th weekend. */
  public abstract int every();

  /** Weeks of the rotation. */
  public abstract int rotationWeeks();

  /** Shifts (people × shifts) one weekend needs, Saturday and Sunday together. */
  public abstract int weekendShifts();

  /** People one weekend needs at least. */
  public abstract int perWeekend();

  /** Heads the ward needs at least. */
  public abstract int minimumHeads();

  /** Heads on the staff. */
  public abstract int onStaff();

  /** Shift-hours to cover in an average week. */
  public abstract BigDecimal weeklyHours();

  /** {@link #weeklyHours()} in full-time positions. */
  public abstract BigDecimal fullTimeEquivalents();

  /** The largest average position size the minimum heads allow, in percent (at most 100). */
  public abstract BigDecimal maxAveragePositionPercent();

  /** The largest share of the minimum heads that can be full-time, in percent. */
  public abstract BigDecimal maxFullTimePercent();

  /** The need by kind of people: anyone, then each staffing row's kind, then long-shift consent. */
  public abstract ImmutableList<BoundGroup> groups();

  /** Whether some kind of people is short: then no lawful rotation exists. */
  public final boolean isShort() {
    return groups().stream().anyMatch(BoundGroup::isShort);
  }

  /** Each short kind in words, e.g. {@code weekend nurse cover needs 5 nurse at every 3rd weekend, the ward has 4}. */
  public final ImmutableList<String> shortfalls() {
    return groups().stream().filter(BoundGroup::isShort)
        .map(g -> String.format(Locale.ROOT, "weekend cover needs %d %s at every %s weekend, the ward has %d",
            g.minimumHeads(), g.label(), ordinal(every()), g.onStaff()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The bound for {@code problem}'s cyclic rotation with everyone at every {@code every}-th
   * weekend (a scenario's {@code weekendEvery}, or the weekend-frequency rule's).
   *
   * @throws IllegalArgumentException if the problem is not cyclic or {@code every} is not from 1 to 8
   */
  public static WeekendBound of(Problem problem, int every) {
    checkNotNull(problem, "problem");
    checkArgument(problem.horizon().isCyclic(), "the weekend bound is for a cyclic base rotation; %s is a calendar plan", problem.horizon());
    checkArgument(every >= 1 && every <= 8, "every (%s) must be from 1 to 8", every);
    int weeks = problem.horizon().days() / 7;
    Map<String, List<CoverRequirement>> bySlot = new LinkedHashMap<>();
    for (CoverRequirement c : problem.coverRequirements()) {
      bySlot.computeIfAbsent(c.date() + " " + c.shift(), k -> new ArrayList<>()).add(c);
    }
    // Per kind of people (a row's signature), per date: the people of that kind the date's shifts need.
    Map<String, Map<LocalDate, Integer>> need = new LinkedHashMap<>();
    Map<String, Predicate<Employee>> counts = new LinkedHashMap<>();
    Map<LocalDate, Integer> anyone = new HashMap<>();
    Map<LocalDate, Integer> longShift = new HashMap<>();
    long weeklyMinutes = 0;
    for (List<CoverRequirement> slot : bySlot.values()) {
      LocalDate date = slot.get(0).date();
      ShiftType type = problem.findShiftType(slot.get(0).shift()).orElseThrow();
      int people = slot.stream().mapToInt(CoverRequirement::minimum).max().orElse(0);
      weeklyMinutes += (long) people * type.duration().toMinutes();
      anyone.merge(date, people, Integer::sum);
      if (type.isLong()) {
        longShift.merge(date, people, Integer::sum);
      }
      Map<String, Integer> largest = new HashMap<>();
      for (CoverRequirement c : slot) {
        StaffingRequirement row = c.requirement();
        if (row.roles().isEmpty() && row.competences().isEmpty() && !row.formalHealthEducation()) {
          continue;
        }
        String label = label(row);
        largest.merge(label, c.minimum(), Math::max);
        counts.putIfAbsent(label, e -> problem.counts(row, e, date));
      }
      largest.forEach((label, n) -> need.computeIfAbsent(label, k -> new HashMap<>()).merge(date, n, Integer::sum));
    }
    List<BoundGroup> groups = new ArrayList<>();
    int[] total = weekend(anyone, problem);
    groups.add(group("anyone", total[1], weeks, every, problem, e -> true));
    need.forEach((label, byDate) -> groups.add(group(label, weekend(byDate, problem)[1], weeks, every, problem, counts.get(label))));
    int[] longNeed = weekend(longShift, problem);
    if (longNeed[0] > 0) {
      groups.add(group("consenting to long shifts", longNeed[1], weeks, every, problem, Employee::acceptsLongShifts));
    }
    BigDecimal fullTime = problem.employees().isEmpty() ? BigDecimal.valueOf(35.5) : problem.employees().get(0).fullTimeWeeklyHours();
    BigDecimal weeklyHours = BigDecimal.valueOf(weeklyMinutes).divide(BigDecimal.valueOf(60L * weeks), 2, RoundingMode.HALF_UP);
    BigDecimal fte = weeklyHours.divide(fullTime, 2, RoundingMode.HALF_UP);
    int heads = Math.max(1, groups.get(0).minimumHeads());
    BigDecimal avg = fte.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(heads), 1, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100));
    // Each head works at least the hours of their weekends: a weekend's shift-hours over its people, every n-th weekend.
    double weekendHours = weekendMinutes(bySlot, problem) / 60.0 / weeks;
    double perHeadWeekend = total[1] == 0 ? 0 : weekendHours / total[1];
    double m = Math.min(1, perHeadWeekend / (every * fullTime.doubleValue()));
    double fullTimers = m >= 1 ? 0 : Math.max(0, Math.min(heads, (fte.doubleValue() - heads * m) / (1 - m)));
    BigDecimal fullTimeShare = BigDecimal.valueOf(Math.floor(fullTimers) * 100.0 / heads).setScale(1, RoundingMode.HALF_UP);
    return ImmutableWeekendBound.builder()
        .every(every)
        .rotationWeeks(weeks)
        .weekendShifts(total[0])
        .perWeekend(total[1])
        .minimumHeads(groups.get(0).minimumHeads())
        .onStaff(problem.employees().size())
        .weeklyHours(weeklyHours)
        .fullTimeEquivalents(fte)
        .maxAveragePositionPercent(avg)
        .maxFullTimePercent(fullTimeShare)
        .addAllGroups(groups)
        .build();
  }

  /**
   * For per-date needs: {weekend shifts per weekend, people per weekend} averaged over the
   * rotation's weekends and rounded up; people per weekend is the larger of the busier day's need
   * and half the two days' shifts.
   */
  private static int[] weekend(Map<LocalDate, Integer> byDate, Problem problem) {
    int shifts = 0;
    int people = 0;
    for (LocalDate d = problem.horizon().start(); !d.isAfter(problem.horizon().end()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY) {
        continue;
      }
      int saturday = byDate.getOrDefault(d, 0);
      int sunday = byDate.getOrDefault(d.plusDays(1), 0);
      shifts = Math.max(shifts, saturday + sunday);
      people = Math.max(people, Math.max(Math.max(saturday, sunday), (saturday + sunday + 1) / 2));
    }
    return new int[] {shifts, people};
  }

  private static long weekendMinutes(Map<String, List<CoverRequirement>> bySlot, Problem problem) {
    long minutes = 0;
    for (List<CoverRequirement> slot : bySlot.values()) {
      DayOfWeek day = slot.get(0).date().getDayOfWeek();
      if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
        ShiftType type = problem.findShiftType(slot.get(0).shift()).orElseThrow();
        minutes += (long) slot.stream().mapToInt(CoverRequirement::minimum).max().orElse(0) * type.duration().toMinutes();
      }
    }
    return minutes;
  }

  /** A kind's minimum heads: W weeks × people a weekend over the weekends one of them may work, each at their own frequency. */
  private static BoundGroup group(String label, int perWeekend, int weeks, int every, Problem problem, Predicate<Employee> kind) {
    int onStaff = (int) problem.employees().stream().filter(kind).count();
    int weekendsEach = Math.max(1, weeks / every);
    int minimum = (weeks * perWeekend + weekendsEach - 1) / weekendsEach;
    return BoundGroup.builder().label(label).perWeekend(perWeekend).minimumHeads(minimum).onStaff(onStaff).build();
  }

  private static String label(StaffingRequirement row) {
    List<String> parts = new ArrayList<>();
    if (!row.roles().isEmpty()) {
      parts.add(String.join("/", row.roles()));
    }
    if (row.formalHealthEducation()) {
      parts.add("with formal health education");
    }
    if (!row.competences().isEmpty()) {
      parts.add("with " + String.join(", ", row.competences()));
    }
    return String.join(" ", parts);
  }

  /** {@code 2nd}, {@code 3rd}, {@code 4th}. */
  static String ordinal(int n) {
    return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
  }
}
