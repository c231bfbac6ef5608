package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import org.careroster.constraints.Violation;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * One way to fill a {@link Vacancy}: who, how it is paid, the hours it adds, whether it creates
 * overtime under the law and under the tariff, what it costs, and which soft rules it breaks.
 * An agency candidate has no employee, assignment or roster.
 */
@Value.Immutable
public abstract class Candidate {

  Candidate() {}

  /** Place in the ranking, from 1. */
  public abstract int rank();

  /** Id of the employee asked; empty for an agency. */
  public abstract Optional<String> employee();

  /** How the hours are paid and where the person comes from. */
  public abstract PayTier tier();

  /**
   * The assignment that fills the vacancy, with the unit set for staff from another unit and
   * marked as overtime when it creates overtime under the law; empty for an agency.
   */
  public abstract Optional<Assignment> assignment();

  /** Real hours the shift adds (daylight-saving changes included). */
  public abstract Duration hoursAdded();

  /**
   * Added minutes beyond the legal normal limits ({@link CostModel#lawDailyLimit()}, {@link
   * CostModel#lawWeeklyLimit()}): overtime in the sense of aml § 10-4, counted towards the
   * overtime caps.
   */
  public abstract Duration lawOvertime();

  /** Added minutes paid as overtime under the tariff, with a supplement. */
  public abstract Duration tariffOvertime();

  /** The part of {@link #tariffOvertime()} inside the raised (100 %) windows. */
  public abstract Duration raisedOvertime();

  /** Whether taking the shift creates overtime under the law (beyond the legal normal limits). */
  public final boolean createsLawOvertime() {
    return !lawOvertime().isZero();
  }

  /** Whether taking the shift creates overtime under the tariff (beyond a 100 % position). */
  public final boolean createsTariffOvertime() {
    return !tariffOvertime().isZero();
  }

  /** What the replacement costs, in hours of ordinary pay. */
  public abstract Cost cost();

  /** Soft violations the shift adds: new ones, or ones that get worse than in the roster before. */
  public abstract ImmutableList<Violation> softViolations();

  /**
   * Change of the roster's soft penalty (Σ weight × penalty) when the candidate takes the shift;
   * negative when it helps, e.g. a part-timer below the contract hours.
   */
  public abstract long softCostChange();

  /** Requirements of the shift still below their minimum with this candidate on it. */
  public abstract ImmutableList<CoverRequirement> stillUnmet();

  /** Tasks of the shift still without anyone who may do them with this candidate on it. */
  public abstract ImmutableList<String> stillUncoveredTasks();

  /** The roster with the candidate on the shift; empty for an agency. */
  @Value.Auxiliary
  public abstract Optional<Roster> roster();

  /** Whether this is the agency fallback rather than an employee. */
  public final boolean isAgency() {
    return tier() == PayTier.AGENCY;
  }

  abstract Candidate withRank(int rank);

  static ImmutableCandidate.Builder builder() {
    return ImmutableCandidate.builder();
  }

  @Override
  public String toString() {
    return rank()
        + ". "
        + employee().orElse("agency")
        + " "
        + tier()
        + " +"
        + Texts.hours(hoursAdded())
        + " cost "
        + cost().total();
  }
}
