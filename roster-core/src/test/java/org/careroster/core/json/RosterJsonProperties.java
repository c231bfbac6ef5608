package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RosterJsonProperties {

  private static final RosterJson JSON = RosterJson.strict();
  private static final LocalDate START = LocalDate.of(2027, 1, 4);
  private static final List<String> EMPLOYEES = List.of("E1", "E2", "E3", "E4", "E5");
  private static final int DAYS = 14;
  private static final List<String> SHIFTS = List.of("D", "A", "N");
  private static final List<Optional<String>> UNITS =
      List.of(Optional.empty(), Optional.of("ward-2"), Optional.of("ward-3"));

  /** One assignment-to-be: the gap to the previous slot number (1..7), a unit choice, overtime. */
  private record Step(int gap, Optional<String> unit, boolean overtime) {}

  private static Gen<Step> steps() {
    return integers().between(1, 7).zip(arbitrary().pick(UNITS), booleans().all(), Step::new);
  }

  /**
   * Rosters of 0 to 30 assignments with distinct slots by construction: slot numbers are strictly
   * increasing running sums of gaps 1..7, so at most 30 * 7 = 210 = 5 employees * 14 days * 3
   * shifts, and each number names one employee-date-shift slot.
   */
  static Gen<Roster> rosters() {
    Gen<Optional<String>> ids = arbitrary().pick(Optional.empty(), Optional.of("ward-2/2027-w01/v3"));
    return lists().of(steps()).ofSizeBetween(0, 30)
        .zip(ids, ids, (steps, id, previous) -> {
          List<Assignment> assignments = new ArrayList<>();
          int slot = -1;
          for (Step step : steps) {
            slot += step.gap();
            Assignment a =
                Assignment.of(
                        EMPLOYEES.get(slot % EMPLOYEES.size()),
                        START.plusDays((slot / EMPLOYEES.size()) % DAYS),
                        SHIFTS.get(slot / (EMPLOYEES.size() * DAYS)))
                    .withOvertime(step.overtime());
            assignments.add(step.unit().map(a::withUnit).orElse(a));
          }
          Roster.Builder builder = Roster.builder().addAllAssignments(assignments);
          id.ifPresent(builder::id);
          previous.ifPresent(builder::previous);
          return builder.build();
        });
  }

  /** Positions from 0 to 100 with 0, 1 or 2 decimals (scale kept, e.g. 62.90). */
  static Gen<BigDecimal> positions() {
    return integers().between(0, 10_000).zip(integers().between(0, 2),
        (hundredths, scale) -> BigDecimal.valueOf(hundredths, 2).setScale(scale, RoundingMode.DOWN));
  }

  static Gen<Employee> employees() {
    Gen<BigDecimal> weeklyHours =
        arbitrary().pick(new BigDecimal("37.5"), new BigDecimal("35.5"), new BigDecimal("33.6"));
    Gen<Optional<Integer>> weekendFrequency = integers().between(1, 8).toOptionals(30);
    return positions().zip(arbitrary().enumValues(ContractType.class), weeklyHours, weekendFrequency,
        (position, contract, hours, frequency) -> {
          Employee.Builder b =
              Employee.builder()
                  .id("E" + position.unscaledValue())
                  .name("Name " + position)
                  .role(position.signum() == 0 ? "assistant" : "nurse")
                  .positionPercent(position)
                  .contractType(contract)
                  .fullTimeWeeklyHours(hours);
          frequency.ifPresent(b::weekendFrequency);
          return b.build();
        });
  }

  @Test
  void rosterSurvivesJsonRoundTrip() {
    qt().withExamples(200).withShrinkCycles(25)
        .forAll(rosters())
        .checkAssert(roster -> assertEquals(roster, JSON.read(JSON.write(roster), Roster.class)));
  }

  @Test
  void employeeSurvivesJsonRoundTrip() {
    qt().withExamples(200).withShrinkCycles(25)
        .forAll(employees())
        .checkAssert(employee -> {
          Employee back = JSON.read(JSON.write(employee), Employee.class);
          assertEquals(employee, back);
          assertEquals(employee.positionPercent().scale(), back.positionPercent().scale());
        });
  }
}
