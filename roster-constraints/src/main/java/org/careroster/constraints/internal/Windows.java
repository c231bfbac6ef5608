package org.careroster.constraints.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.DayKind;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Request;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;

/** Parts of a calendar problem and its roster between two dates, for solving a long plan piece by piece. */
public final class Windows {

  private Windows() {}

  /**
   * The calendar problem of {@code problem} from {@code first} to {@code last}: the same staff,
   * shift types and staffing plan (dated rows outside the dates dropped), with the absences clipped
   * to the dates and the wishes and fixed assignments that fall on them. Only the days from {@code
   * from} to {@code to} need cover: the days around them are context whose assignments stay as they
   * are, so their cover is not the window's to meet (a shortfall there, left by another window,
   * would otherwise make the window infeasible before it starts).
   */
  public static Problem problem(Problem problem, LocalDate first, LocalDate last, LocalDate from, LocalDate to) {
    PlanningHorizon horizon = PlanningHorizon.of(first, last);
    Range<LocalDate> dates = horizon.range();
    List<Absence> absences = new ArrayList<>();
    for (Absence a : problem.absences()) {
      if (!a.range().isConnected(dates)) {
        continue;
      }
      Range<LocalDate> clipped = a.range().intersection(dates);
      if (clipped.isEmpty()) {
        continue;
      }
      absences.add(
          Absence.builder()
              .employee(a.employee())
              .kind(a.kind())
              .from(clipped.lowerEndpoint())
              .to(clipped.upperEndpoint())
              .degreePercent(a.degreePercent())
              .build());
    }
    List<Request> requests = new ArrayList<>();
    for (Request r : problem.requests()) {
      if (horizon.contains(r.date())) {
        requests.add(r);
      }
    }
    List<Assignment> fixed = new ArrayList<>();
    for (Assignment a : problem.fixedAssignments()) {
      if (horizon.contains(a.date())) {
        fixed.add(a);
      }
    }
    List<LocalDate> kept = new ArrayList<>();
    for (LocalDate date : horizon.dates()) {
      if (date.isBefore(from) || date.isAfter(to)) {
        kept.add(date);
      }
    }
    StaffingPlan.Builder inHorizon = StaffingPlan.builder();
    for (StaffingRequirement row : problem.staffingPlan().requirements()) {
      if (row.days() != DayKind.DATE || horizon.contains(row.date().orElseThrow())) {
        inHorizon.addRequirement(row);
      }
    }
    StaffingPlan plan = inHorizon.build().withNobodyNeededOn(kept);
    return problem.wardBuilder()
        .horizon(horizon)
        .staffingPlan(plan)
        .addAllAbsences(absences)
        .addAllRequests(requests)
        .addAllFixedAssignments(fixed)
        .build();
  }

  /** The assignments of {@code roster} on the dates from {@code from} to {@code to}. */
  public static ImmutableList<Assignment> between(Roster roster, LocalDate from, LocalDate to) {
    ImmutableList.Builder<Assignment> result = ImmutableList.builder();
    for (Assignment a : roster.assignments()) {
      if (!a.date().isBefore(from) && !a.date().isAfter(to)) {
        result.add(a);
      }
    }
    return result.build();
  }

  /** {@code roster} with its assignments from {@code from} to {@code to} replaced by {@code replacement}'s. */
  public static Roster splice(Roster roster, Roster replacement, LocalDate from, LocalDate to) {
    List<Assignment> assignments = new ArrayList<>();
    for (Assignment a : roster.assignments()) {
      if (a.date().isBefore(from) || a.date().isAfter(to)) {
        assignments.add(a);
      }
    }
    assignments.addAll(between(replacement, from, to));
    Roster.Builder result = Roster.builder().addAllAssignments(assignments);
    roster.id().ifPresent(result::id);
    roster.previous().ifPresent(result::previous);
    return result.build();
  }
}
