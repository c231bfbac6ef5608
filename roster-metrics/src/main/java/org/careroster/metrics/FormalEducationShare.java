package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Map;
import org.careroster.core.Employee;
import org.careroster.core.Role;

/**
 * Share of staff with formal health education (RULES.md §4.5): a person has it when the role of
 * their position counts as formal health education ({@link Role#formalHealthEducation()}, true for
 * nurse and health worker).
 *
 * <pre>
 * FTE (KOSTRA):  Σ positionPercent of positions in educated roles / Σ positionPercent of all positions
 * HEAD_COUNT:    count(persons with a position in an educated role) / |P|
 * </pre>
 *
 * <p>KOSTRA counts agreed FTEs on a reference date, temps, people on leave and on sick leave
 * included, overtime excluded; the caller passes the positions (the scorecard takes every position
 * held on the reference date). The head-count variant is common locally.
 *
 * <pre>{@code
 * FormalEducationShare.fteBased(positions, rolesById).percent()   // e.g. Optional[71.0]
 * }</pre>
 */
public final class FormalEducationShare {

  /** What the share counts. */
  public enum Basis {
    /** Agreed FTEs, as KOSTRA counts them; the default. */
    FTE,
    /** Persons. */
    HEAD_COUNT
  }

  private FormalEducationShare() {}

  /**
   * Summed positions in educated roles over all summed positions of {@code positions}.
   *
   * @throws IllegalArgumentException if a position's role is not in {@code roles}
   */
  public static Ratio fteBased(Iterable<Employee> positions, Map<String, Role> roles) {
    BigDecimal educated = BigDecimal.ZERO;
    BigDecimal all = BigDecimal.ZERO;
    for (Employee position : positions) {
      all = all.add(position.positionPercent());
      if (roleOf(position, roles).formalHealthEducation()) {
        educated = educated.add(position.positionPercent());
      }
    }
    return Ratio.of(educated, all);
  }

  /**
   * Persons of {@code population} with at least one position in an educated role.
   *
   * @throws IllegalArgumentException if a position's role is not in {@code roles}
   */
  public static Share headCount(Population population, Map<String, Role> roles) {
    int educated = 0;
    for (String person : population.persons()) {
      boolean any = false;
      for (Employee position : population.byPerson().get(person)) {
        any |= roleOf(position, roles).formalHealthEducation();
      }
      if (any) {
        educated++;
      }
    }
    return Share.of(educated, population.headCount());
  }

  private static Role roleOf(Employee position, Map<String, Role> roles) {
    Role role = roles.get(position.role());
    checkArgument(
        role != null,
        "FormalEducationShare: role (%s) of employee %s is not one of the roles given %s",
        position.role(),
        position.id(),
        roles.keySet());
    return role;
  }
}
