package org.careroster.constraints.vacation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Absence;
import org.careroster.core.Problem;
import org.immutables.value.Value;

/**
 * The main holidays a {@link VacationPlanner} chose: one piece per employee who demands it, as
 * absences of kind {@code VACATION}, with the wish each met, and the plan's problem with them.
 */
@Value.Immutable
public abstract class VacationPlan {

  VacationPlan() {}

  /** The problem with the planned vacations added to its absences. */
  public abstract Problem problem();

  /**
   * The planned vacations: the main holidays in employee order, then (from {@link
   * VacationPlanner#withRestOfYear()}) the rest of the year's pieces.
   */
  public abstract ImmutableList<Absence> vacations();

  /** Per employee with an entitlement: the working days of it no planned vacation takes. */
  public abstract ImmutableMap<String, Integer> daysLeft();

  /** Per employee with a main holiday: the rank of the wish it meets, absent when none. */
  public abstract ImmutableMap<String, Optional<Integer>> wishMet();

  /** The planned vacations checked against the holiday year ({@link VacationCheck}). */
  public abstract ValidationReport report();

  /** The planner's cost of the choice: wishes missed, peak weeks against last year, role groups off at once. */
  public abstract long cost();

  /** The main holiday of {@code employee} (the first vacation planned for them), if planned. */
  public final Optional<Absence> mainHoliday(String employee) {
    return vacations().stream().filter(a -> a.employee().equals(employee)).findFirst();
  }

  /** How many employees of {@code role} ({@link org.careroster.core.Employee#role()}) are off on {@code date}. */
  public final long offOn(String role, LocalDate date) {
    return vacations().stream()
        .filter(a -> a.covers(date))
        .filter(a -> problem().findEmployee(a.employee()).map(e -> e.role().equals(role)).orElse(false))
        .count();
  }

  static ImmutableVacationPlan.Builder builder() {
    return ImmutableVacationPlan.builder();
  }
}
