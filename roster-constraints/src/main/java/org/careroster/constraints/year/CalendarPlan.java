package org.careroster.constraints.year;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * A base rotation rolled out into a dated calendar plan by {@link CalendarPlanner}: the calendar
 * problem, the plan with its vacant shifts, every change from the rotation with its reason, the
 * validation, the holiday groups and the year accounts.
 */
@Value.Immutable
public abstract class CalendarPlan {

  CalendarPlan() {}

  /** The calendar problem: the base's staff, shift types and staffing plan over the plan's dates, public holidays and absences included. */
  public abstract Problem problem();

  /** The plan: the rotation laid out and adjusted, with the shifts nobody can lawfully cover in {@link Roster#vacantShifts()}. */
  public abstract Roster roster();

  /** The rotation laid out unchanged (absent staff's shifts removed), before any adjustment. */
  public abstract Roster rolledOut();

  /** Zero-based week of the rotation on which the plan's first week falls. */
  public abstract int cycleWeek();

  /** Every employee-day that differs from the rotation laid out, in date and staff order. */
  public abstract ImmutableList<PlanChange> changes();

  /** The plan checked against the planner's rules; cover shortfalls are the vacant shifts. */
  public abstract ValidationReport report();

  /** Demand the plan does not meet. */
  public abstract VacantShiftReport vacancies();

  /** The two groups that take turns with Christmas, New Year and Easter; empty when turned off. */
  public abstract ImmutableList<HolidayGroup> holidayGroups();

  /** Per employee over the plan: hours against the contract, weekends, nights, holidays, long shifts. */
  public abstract YearAccounts accounts();

  /**
   * How the adjustment search ended: {@code FEASIBLE} or {@code OPTIMAL} when no hard rule is
   * broken, {@code UNKNOWN} when shortfalls are left (see {@link #vacancies()}).
   */
  public abstract SolveStatus status();

  /** Wall-clock time of the rollout and its adjustments. */
  public abstract Duration elapsed();

  /** Whether the plan keeps every hard rule, cover included. */
  public final boolean isLawful() {
    return report().isFeasible();
  }

  static ImmutableCalendarPlan.Builder builder() {
    return ImmutableCalendarPlan.builder();
  }
}
