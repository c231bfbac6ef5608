package org.careroster.constraints.year;

import static org.careroster.constraints.Fixtures.DAY;
import static org.careroster.constraints.Fixtures.EVENING;
import static org.careroster.constraints.Fixtures.NIGHT;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/**
 * A small ward with a hand-made, lawful 3-week base rotation (grunnturnus) for the calendar
 * planner's tests.
 *
 * <p>Twelve staff (four nurses, four health workers, four assistants; the three on the weekend
 * day line do not work nights), shifts D 07:30–15:00, A 14:30–22:00 and N 21:45–07:45, and a
 * staffing plan of D 2, A 1, N 1 on weekdays and D 1, A 1, N 1 at weekends (so public holidays
 * without rows of their own are staffed as weekends). Each of four line types is worked by three
 * people, one week apart, so that every week of the rotation has the same cover and everyone
 * works exactly every third weekend:
 *
 * <pre>
 *            week 0 (own weekend)        week 1              week 2
 *   X   N Mon-Thu                     D Wed-Fri           -
 *   WN  N Fri-Sun                     A Wed, Thu          D Mon, Tue
 *   WD  D Mon, Tue, Sat, Sun          -                   A Fri
 *   WA  A Sat, Sun                    D Wed-Fri           A Mon, Tue
 * </pre>
 *
 * <p>Rules: {@link #RULES}, the hard rules of kommune-default ({@link RuleSet#hardOnly()}), so
 * that only what the calendar adds (and the holiday groups' wishes) can make the planner change
 * the rotation; soft goals such as contract hours would otherwise reshape every replanned week.
 */
final class PlanFixtures {

  private PlanFixtures() {}

  /** The rules of the planner's tests: kommune-default's hard rules. */
  static final RuleSet RULES = RuleSets.kommuneDefault().hardOnly();

  /** First Monday of the base rotation in {@link #base()}. */
  static final LocalDate BASE_MONDAY = LocalDate.of(2027, 1, 4);

  static final int CYCLE_WEEKS = 3;

  /** Line types, in the order of the table in the class javadoc. */
  private static final String[] LINES = {"X", "WN", "WD", "WA"};

  private static final Role[] ROLES = {Role.NURSE, Role.HEALTH_WORKER, Role.ASSISTANT};

  /**
   * Each line type's shifts: {@code LINE_SHIFTS[type][week][day]}, week relative to the line's own
   * weekend week, day 0 = Monday; null for a day off.
   */
  private static final String[][][] LINE_SHIFTS = {
    { // X: weekday nights
      {"N", "N", "N", "N", null, null, null},
      {null, null, "D", "D", "D", null, null},
      {null, null, null, null, null, null, null},
    },
    { // WN: weekend nights
      {null, null, null, null, "N", "N", "N"},
      {null, null, "A", "A", null, null, null},
      {"D", "D", null, null, null, null, null},
    },
    { // WD: weekend days
      {"D", "D", null, null, null, "D", "D"},
      {null, null, null, null, null, null, null},
      {null, null, null, null, "A", null, null},
    },
    { // WA: weekend evenings
      {null, null, null, null, null, "A", "A"},
      {null, null, "D", "D", "D", null, null},
      {"A", "A", null, null, null, null, null},
    },
  };

  /** Positions that match each line type's hours: 62.5, 60, 37.5 and 52.5 h over 3 weeks of 35.5 h. */
  private static final double[] LINE_PERCENT = {58.69, 56.34, 35.21, 49.30};

  /** Id of the employee on line {@code type} ("X", "WN", "WD", "WA") whose own weekend is cycle week {@code week}. */
  static String id(String type, int week) {
    for (int t = 0; t < LINES.length; t++) {
      if (LINES[t].equals(type)) {
        return "E" + (week * LINES.length + t + 1);
      }
    }
    throw new IllegalArgumentException("no line type " + type);
  }

  /** The twelve staff, E1 to E12. */
  static ImmutableList<Employee> staff() {
    ImmutableList.Builder<Employee> staff = ImmutableList.builder();
    for (int week = 0; week < CYCLE_WEEKS; week++) {
      for (int t = 0; t < LINES.length; t++) {
        String id = id(LINES[t], week);
        staff.add(
            Employee.builder()
                .id(id)
                .name("Person " + id + " (" + LINES[t] + ")")
                .role(ROLES[(t + week) % ROLES.length])
                .positionPercent(LINE_PERCENT[t])
                .fullTimeWeeklyHours(35.5)
                .contractType(ContractType.PERMANENT)
                .worksNights(!LINES[t].equals("WD"))
                .build());
      }
    }
    return staff.build();
  }

  /** D 2, A 1, N 1 on weekdays; D 1, A 1, N 1 at weekends (and on public holidays). */
  static StaffingPlan staffingPlan() {
    return StaffingPlan.builder()
        .addRequirements(
            row("D", DayKind.WEEKDAY, 2),
            row("A", DayKind.WEEKDAY, 1),
            row("N", DayKind.WEEKDAY, 1),
            row("D", DayKind.WEEKEND, 1),
            row("A", DayKind.WEEKEND, 1),
            row("N", DayKind.WEEKEND, 1))
        .build();
  }

  private static StaffingRequirement row(String shift, DayKind days, int minimum) {
    return StaffingRequirement.builder().shift(shift).days(days).minimum(minimum).build();
  }

  /** The ward's 3-week base rotation from {@link #BASE_MONDAY}. */
  static Problem base() {
    return base(BASE_MONDAY);
  }

  /** The ward's 3-week base rotation from {@code monday}. */
  static Problem base(LocalDate monday) {
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(monday, CYCLE_WEEKS))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff())
        .addShiftType(DAY)
        .addShiftType(EVENING)
        .addShiftType(NIGHT)
        .staffingPlan(staffingPlan())
        .build();
  }

  /** The hand-made rotation of {@link #base()}. */
  static Roster baseRoster() {
    return baseRoster(BASE_MONDAY);
  }

  /** The hand-made rotation of {@link #base(LocalDate)} from {@code monday}. */
  static Roster baseRoster(LocalDate monday) {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(monday + " is not a Monday");
    }
    List<Assignment> assignments = new ArrayList<>();
    for (int week = 0; week < CYCLE_WEEKS; week++) {
      for (int t = 0; t < LINES.length; t++) {
        String id = id(LINES[t], week);
        for (int cycleWeek = 0; cycleWeek < CYCLE_WEEKS; cycleWeek++) {
          String[] days = LINE_SHIFTS[t][Math.floorMod(cycleWeek - week, CYCLE_WEEKS)];
          for (int day = 0; day < 7; day++) {
            if (days[day] != null) {
              assignments.add(Assignment.of(id, monday.plusDays(7L * cycleWeek + day), days[day]));
            }
          }
        }
      }
    }
    return Roster.of(assignments);
  }

  /** K 12:30–20:30: ends exactly 11 h before D starts the next morning, in standard time. */
  static final ShiftType SHORT_EVENING = Fixtures.shift("K", 12, 30, 480);

  /** Id of the extra employee of {@link #shortRestBase}. */
  static final String SHORT_REST_EMPLOYEE = "E13";

  /**
   * {@link #base()} with K and a thirteenth employee beyond the cover, who works K on a Saturday
   * and D on the Sunday after ({@link #shortRestRoster}): 11 h of rest between them, lawful in the
   * rotation, 10 h across the night the clocks go forward and 12 h across the night they go back.
   */
  static Problem shortRestBase() {
    return base().wardBuilder()
        .horizon(base().horizon())
        .staffingPlan(staffingPlan())
        .addShiftType(SHORT_EVENING)
        .addEmployee(
            Employee.builder()
                .id(SHORT_REST_EMPLOYEE)
                .name("Person E13 (extra)")
                .role(Role.HEALTH_WORKER)
                .positionPercent(14.08)
                .fullTimeWeeklyHours(35.5)
                .contractType(ContractType.PERMANENT)
                .worksNights(false)
                .build())
        .build();
  }

  /** The rotation of {@link #shortRestBase}: {@link #baseRoster()} and E13's weekend in cycle week {@code week}. */
  static Roster shortRestRoster(int week) {
    LocalDate saturday = BASE_MONDAY.plusWeeks(week).plusDays(5);
    return Roster.builder()
        .addAllAssignments(baseRoster().assignments())
        .addAssignments(
            Assignment.of(SHORT_REST_EMPLOYEE, saturday, "K"),
            Assignment.of(SHORT_REST_EMPLOYEE, saturday.plusDays(1), "D"))
        .build();
  }

  /** The base shift of {@code employee} on day {@code cycleDay} (0 to 20) of the rotation; null for a day off. */
  static String baseShift(String employee, int cycleDay) {
    for (int week = 0; week < CYCLE_WEEKS; week++) {
      for (int t = 0; t < LINES.length; t++) {
        if (id(LINES[t], week).equals(employee)) {
          return LINE_SHIFTS[t][Math.floorMod(cycleDay / 7 - week, CYCLE_WEEKS)][cycleDay % 7];
        }
      }
    }
    throw new IllegalArgumentException("no employee " + employee);
  }
}
