package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RosterTest {

  private static final LocalDate DAY1 = LocalDate.of(2027, 1, 4);

  @Test
  void build_duplicateAssignment_failsNamingIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Roster.of(
                    ImmutableList.of(Assignment.of("E1", DAY1, "D"), Assignment.of("E1", DAY1, "D"))));
    assertEquals(
        "Roster: assignments[1] (E1 D 2027-01-04) is a duplicate of an earlier assignment",
        e.getMessage());
  }

  @Test
  void count_andAssignmentsOf_groupTheAssignments() {
    Roster roster =
        Roster.of(
            ImmutableList.of(
                Assignment.of("E1", DAY1, "D"),
                Assignment.of("E2", DAY1, "D"),
                Assignment.of("E1", DAY1.plusDays(1), "A")));
    assertEquals(2, roster.count(DAY1, "D"));
    assertEquals(0, roster.count(DAY1, "A"));
    assertEquals(2, roster.assignmentsOf("E1").size());
    assertEquals(ImmutableList.of(), roster.assignmentsOf("E9"));
  }
}
