package org.careroster.metrics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careroster.core.Employee;

/**
 * Full-time share (andel heiltidstilsette), as KS defines it: the share of persons whose summed
 * positions are at least 100 % (RULES.md §4.1).
 *
 * <pre>
 * fullTimeShare = count(p ∈ P : Σ positionPercent(p) ≥ 100) / |P|
 * </pre>
 *
 * <p>Unit is the person (head count), not the FTE. Employee records with the same id are one
 * person with several positions, and their positions are summed. Extra hours and overtime are not
 * part of the position. The caller chooses the population P; {@link Population#onDate} takes KS's
 * (employed on the reference date, temps, hourly substitutes, students and apprentices left out).
 *
 * <pre>{@code
 * Share share = FullTimeShare.of(problem.employees());   // e.g. "5 of 12 (41.7 %)"
 * }</pre>
 */
public final class FullTimeShare {

  private static final BigDecimal FULL_TIME = BigDecimal.valueOf(100);

  private FullTimeShare() {}

  /** The full-time share of {@code staff}; an empty population gives a share of 0 of 0. */
  public static Share of(Iterable<Employee> staff) {
    Map<String, BigDecimal> positionByPerson = new LinkedHashMap<>();
    for (Employee employee : staff) {
      positionByPerson.merge(employee.id(), employee.positionPercent(), BigDecimal::add);
    }
    int fullTime = 0;
    for (BigDecimal position : positionByPerson.values()) {
      if (position.compareTo(FULL_TIME) >= 0) {
        fullTime++;
      }
    }
    return Share.of(fullTime, positionByPerson.size());
  }

  /** The full-time share of the persons in {@code population}. */
  public static Share of(Population population) {
    return of(population.positions());
  }
}
