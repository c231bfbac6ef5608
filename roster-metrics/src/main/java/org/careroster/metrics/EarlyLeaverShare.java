package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.careroster.core.Employee;

/**
 * Share of new hires who leave within two years: the effect goal of a mentor programme. Staff lists
 * must then keep former employees with their {@link Employee#employmentEnd()}.
 *
 * <pre>
 * cohort  = persons whose first day (earliest employmentStart of their positions) is from cohortFrom
 *           to cohortTo, both included
 * leaver  = a person of the cohort whose last day (latest employmentEnd; none if a position is open)
 *           is before firstDay + within
 * share   = count(leavers) / |cohort|
 * </pre>
 *
 * <p>The scorecard takes as cohort the persons hired in the twelve months that end two years before
 * the reference date, so that every one of them has had the full two years to leave or stay.
 * Persons without an employmentStart are not new hires.
 *
 * <pre>{@code
 * EarlyLeaverShare.of(staff, LocalDate.of(2021, 12, 1), LocalDate.of(2022, 11, 30), Period.ofYears(2))
 * }</pre>
 */
public final class EarlyLeaverShare {

  private EarlyLeaverShare() {}

  /**
   * Persons of {@code staff} first employed from {@code cohortFrom} to {@code cohortTo} who left
   * before {@code within} had passed, out of all of them.
   *
   * @throws IllegalArgumentException if {@code cohortTo} is before {@code cohortFrom} or {@code
   *     within} is not positive
   */
  public static Share of(
      Iterable<Employee> staff, LocalDate cohortFrom, LocalDate cohortTo, Period within) {
    checkArgument(
        !cohortTo.isBefore(cohortFrom),
        "EarlyLeaverShare: cohortTo (%s) must not be before cohortFrom (%s)",
        cohortTo,
        cohortFrom);
    checkArgument(
        !within.isNegative() && !within.isZero(), "EarlyLeaverShare: within (%s) must be positive", within);
    Map<String, LocalDate> first = new LinkedHashMap<>();
    Map<String, Optional<LocalDate>> last = new LinkedHashMap<>();
    for (Employee position : staff) {
      if (position.employmentStart().isEmpty()) {
        continue;
      }
      first.merge(position.id(), position.employmentStart().get(), (a, b) -> a.isBefore(b) ? a : b);
      last.merge(
          position.id(),
          position.employmentEnd(),
          (a, b) -> a.isEmpty() || b.isEmpty() ? Optional.empty() : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get()));
    }
    int cohort = 0;
    int leavers = 0;
    for (Map.Entry<String, LocalDate> person : first.entrySet()) {
      LocalDate start = person.getValue();
      if (start.isBefore(cohortFrom) || start.isAfter(cohortTo)) {
        continue;
      }
      cohort++;
      Optional<LocalDate> end = last.get(person.getKey());
      if (end.isPresent() && end.get().isBefore(start.plus(within))) {
        leavers++;
      }
    }
    return Share.of(leavers, cohort);
  }
}
