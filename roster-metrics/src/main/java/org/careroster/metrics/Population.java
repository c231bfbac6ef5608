package org.careroster.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.immutables.value.Value;

/**
 * The people a head-count KPI is about (RULES.md §4.1): the positions of employees who are employed
 * on the reference date, without the contract types KS leaves out. Employee records with the same
 * id are one person with several positions.
 *
 * <pre>{@code
 * Population p = Population.onDate(staff, LocalDate.of(2024, 11, 30), Population.KS_EXCLUDED);
 * p.headCount();   // persons, not positions
 * }</pre>
 */
@Value.Immutable
public abstract class Population {

  /**
   * The contract types KS leaves out of its full-time statistics: temps (vikarar), hourly-paid
   * substitutes, students and apprentices. Only permanent positions remain.
   */
  public static final ImmutableSet<ContractType> KS_EXCLUDED =
      Sets.immutableEnumSet(
          ContractType.TEMPORARY,
          ContractType.HOURLY_SUBSTITUTE,
          ContractType.STUDENT,
          ContractType.APPRENTICE);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Population() {}

  /** The positions in the population, in the order given. */
  public abstract ImmutableList<Employee> positions();

  /** The population made of exactly these positions. */
  public static Population of(Iterable<Employee> positions) {
    return ImmutablePopulation.builder().addAllPositions(positions).build();
  }

  /**
   * The positions of {@code staff} held on {@code referenceDate} ({@link
   * Employee#isEmployedOn(LocalDate)}) whose contract type is not in {@code excluded}.
   */
  public static Population onDate(
      Iterable<Employee> staff, LocalDate referenceDate, Set<ContractType> excluded) {
    Set<ContractType> leftOut = excluded.isEmpty() ? EnumSet.noneOf(ContractType.class) : EnumSet.copyOf(excluded);
    ImmutableList.Builder<Employee> kept = ImmutableList.builder();
    for (Employee employee : staff) {
      if (employee.isEmployedOn(referenceDate) && !leftOut.contains(employee.contractType())) {
        kept.add(employee);
      }
    }
    return of(kept.build());
  }

  /** The positions grouped by person (employee id), persons in order of first appearance. */
  @Value.Lazy
  public ImmutableListMultimap<String, Employee> byPerson() {
    return Multimaps.index(positions(), Employee::id);
  }

  /** The ids of the persons, in order of first appearance. */
  public final ImmutableSet<String> persons() {
    return byPerson().keySet();
  }

  /** Number of persons (|P|). */
  public final int headCount() {
    return persons().size();
  }

  /** Whether {@code employee} (an id) is in the population. */
  public final boolean contains(String employee) {
    return byPerson().containsKey(employee);
  }

  /** The person's summed position sizes in percent: Σ positionPercent over their positions. */
  public final BigDecimal positionPercentOf(String person) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Employee position : byPerson().get(person)) {
      sum = sum.add(position.positionPercent());
    }
    return sum;
  }

  /** The person's summed position as a share of full time: {@code Σ positionPercent / 100}. */
  public final BigDecimal positionShareOf(String person) {
    return positionPercentOf(person).divide(HUNDRED);
  }
}
