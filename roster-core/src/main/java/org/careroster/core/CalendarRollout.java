package org.careroster.core;

import static org.careroster.core.Checks.require;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a cyclic base rotation (grunnturnus) out onto dated calendar weeks (kalenderplan,
 * årsturnus): each employee keeps their own line, and the cycle stays aligned with the base's
 * first Monday, so the calendar week starting {@code monday} is week {@link #cycleWeek} of the
 * rotation.
 *
 * <pre>{@code
 * PlanningHorizon year = CalendarRollout.horizon(LocalDate.of(2027, 1, 4), 52);
 * Problem plan = CalendarRollout.problem(base, year, absences);
 * Roster rolled = CalendarRollout.roster(base, baseRoster, year.start(), year.end());
 * }</pre>
 *
 * <p>This is the mechanical part only: the days where the calendar differs from the cycle (public
 * holidays, absences) are for the rules to judge and for {@code
 * org.careroster.constraints.year.CalendarPlanner} to adjust.
 */
public final class CalendarRollout {

  /** Longest calendar plan rolled out: 53 weeks, so that a plan can cover a whole ISO year. */
  public static final int MAX_WEEKS = 53;

  private static final String SUBJECT = "Rollout";

  private CalendarRollout() {}

  /**
   * The calendar horizon of {@code weeks} weeks from {@code monday}.
   *
   * @throws InvalidModelException if {@code monday} is not a Monday or {@code weeks} is not from 1
   *     to {@value #MAX_WEEKS}
   */
  public static PlanningHorizon horizon(LocalDate monday, int weeks) {
    require(
        monday.getDayOfWeek() == DayOfWeek.MONDAY,
        SUBJECT,
        "from",
        monday,
        "must be a Monday (it is a " + monday.getDayOfWeek() + ")");
    require(weeks >= 1 && weeks <= MAX_WEEKS, SUBJECT, "weeks", weeks, "must be from 1 to " + MAX_WEEKS);
    return PlanningHorizon.of(monday, monday.plusWeeks(weeks).minusDays(1));
  }

  /**
   * Zero-based day of the rotation that {@code date} falls on: days since the base's first Monday,
   * modulo its length (also for dates before it).
   *
   * @throws InvalidModelException if {@code base} is not cyclic
   */
  public static int cycleDay(PlanningHorizon base, LocalDate date) {
    requireCyclic(base);
    return (int) Math.floorMod(date.toEpochDay() - base.start().toEpochDay(), (long) base.days());
  }

  /** Zero-based week of the rotation that {@code date} falls in (see {@link #cycleDay}). */
  public static int cycleWeek(PlanningHorizon base, LocalDate date) {
    return cycleDay(base, date) / 7;
  }

  /**
   * The calendar problem of {@code base} over {@code calendar}: the same units, roles,
   * competences, staff, shift types, staffing plan and tasks; the base's wishes repeated on every
   * date that falls on their day of the rotation; and {@code absences}. Public holidays follow from
   * the dates ({@link Problem#publicHolidays()}). The base's fixed assignments are not carried
   * over: they are part of the base roster that {@link #roster} lays out.
   *
   * @throws InvalidModelException if {@code base} is not cyclic or {@code calendar} is; if the
   *     base has dated staffing rows or absences of its own (they are dated in the rotation's
   *     weeks, not the plan's); or if an absence lies outside {@code calendar} or names an unknown
   *     employee
   */
  public static Problem problem(Problem base, PlanningHorizon calendar, Iterable<? extends Absence> absences) {
    requireCyclic(base.horizon());
    require(!calendar.isCyclic(), SUBJECT, "calendar", calendar, "must be a calendar horizon, not a cyclic one");
    ImmutableList<StaffingRequirement> rows = base.staffingPlan().requirements();
    for (int i = 0; i < rows.size(); i++) {
      require(
          rows.get(i).days() != DayKind.DATE,
          "Problem",
          "staffingPlan.requirements[" + i + "].days",
          DayKind.DATE,
          "is dated in the base rotation's own weeks and cannot be rolled out. Maybe add the row to"
              + " the calendar problem with a date of the plan");
    }
    require(
        base.absences().isEmpty(),
        "Problem",
        "absences",
        base.absences().size() + " absences",
        "must be empty in a base rotation to roll out; give the plan's absences instead");
    ImmutableList<Absence> planned = ImmutableList.copyOf(absences);
    for (int i = 0; i < planned.size(); i++) {
      Absence a = planned.get(i);
      require(
          calendar.contains(a.from()) && calendar.contains(a.to()),
          "absences[" + i + "]",
          "from",
          a.from() + ".." + a.to(),
          "must lie inside the plan " + calendar);
    }
    List<Request> requests = new ArrayList<>();
    ImmutableListMultimap<Integer, Request> byDay =
        Multimaps.index(base.requests(), r -> base.horizon().indexOf(r.date()));
    for (LocalDate date : calendar.dates()) {
      for (Request r : byDay.get(cycleDay(base.horizon(), date))) {
        requests.add(
            Request.builder()
                .employee(r.employee())
                .date(date)
                .kind(r.kind())
                .shift(r.shift())
                .weight(r.weight())
                .build());
      }
    }
    return base.wardBuilder()
        .horizon(calendar)
        .staffingPlan(base.staffingPlan())
        .addAllAbsences(planned)
        .addAllRequests(requests)
        .build();
  }

  /**
   * The base roster laid out from {@code from} to {@code to}: everyone works, on each date, what
   * their own line of {@code baseRoster} gives on that day of the rotation (see {@link
   * #cycleDay}). Units and overtime marks are kept; vacant shifts are not carried over.
   *
   * @throws InvalidModelException if {@code base} is not cyclic, {@code to} is before {@code
   *     from}, or the base roster does not fit the base problem
   */
  public static Roster roster(Problem base, Roster baseRoster, LocalDate from, LocalDate to) {
    requireCyclic(base.horizon());
    require(!to.isBefore(from), SUBJECT, "to", to, "must not be before from (" + from + ")");
    base.checkReferences(baseRoster);
    ImmutableListMultimap<Integer, Assignment> byDay =
        Multimaps.index(baseRoster.assignments(), a -> base.horizon().indexOf(a.date()));
    List<Assignment> assignments = new ArrayList<>();
    for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
      for (Assignment a : byDay.get(cycleDay(base.horizon(), date))) {
        Assignment moved = Assignment.of(a.employee(), date, a.shift()).withOvertime(a.overtime());
        assignments.add(a.unit().isPresent() ? moved.withUnit(a.unit().get()) : moved);
      }
    }
    return Roster.of(assignments);
  }

  private static void requireCyclic(PlanningHorizon horizon) {
    require(
        horizon.isCyclic(),
        SUBJECT,
        "base.horizon.kind",
        horizon.kind(),
        "must be CYCLIC: only a base rotation (grunnturnus) can be rolled out");
  }
}
