package org.careroster.constraints;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
import org.careroster.constraints.rules.Availability;
import org.careroster.constraints.rules.AverageWeeklyHours;
import org.careroster.constraints.rules.ConsecutiveDaysOff;
import org.careroster.constraints.rules.ConsecutiveNights;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.constraints.rules.ContractHours;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.Fairness;
import org.careroster.constraints.rules.ForbiddenSuccessions;
import org.careroster.constraints.rules.HoursPerWeek;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.constraints.rules.MaximumCover;
import org.careroster.constraints.rules.Mentoring;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.NightEligibility;
import org.careroster.constraints.rules.NightWorkAverage;
import org.careroster.constraints.rules.OrdinaryHoursPerDay;
import org.careroster.constraints.rules.OvertimeCaps;
import org.careroster.constraints.rules.PreferredCover;
import org.careroster.constraints.rules.Requests;
import org.careroster.constraints.rules.ShiftCounts;
import org.careroster.constraints.rules.SundayRest;
import org.careroster.constraints.rules.TaskSharingCover;
import org.careroster.constraints.rules.TotalHoursPerDay;
import org.careroster.constraints.rules.UnitEligibility;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.constraints.rules.WeeklyRest;
import org.careroster.constraints.rules.WorkedTime;
import org.careroster.constraints.rules.WorkingWeekends;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * A care-staffing rule: it explains a concrete roster ({@link #check}) and encodes itself into the
 * solver ({@link #post}), with the same meaning and numbers on both paths.
 *
 * <p>Create catalogue rules through {@link Rules} or their builders, and change a parameter with
 * the rule's {@code withX} method. Catalogue rules are written to JSON with their id in a {@code
 * "rule"} field; implement this interface only to add a rule of your own (such a rule is not
 * written to JSON).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "rule")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DailyRest.class, name = DailyRest.ID),
  @JsonSubTypes.Type(value = MinimumCover.class, name = MinimumCover.ID),
  @JsonSubTypes.Type(value = ContractHours.class, name = ContractHours.ID),
  @JsonSubTypes.Type(value = WeeklyRest.class, name = WeeklyRest.ID),
  @JsonSubTypes.Type(value = OrdinaryHoursPerDay.class, name = OrdinaryHoursPerDay.ID),
  @JsonSubTypes.Type(value = TotalHoursPerDay.class, name = TotalHoursPerDay.ID),
  @JsonSubTypes.Type(value = HoursPerWeek.class, name = HoursPerWeek.ID),
  @JsonSubTypes.Type(value = AverageWeeklyHours.class, name = AverageWeeklyHours.ID),
  @JsonSubTypes.Type(value = SundayRest.class, name = SundayRest.ID),
  @JsonSubTypes.Type(value = NightWorkAverage.class, name = NightWorkAverage.ID),
  @JsonSubTypes.Type(value = ConsecutiveNights.class, name = ConsecutiveNights.ID),
  @JsonSubTypes.Type(value = ConsecutiveWorkingDays.class, name = ConsecutiveWorkingDays.ID),
  @JsonSubTypes.Type(value = ConsecutiveDaysOff.class, name = ConsecutiveDaysOff.ID),
  @JsonSubTypes.Type(value = ForbiddenSuccessions.class, name = ForbiddenSuccessions.ID),
  @JsonSubTypes.Type(value = WeekendFrequency.class, name = WeekendFrequency.ID),
  @JsonSubTypes.Type(value = LongShifts.class, name = LongShifts.ID),
  @JsonSubTypes.Type(value = PreferredCover.class, name = PreferredCover.ID),
  @JsonSubTypes.Type(value = MaximumCover.class, name = MaximumCover.ID),
  @JsonSubTypes.Type(value = TaskSharingCover.class, name = TaskSharingCover.ID),
  @JsonSubTypes.Type(value = Mentoring.class, name = Mentoring.ID),
  @JsonSubTypes.Type(value = Availability.class, name = Availability.ID),
  @JsonSubTypes.Type(value = UnitEligibility.class, name = UnitEligibility.ID),
  @JsonSubTypes.Type(value = NightEligibility.class, name = NightEligibility.ID),
  @JsonSubTypes.Type(value = Requests.class, name = Requests.ID),
  @JsonSubTypes.Type(value = OvertimeCaps.class, name = OvertimeCaps.ID),
  @JsonSubTypes.Type(value = Fairness.class, name = Fairness.ID),
  @JsonSubTypes.Type(value = ShiftCounts.class, name = ShiftCounts.ID),
  @JsonSubTypes.Type(value = WorkedTime.class, name = WorkedTime.ID),
  @JsonSubTypes.Type(value = WorkingWeekends.class, name = WorkingWeekends.ID),
})
public interface Rule {

  /** Stable kebab-case id, part of saved rule sets, e.g. {@code "daily-rest"}. */
  String id();

  /** Whether the rule is hard, or soft with a weight. */
  Severity severity();

  /** The law or agreement the rule comes from, e.g. {@code "aml § 10-8 (1)"}. */
  String source();

  /**
   * The violations of this rule in the roster {@code view} shows; empty when the roster keeps it.
   * A rule never throws for a breach: it reports it.
   */
  ImmutableList<Violation> check(RosterView view);

  /**
   * The violations of this rule in {@code roster}; a shortcut for one rule. To check several
   * rules, use {@link RosterValidator}, which prepares the roster once.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have, or a date outside its horizon
   */
  default ImmutableList<Violation> check(Problem problem, Roster roster) {
    return check(RosterView.of(problem, roster));
  }

  /**
   * Encodes this rule into the solver: as constraints when hard, as penalties when soft. Name each
   * constraint with {@link RosterModel#name(String, String)}.
   *
   * @throws UnsupportedOperationException if the rule can only be checked, not solved for
   */
  void post(RosterModel model);
}
