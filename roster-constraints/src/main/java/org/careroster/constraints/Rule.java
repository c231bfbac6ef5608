package org.careroster.constraints;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.google.common.collect.ImmutableList;
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
  @JsonSubTypes.Type(value = ImmutableDailyRest.class, name = DailyRest.ID),
  @JsonSubTypes.Type(value = ImmutableMinimumCover.class, name = MinimumCover.ID),
  @JsonSubTypes.Type(value = ImmutableContractHours.class, name = ContractHours.ID),
  @JsonSubTypes.Type(value = ImmutableWeeklyRest.class, name = WeeklyRest.ID),
  @JsonSubTypes.Type(value = ImmutableOrdinaryHoursPerDay.class, name = OrdinaryHoursPerDay.ID),
  @JsonSubTypes.Type(value = ImmutableTotalHoursPerDay.class, name = TotalHoursPerDay.ID),
  @JsonSubTypes.Type(value = ImmutableHoursPerWeek.class, name = HoursPerWeek.ID),
  @JsonSubTypes.Type(value = ImmutableAverageWeeklyHours.class, name = AverageWeeklyHours.ID),
  @JsonSubTypes.Type(value = ImmutableSundayRest.class, name = SundayRest.ID),
  @JsonSubTypes.Type(value = ImmutableNightWorkAverage.class, name = NightWorkAverage.ID),
  @JsonSubTypes.Type(value = ImmutableConsecutiveNights.class, name = ConsecutiveNights.ID),
  @JsonSubTypes.Type(value = ImmutableConsecutiveWorkingDays.class, name = ConsecutiveWorkingDays.ID),
  @JsonSubTypes.Type(value = ImmutableConsecutiveDaysOff.class, name = ConsecutiveDaysOff.ID),
  @JsonSubTypes.Type(value = ImmutableForbiddenSuccessions.class, name = ForbiddenSuccessions.ID),
  @JsonSubTypes.Type(value = ImmutableWeekendFrequency.class, name = WeekendFrequency.ID),
  @JsonSubTypes.Type(value = ImmutableLongShifts.class, name = LongShifts.ID),
  @JsonSubTypes.Type(value = ImmutablePreferredCover.class, name = PreferredCover.ID),
  @JsonSubTypes.Type(value = ImmutableMaximumCover.class, name = MaximumCover.ID),
  @JsonSubTypes.Type(value = ImmutableTaskSharingCover.class, name = TaskSharingCover.ID),
  @JsonSubTypes.Type(value = ImmutableMentoring.class, name = Mentoring.ID),
  @JsonSubTypes.Type(value = ImmutableAvailability.class, name = Availability.ID),
  @JsonSubTypes.Type(value = ImmutableUnitEligibility.class, name = UnitEligibility.ID),
  @JsonSubTypes.Type(value = ImmutableNightEligibility.class, name = NightEligibility.ID),
  @JsonSubTypes.Type(value = ImmutableRequests.class, name = Requests.ID),
  @JsonSubTypes.Type(value = ImmutableOvertimeCaps.class, name = OvertimeCaps.ID),
  @JsonSubTypes.Type(value = ImmutableFairness.class, name = Fairness.ID),
  @JsonSubTypes.Type(value = ImmutableShiftCounts.class, name = ShiftCounts.ID),
  @JsonSubTypes.Type(value = ImmutableWorkedTime.class, name = WorkedTime.ID),
  @JsonSubTypes.Type(value = ImmutableWorkingWeekends.class, name = WorkingWeekends.ID),
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
