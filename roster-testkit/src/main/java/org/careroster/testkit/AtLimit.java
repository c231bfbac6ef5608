package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * Rosters at a rule's limit: exactly at it, or a minute (or a unit) over or under, so a rule test
 * can check the boundary (at the limit holds, one step on the wrong side breaks). There are cases
 * for each parameter that has a limit, family by family as {@code docs/CATALOGUE.md} lists them:
 *
 * <ul>
 *   <li>working time: {@link #dailyRest}, {@link #weeklyRest}, {@link #hoursPerDay} (ordinary and
 *       total), {@link #hoursPerWeek}, {@link #averageWeeklyHours}, {@link #sundaysInARow}, {@link
 *       #overtime}, {@link #contractHours};
 *   <li>sequences: {@link #consecutiveNights}, {@link #consecutiveWorkingDays}, {@link
 *       #consecutiveDaysOff}, {@link #shiftCounts}, {@link #workedTime};
 *   <li>weekends and long shifts: {@link #weekendFrequency}, {@link #workingWeekends}, {@link
 *       #longShift}, {@link #longShifts};
 *   <li>cover and competence: {@link #minimumCover}, {@link #preferredCover}, {@link
 *       #maximumCover}, {@link #mentoring};
 *   <li>who may work when: {@link #availability};
 *   <li>wishes and fairness: {@link #fairness}.
 * </ul>
 *
 * <p>Every case starts on {@link #MONDAY}, a week without public holidays or clock changes, and
 * its employees are {@code E1}, {@code E2}, … (health workers, 100 %, 35.5 h full time).
 *
 * <pre>{@code
 * Witnessed oneMinuteShort = AtLimit.dailyRest(Duration.ofHours(11), -1);
 * RuleAssert.assertThat(Rules.dailyRest(Duration.ofHours(11))).given(oneMinuteShort).hasViolations(1);
 * }</pre>
 */
public final class AtLimit {

  /** The Monday every case starts on: 8 March 2027, no public holiday or clock change within three weeks. */
  public static final LocalDate MONDAY = Wards.MONDAY.minusWeeks(2);

  private static final LocalTime SEVEN = LocalTime.of(7, 0);

  private AtLimit() {}

  /**
   * One employee, an evening shift {@code X} 14:00–22:00 on Monday and a shift {@code Y} of 7 h on
   * Tuesday that starts {@code minimum + offsetMinutes} after it ends: the daily rest is exactly
   * the limit when the offset is 0, too short below 0.
   *
   * @throws IllegalArgumentException unless the rest lands between 2 h and 24 h
   */
  public static Witnessed dailyRest(Duration minimum, long offsetMinutes) {
    long rest = minimum.toMinutes() + offsetMinutes;
    checkArgument(rest >= 120 && rest <= 24 * 60, "minimum + offset (%s min) must be from 2 h to 24 h", rest);
    LocalTime next = LocalTime.of(22, 0).plusMinutes(rest);
    Problem problem = onePerson(7, Wards.shift("X", LocalTime.of(14, 0), 480, ShiftCategory.EVENING),
        Wards.shift("Y", next, 420, next.isBefore(LocalTime.NOON) ? ShiftCategory.DAY : ShiftCategory.EVENING));
    return new Witnessed(problem, Roster.of(List.of(Assignment.of("E1", MONDAY, "X"), Assignment.of("E1", MONDAY.plusDays(1), "Y"))));
  }

  /**
   * One employee in one complete week whose longest continuous rest is {@code minimum +
   * offsetMinutes}: a shift 00:00–12:00 on Monday, a 30-minute shift that rest later, then
   * 00:00–12:00 on each day after it, so every other rest is shorter than 28 h. At the limit when
   * the offset is 0, too short below.
   *
   * @throws IllegalArgumentException unless the rest lands between 28 h and 60 h, both a minute wide
   */
  public static Witnessed weeklyRest(Duration minimum, long offsetMinutes) {
    long rest = minimum.toMinutes() + offsetMinutes;
    checkArgument(rest >= 28 * 60 - 1 && rest <= 60 * 60 + 1, "minimum + offset (%s min) must be from 28 h to 60 h", rest);
    LocalDateTime monday = MONDAY.atStartOfDay();
    LocalDateTime second = monday.plusHours(12).plusMinutes(rest);
    ShiftType half = Wards.shift("K", LocalTime.MIDNIGHT, 720, ShiftCategory.DAY);
    ShiftType brief = Wards.shift("L", second.toLocalTime(), 30,
        second.getHour() >= 20 || second.getHour() < 4 ? ShiftCategory.NIGHT : ShiftCategory.DAY);
    Problem problem = onePerson(7, half, brief);
    List<Assignment> shifts = new ArrayList<>();
    shifts.add(Assignment.of("E1", MONDAY, "K"));
    shifts.add(Assignment.of("E1", second.toLocalDate(), "L"));
    LocalDateTime secondEnd = second.plusMinutes(30);
    for (LocalDate d = second.toLocalDate().plusDays(1); d.isBefore(MONDAY.plusDays(7)); d = d.plusDays(1)) {
      if (!d.atStartOfDay().isBefore(secondEnd)) {
        shifts.add(Assignment.of("E1", d, "K"));
      }
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee on one shift {@code H} of {@code maximum + offsetMinutes} from 06:00 on Monday:
   * the case of {@code ordinary-hours-per-day} and {@code total-hours-per-day}, at the limit when
   * the offset is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless the shift lasts from 1 minute to 18 h
   */
  public static Witnessed hoursPerDay(Duration maximum, long offsetMinutes) {
    long minutes = maximum.toMinutes() + offsetMinutes;
    checkArgument(minutes >= 1 && minutes <= 18 * 60, "maximum + offset (%s min) must be from 1 min to 18 h", minutes);
    Problem problem = onePerson(1, Wards.shift("H", LocalTime.of(6, 0), (int) minutes, ShiftCategory.DAY));
    return new Witnessed(problem, Roster.of(List.of(Assignment.of("E1", MONDAY, "H"))));
  }

  /**
   * One employee working {@code maximum + offsetMinutes} in one week: 8-hour shifts {@code W} from
   * 07:00 on Monday on, and the rest as one shift {@code F} the day after. At the limit when the
   * offset is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless the week's work is from 1 minute to 56 h
   */
  public static Witnessed hoursPerWeek(Duration maximum, long offsetMinutes) {
    return working(7, maximum.toMinutes() + offsetMinutes, false);
  }

  /**
   * One employee working {@code weeks × maximum + offsetMinutes} over {@code weeks} complete weeks
   * (8-hour shifts from the first Monday, the rest in one shorter shift): on average exactly the
   * weekly maximum when the offset is 0, a minute over above 0.
   *
   * @throws IllegalArgumentException unless {@code weeks} is from 1 to 12 and the work fits in
   *     8-hour shifts every day
   */
  public static Witnessed averageWeeklyHours(Duration maximum, int weeks, long offsetMinutes) {
    checkArgument(weeks >= 1 && weeks <= 12, "weeks (%s) must be from 1 to 12", weeks);
    return working(7 * weeks, weeks * maximum.toMinutes() + offsetMinutes, false);
  }

  /**
   * One employee on the day shift on {@code sundays} Sundays in a row and then free for as many, in
   * a horizon of twice as many weeks: every other Sunday free on average over the horizon, in one
   * run of {@code sundays}. The law's {@code sunday-rest} holds for one and breaks for two; the
   * averaged mode (averaging over the horizon) holds while {@code maxConsecutiveSundays} is at
   * least the run and breaks one below.
   *
   * @throws IllegalArgumentException unless {@code sundays} is from 1 to 8
   */
  public static Witnessed sundaysInARow(int sundays) {
    checkArgument(sundays >= 1 && sundays <= 8, "sundays (%s) must be from 1 to 8", sundays);
    Problem problem = onePerson(14 * sundays, Wards.DAY);
    List<Assignment> shifts = new ArrayList<>();
    for (int w = 0; w < sundays; w++) {
      shifts.add(Assignment.of("E1", MONDAY.plusWeeks(w).plusDays(6), Wards.DAY.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * {@link #hoursPerWeek} with every shift marked overtime: {@code perWeek + offsetMinutes} of
   * overtime in one week, at the weekly cap of {@code overtime-caps} when the offset is 0.
   *
   * @throws IllegalArgumentException unless the week's overtime is from 1 minute to 56 h
   */
  public static Witnessed overtime(Duration perWeek, long offsetMinutes) {
    return working(7, perWeek.toMinutes() + offsetMinutes, true);
  }

  /**
   * One employee of 100 % of 35.5 h working the week's contract of 35 h 30 min plus {@code
   * difference} (less when negative): {@code contract-hours} holds while the difference is within
   * its tolerance either way, and each minute beyond costs the rule's weight.
   *
   * @throws IllegalArgumentException unless the week's work is from 0 to 56 h
   */
  public static Witnessed contractHours(Duration difference) {
    return working(7, 2130 + difference.toMinutes(), false);
  }

  /**
   * One employee on the night shift {@code maximum + extra} nights in a row from a Monday: at the
   * limit when {@code extra} is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 1 to 14
   */
  public static Witnessed consecutiveNights(int maximum, int extra) {
    int nights = maximum + extra;
    checkArgument(nights >= 1 && nights <= 14, "maximum + extra (%s) must be from 1 to 14", nights);
    return daily(nights, nights + 3, Wards.NIGHT);
  }

  /**
   * One employee on a day shift {@code maximum + extra} days in a row from a Monday, in a horizon
   * with two days off after them: at the limit when {@code extra} is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 1 to 40 days
   */
  public static Witnessed consecutiveWorkingDays(int maximum, int extra) {
    int days = maximum + extra;
    checkArgument(days >= 1 && days <= 40, "maximum + extra (%s) must be from 1 to 40", days);
    return daily(days, days + 2, Wards.DAY);
  }

  /**
   * One employee on the day shift on Monday and again after {@code minimum - shortBy} days off, the
   * horizon ending on that day: at the limit when {@code shortBy} is 0, a day short at 1.
   *
   * @throws IllegalArgumentException unless {@code minimum - shortBy} is from 1 to 14
   */
  public static Witnessed consecutiveDaysOff(int minimum, int shortBy) {
    int off = minimum - shortBy;
    checkArgument(off >= 1 && off <= 14, "minimum - shortBy (%s) must be from 1 to 14", off);
    Problem problem = onePerson(off + 2, Wards.DAY);
    return new Witnessed(problem, Roster.of(List.of(
        Assignment.of("E1", MONDAY, Wards.DAY.code()), Assignment.of("E1", MONDAY.plusDays(off + 1), Wards.DAY.code()))));
  }

  /**
   * One employee on the day shift {@code D} on {@code maximum + extra} days in a row (the horizon
   * exactly those days, at least one): at {@code shift-counts}' limit for {@code D} when {@code
   * extra} is 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 0 to 60
   */
  public static Witnessed shiftCounts(int maximum, int extra) {
    int shifts = maximum + extra;
    checkArgument(shifts >= 0 && shifts <= 60, "maximum + extra (%s) must be from 0 to 60", shifts);
    return daily(shifts, Math.max(1, shifts), Wards.DAY);
  }

  /**
   * One employee working {@code limit + offsetMinutes} in all (8-hour shifts from Monday on, the
   * rest in one shorter shift, the horizon just long enough): at {@code worked-time}'s minimum or
   * maximum when the offset is 0, a minute outside one way or the other.
   *
   * @throws IllegalArgumentException unless the work is from 0 to 400 h
   */
  public static Witnessed workedTime(Duration limit, long offsetMinutes) {
    long minutes = limit.toMinutes() + offsetMinutes;
    checkArgument(minutes >= 0 && minutes <= 400 * 60, "limit + offset (%s min) must be from 0 to 400 h", minutes);
    return working((int) Math.max(1, (minutes + 479) / 480), minutes, false);
  }

  /**
   * One employee on the Saturday day shift of the first week and of the week {@code weeksApart}
   * later: at the limit of working every {@code every}-th weekend when they are {@code every}
   * apart, too often below.
   *
   * @throws IllegalArgumentException unless {@code weeksApart} is from 1 to 12
   */
  public static Witnessed weekendFrequency(int weeksApart) {
    checkArgument(weeksApart >= 1 && weeksApart <= 12, "weeksApart (%s) must be from 1 to 12", weeksApart);
    Problem problem = onePerson(7 * (weeksApart + 1), Wards.DAY);
    LocalDate saturday = MONDAY.plusDays(5);
    return new Witnessed(problem, Roster.of(List.of(
        Assignment.of("E1", saturday, Wards.DAY.code()), Assignment.of("E1", saturday.plusWeeks(weeksApart), Wards.DAY.code()))));
  }

  /**
   * One employee on the Saturday day shift of each of {@code maximum + extra} weeks, the horizon
   * exactly those weeks (at least one): at {@code working-weekends}' limit when {@code extra} is 0.
   *
   * @throws IllegalArgumentException unless {@code maximum + extra} is from 0 to 26
   */
  public static Witnessed workingWeekends(int maximum, int extra) {
    int weekends = maximum + extra;
    checkArgument(weekends >= 0 && weekends <= 26, "maximum + extra (%s) must be from 0 to 26", weekends);
    Problem problem = onePerson(7 * Math.max(1, weekends), Wards.DAY);
    List<Assignment> shifts = new ArrayList<>();
    for (int w = 0; w < weekends; w++) {
      shifts.add(Assignment.of("E1", MONDAY.plusWeeks(w).plusDays(5), Wards.DAY.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee who accepts long shifts on one long shift {@code LX} of {@code maxDuration +
   * offsetMinutes} from 07:00 on Saturday: at {@code long-shifts}' {@code maxDuration} when the
   * offset is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless the shift lasts from 9 h to 17 h
   */
  public static Witnessed longShift(Duration maxDuration, long offsetMinutes) {
    long minutes = maxDuration.toMinutes() + offsetMinutes;
    checkArgument(minutes >= 9 * 60 && minutes <= 17 * 60, "maxDuration + offset (%s min) must be from 9 h to 17 h", minutes);
    Problem problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 7)).addAllRoles(Role.STANDARD)
        .addEmployee(person("E1", true)).addShiftTypes(Wards.shift("LX", SEVEN, (int) minutes, ShiftCategory.LONG)).build();
    return new Witnessed(problem, Roster.of(List.of(Assignment.of("E1", MONDAY.plusDays(5), "LX"))));
  }

  /**
   * One employee who accepts long shifts on the long day {@code LD} (12.5 h) on {@code maxCount +
   * extra} weekend days, Saturday and Sunday of week after week, in a horizon of {@code
   * periodWeeks} complete weeks: at {@code long-shifts}' {@code maxCount} per {@code periodWeeks}
   * when {@code extra} is 0, over it above 0.
   *
   * @throws IllegalArgumentException unless {@code periodWeeks} is from 1 to 8 and {@code maxCount
   *     + extra} from 0 to the period's weekend days
   */
  public static Witnessed longShifts(int maxCount, int periodWeeks, int extra) {
    int count = maxCount + extra;
    checkArgument(periodWeeks >= 1 && periodWeeks <= 8, "periodWeeks (%s) must be from 1 to 8", periodWeeks);
    checkArgument(count >= 0 && count <= 2 * periodWeeks, "maxCount + extra (%s) must be from 0 to %s", count, 2 * periodWeeks);
    Problem problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 7 * periodWeeks)).addAllRoles(Role.STANDARD)
        .addEmployee(person("E1", true)).addShiftTypes(Wards.LONG_DAY).build();
    List<Assignment> shifts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      shifts.add(Assignment.of("E1", MONDAY.plusWeeks(i / 2).plusDays(5 + i % 2), Wards.LONG_DAY.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * {@code minimum + delta} people (at least 0) on a Monday's day shift that needs {@code minimum}:
   * met when {@code delta} is 0 or more, short below.
   *
   * @throws IllegalArgumentException unless {@code minimum} is from 1 to 20 and {@code minimum + delta} from 0 to 40
   */
  public static Witnessed minimumCover(int minimum, int delta) {
    checkArgument(minimum >= 1 && minimum <= 20, "minimum (%s) must be from 1 to 20", minimum);
    return cover(minimum + delta, StaffingRequirement.onDate(MONDAY, Wards.DAY.code(), minimum));
  }

  /**
   * {@code preferred + delta} people (at least 0) on a Monday's day shift whose row asks for no
   * minimum and {@code preferred} preferably: {@code preferred-cover} holds when {@code delta} is 0
   * or more, each person short costs the weight.
   *
   * @throws IllegalArgumentException unless {@code preferred} is from 1 to 20 and {@code preferred + delta} from 0 to 40
   */
  public static Witnessed preferredCover(int preferred, int delta) {
    checkArgument(preferred >= 1 && preferred <= 20, "preferred (%s) must be from 1 to 20", preferred);
    return cover(preferred + delta, row().minimum(0).preferred(preferred).build());
  }

  /**
   * {@code maximum + delta} people (at least 0) on a Monday's day shift whose row allows at most
   * {@code maximum}: {@code maximum-cover} holds when {@code delta} is 0 or less, each person above
   * costs the weight.
   *
   * @throws IllegalArgumentException unless {@code maximum} is from 1 to 20 and {@code maximum + delta} from 0 to 40
   */
  public static Witnessed maximumCover(int maximum, int delta) {
    checkArgument(maximum >= 1 && maximum <= 20, "maximum (%s) must be from 1 to 20", maximum);
    return cover(maximum + delta, row().minimum(0).maximum(maximum).build());
  }

  /**
   * A trainee {@code E2} with mentor {@code E1}: the trainee works the day shift on {@code
   * firstShifts + 1} days in a row from Monday, the mentor on the first {@code together} of them.
   * {@code mentoring} with {@code firstShifts} holds when {@code together} is at least {@code
   * firstShifts}, and breaks once for each first shift the mentor is missing from.
   *
   * @throws IllegalArgumentException unless {@code firstShifts} is from 1 to 20 and {@code together} from 0 to {@code firstShifts + 1}
   */
  public static Witnessed mentoring(int firstShifts, int together) {
    checkArgument(firstShifts >= 1 && firstShifts <= 20, "firstShifts (%s) must be from 1 to 20", firstShifts);
    checkArgument(together >= 0 && together <= firstShifts + 1, "together (%s) must be from 0 to %s", together, firstShifts + 1);
    Employee trainee = staff("E2", false).mentor("E1").build();
    Problem problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, firstShifts + 1)).addAllRoles(Role.STANDARD)
        .addEmployees(person("E1", false), trainee).addShiftTypes(Wards.DAY).build();
    List<Assignment> shifts = new ArrayList<>();
    for (int d = 0; d <= firstShifts; d++) {
      shifts.add(Assignment.of("E2", MONDAY.plusDays(d), Wards.DAY.code()));
      if (d < together) {
        shifts.add(Assignment.of("E1", MONDAY.plusDays(d), Wards.DAY.code()));
      }
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /**
   * One employee employed to the Wednesday of a week, on the day shift {@code daysAfterEnd} days
   * after it (a negative value: before it): {@code availability} holds up to 0 and breaks from 1.
   *
   * @throws IllegalArgumentException unless {@code daysAfterEnd} is from -2 to 4
   */
  public static Witnessed availability(int daysAfterEnd) {
    checkArgument(daysAfterEnd >= -2 && daysAfterEnd <= 4, "daysAfterEnd (%s) must be from -2 to 4", daysAfterEnd);
    LocalDate end = MONDAY.plusDays(2);
    Problem problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 7)).addAllRoles(Role.STANDARD)
        .addEmployee(staff("E1", false).employmentEnd(end).build()).addShiftTypes(Wards.DAY).build();
    return new Witnessed(problem, Roster.of(List.of(Assignment.of("E1", end.plusDays(daysAfterEnd), Wards.DAY.code()))));
  }

  /**
   * Two comparable employees (same role, 100 %, both work nights): {@code E1} on {@code nights +
   * ahead} night shifts, {@code E2} on {@code nights}, each on days of its own. Fairness's ceiling
   * of {@code E1}'s fair share is {@code nights + ahead / 2} rounded up, so {@code ahead} 0 and 1
   * hold (1 is exactly at the ceiling) and 2 is one night over it.
   *
   * @throws IllegalArgumentException unless {@code nights} is from 0 to 20 and {@code ahead} from 0 to 10
   */
  public static Witnessed fairness(int nights, int ahead) {
    checkArgument(nights >= 0 && nights <= 20 && ahead >= 0 && ahead <= 10, "nights %s and ahead %s out of range", nights, ahead);
    int days = Math.max(1, 2 * nights + ahead);
    Problem problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, days)).addAllRoles(Role.STANDARD)
        .addEmployees(person("E1", false), person("E2", false)).addShiftTypes(Wards.NIGHT).build();
    List<Assignment> shifts = new ArrayList<>();
    for (int i = 0; i < 2 * nights + ahead; i++) {
      shifts.add(Assignment.of(i < nights + ahead ? "E1" : "E2", MONDAY.plusDays(i), Wards.NIGHT.code()));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  /** {@code people} employees, the first {@code people} of them on Monday's day shift, under one staffing-plan row. */
  private static Witnessed cover(int people, StaffingRequirement requirement) {
    checkArgument(people >= 0 && people <= 40, "people on the shift (%s) must be from 0 to 40", people);
    Problem.Builder problem = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 1)).addAllRoles(Role.STANDARD)
        .addShiftTypes(Wards.DAY).staffingPlan(StaffingPlan.builder().addRequirement(requirement).build());
    List<Assignment> shifts = new ArrayList<>();
    for (int i = 1; i <= Math.max(1, people); i++) {
      problem.addEmployee(person("E" + i, false));
      if (i <= people) {
        shifts.add(Assignment.of("E" + i, MONDAY, Wards.DAY.code()));
      }
    }
    return new Witnessed(problem.build(), Roster.of(shifts));
  }

  private static StaffingRequirement.Builder row() {
    return StaffingRequirement.builder().shift(Wards.DAY.code()).days(DayKind.DATE).date(MONDAY);
  }

  /** One employee on {@code shifts} days in a row of one shift type from Monday, in a horizon of {@code days}. */
  private static Witnessed daily(int shifts, int days, ShiftType type) {
    Problem problem = onePerson(days, type);
    List<Assignment> line = new ArrayList<>();
    for (int d = 0; d < shifts; d++) {
      line.add(Assignment.of("E1", MONDAY.plusDays(d), type.code()));
    }
    return new Witnessed(problem, Roster.of(line));
  }

  /**
   * One employee working {@code minutes} in a horizon of {@code days}: 8-hour shifts {@code W}
   * from 07:00 day after day from Monday, and the rest as one shift {@code F} the day after.
   */
  private static Witnessed working(int days, long minutes, boolean overtime) {
    checkArgument(minutes >= 0 && minutes <= days * 480L, "the work (%s min) must be from 0 to %s h, 8 h a day", minutes, days * 8);
    int full = (int) (minutes / 480);
    int rest = (int) (minutes % 480);
    List<ShiftType> types = new ArrayList<>(List.of(Wards.shift("W", SEVEN, 480, ShiftCategory.DAY)));
    if (rest > 0) {
      types.add(Wards.shift("F", SEVEN, rest, ShiftCategory.DAY));
    }
    Problem problem = onePerson(days, types.toArray(ShiftType[]::new));
    List<Assignment> shifts = new ArrayList<>();
    for (int d = 0; d < full; d++) {
      shifts.add(Assignment.of("E1", MONDAY.plusDays(d), "W").withOvertime(overtime));
    }
    if (rest > 0) {
      shifts.add(Assignment.of("E1", MONDAY.plusDays(full), "F").withOvertime(overtime));
    }
    return new Witnessed(problem, Roster.of(shifts));
  }

  private static Problem onePerson(int days, ShiftType... types) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(MONDAY, days))
        .addAllRoles(Role.STANDARD)
        .addEmployee(person("E1", false))
        .addShiftTypes(types)
        .build();
  }

  private static Employee person(String id, boolean acceptsLongShifts) {
    return staff(id, acceptsLongShifts).build();
  }

  private static Employee.Builder staff(String id, boolean acceptsLongShifts) {
    return Employee.builder().id(id).name("Employee " + id.substring(1)).role(Role.HEALTH_WORKER.id()).positionPercent(100)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).acceptsLongShifts(acceptsLongShifts).worksNights(true);
  }
}
