package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
  private static final ShiftType DAY =
      ShiftType.builder().code("D").start(LocalTime.of(7, 30)).duration(Duration.ofMinutes(450)).build();

  private static Employee employee(String id) {
    return Employee.builder().id(id).name("Name " + id).role(Role.HEALTH_WORKER).positionPercent(80).build();
  }

  private static Problem.Builder base() {
    return Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 7)).addShiftType(DAY);
  }

  @Test
  void build_duplicateEmployeeIds_failsNamingIndexAndId() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().addEmployee(employee("E1")).addEmployee(employee("E1")).build());
    assertEquals("Problem: employees[1].id (\"E1\") is a duplicate", e.getMessage());
  }

  @Test
  void build_coverForUnknownShift_failsNamingShift() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().addCoverRequirement(CoverRequirement.of(MONDAY, "N", 1)).build());
    assertEquals(
        "Problem: coverRequirements[0].shift (\"N\") is not a shift type; known: [D]", e.getMessage());
  }

  @Test
  void build_coverOutsideHorizon_failsNamingDate() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().addCoverRequirement(CoverRequirement.of(MONDAY.plusDays(7), "D", 1)).build());
    assertTrue(e.getMessage().contains("coverRequirements[0].date (2027-01-11)"), e.getMessage());
  }

  @Test
  void build_repeatedCover_fails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .addCoverRequirement(CoverRequirement.of(MONDAY, "D", 1))
                    .addCoverRequirement(CoverRequirement.of(MONDAY, "D", 2))
                    .build());
    assertTrue(e.getMessage().contains("coverRequirements[1] repeats the cover for D on 2027-01-04"));
  }

  @Test
  void checkReferences_unknownEmployee_failsNamingIndex() {
    Problem problem = base().addEmployee(employee("E1")).build();
    Roster roster =
        Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY, "D"), Assignment.of("E2", MONDAY, "D")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> problem.checkReferences(roster));
    assertEquals(
        "Roster: assignments[1].employee (\"E2\") is not an employee of the problem", e.getMessage());
  }

  @Test
  void checkReferences_dateOutsideHorizon_fails() {
    Problem problem = base().addEmployee(employee("E1")).build();
    Roster roster = Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY.minusDays(1), "D")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> problem.checkReferences(roster));
    assertTrue(e.getMessage().contains("date (2027-01-03) lies outside"), e.getMessage());
  }

  @Test
  void shiftType_unknownCode_failsListingKnownCodes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().build().shiftType("LD"));
    assertEquals("unknown shift type \"LD\"; the problem has [D]", e.getMessage());
  }

  @Test
  void findEmployee_knownAndUnknownIds() {
    Problem problem = base().addEmployee(employee("E1")).build();
    assertEquals("E1", problem.findEmployee("E1").orElseThrow().id());
    assertTrue(problem.findEmployee("E2").isEmpty());
  }
}
