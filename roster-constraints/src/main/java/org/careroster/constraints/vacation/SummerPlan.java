package org.careroster.constraints.vacation;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * A summer planned by {@link SummerPlanner}: the main holidays, the roster with them taken out and
 * the holes the ward's own staff can take filled with extra hours, and the substitute need left.
 */
@Value.Immutable
public abstract class SummerPlan {

  SummerPlan() {}

  /** The main holidays chosen, with the wishes met and the Holidays Act check. */
  public abstract VacationPlan vacations();

  /** The calendar problem with the vacations as absences of kind {@code VACATION}. */
  public abstract Problem problem();

  /**
   * The roster without the vacationers' shifts, with the extra shifts added; the shifts left for
   * substitutes are its {@link Roster#vacantShifts()}.
   */
  public abstract Roster roster();

  /** The shifts the vacations took out of the calendar roster. */
  public abstract ImmutableList<Assignment> vacated();

  /**
   * The extra shifts (meirarbeid) the ward's own part-timers took, in the order given; listed
   * hourly substitutes' shifts are proposals in {@link #need()}, not here nor in the roster.
   */
  public abstract ImmutableList<Assignment> extraShifts();

  /** What is left for substitutes. */
  public abstract SubstituteNeed need();

  /** {@link #roster()} validated against the rule set: cover below minimum is the substitute need; nothing else should be hard. */
  public abstract ValidationReport report();

  /** Wall-clock time of the planning, the choice and the fill together. */
  public abstract Duration elapsed();

  static ImmutableSummerPlan.Builder builder() {
    return ImmutableSummerPlan.builder();
  }
}
