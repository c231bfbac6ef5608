package org.careroster.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Roster;

/**
 * Generators of single model values with the awkward corners a format or a rule must survive:
 * positions with 0, 1 or 2 decimals (the scale kept), every contract type, optional weekend
 * frequencies, rosters with units, overtime marks, ids and previous ids. Unlike {@link Wards},
 * these make no promise of feasibility; they are for round trips and invariants of one value.
 */
public final class Models {

  private static final List<String> EMPLOYEES = List.of("E1", "E2", "E3", "E4", "E5");
  private static final List<String> SHIFTS = List.of("D", "A", "N");
  private static final int DAYS = 14;
  private static final LocalDate START = LocalDate.of(2027, 1, 4);

  private Models() {}

  /** A position from 0 to 100 % with 0, 1 or 2 decimals, the scale kept (e.g. {@code 62.90}). */
  public static BigDecimal position(RandomGenerator random) {
    return BigDecimal.valueOf(random.nextInt(10_001), 2).setScale(random.nextInt(3), RoundingMode.DOWN);
  }

  /**
   * An employee with a random position ({@link #position}), contract type, full-time week (37.5,
   * 35.5 or 33.6 h) and, three times in ten, a weekend frequency; the id follows the position.
   */
  public static Employee employee(RandomGenerator random) {
    BigDecimal position = position(random);
    BigDecimal[] weeks = {new BigDecimal("37.5"), new BigDecimal("35.5"), new BigDecimal("33.6")};
    ContractType[] contracts = ContractType.values();
    Employee.Builder b = Employee.builder()
        .id("E" + position.unscaledValue())
        .name("Name " + position)
        .role(position.signum() == 0 ? "assistant" : "nurse")
        .positionPercent(position)
        .contractType(contracts[random.nextInt(contracts.length)])
        .fullTimeWeeklyHours(weeks[random.nextInt(weeks.length)]);
    if (random.nextInt(10) < 3) {
      b.weekendFrequency(1 + random.nextInt(8));
    }
    return b.build();
  }

  /**
   * A roster of up to {@code maxAssignments} assignments (at most 30) among E1–E5 over 14 days from
   * Monday 4 January 2027 and the shifts D, A and N, each slot at most once: slot numbers are
   * strictly increasing sums of gaps 1 to 7. Assignments may carry a unit ({@code ward-2},
   * {@code ward-3}) and the overtime mark; the roster may carry an id and a previous id.
   *
   * @throws IllegalArgumentException if {@code maxAssignments} is not from 0 to 30
   */
  public static Roster roster(RandomGenerator random, int maxAssignments) {
    checkArgument(maxAssignments >= 0 && maxAssignments <= 30, "maxAssignments (%s) must be from 0 to 30", maxAssignments);
    int count = maxAssignments == 0 ? 0 : random.nextInt(maxAssignments + 1);
    List<Assignment> assignments = new ArrayList<>();
    int slot = -1;
    for (int i = 0; i < count; i++) {
      slot += 1 + random.nextInt(7);
      Assignment a = Assignment.of(EMPLOYEES.get(slot % EMPLOYEES.size()), START.plusDays((slot / EMPLOYEES.size()) % DAYS),
          SHIFTS.get(slot / (EMPLOYEES.size() * DAYS))).withOvertime(random.nextBoolean());
      int unit = random.nextInt(3);
      assignments.add(unit == 0 ? a : a.withUnit(unit == 1 ? "ward-2" : "ward-3"));
    }
    Roster.Builder builder = Roster.builder().addAllAssignments(assignments);
    if (random.nextBoolean()) {
      builder.id("ward-2/2027-w01/v3");
    }
    if (random.nextBoolean()) {
      builder.previous("ward-2/2027-w01/v3");
    }
    return builder.build();
  }
}
