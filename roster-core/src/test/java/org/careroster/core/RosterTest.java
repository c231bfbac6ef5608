package org.careroster.core;

import static org.careroster.core.TestModels.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class RosterTest {

  private static final Assignment E1_D = Assignment.of("E1", MONDAY, "D");
  private static final Assignment E2_D = Assignment.of("E2", MONDAY, "D");
  private static final Assignment E3_A = Assignment.of("E3", MONDAY, "A");
  private static final Assignment E1_N = Assignment.of("E1", MONDAY.plusDays(1), "N");

  @Test
  void build_duplicateAssignment_failsNamingIndex() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> Roster.of(ImmutableList.of(E1_D, E2_D, E1_D)));
    assertEquals("assignments[2]", e.path());
    assertEquals("\"E1 D 2027-01-04\"", e.value());
    assertEquals(
        "Roster: assignments[2] (\"E1 D 2027-01-04\") repeats an earlier assignment of the same employee, date and shift",
        e.getMessage());
  }

  @Test
  void build_sameSlotInAnotherUnitOrAsOvertime_isStillADuplicate() {
    assertEquals(
        "assignments[1]",
        assertThrows(InvalidModelException.class, () -> Roster.of(ImmutableList.of(E1_D, E1_D.withUnit("ward-3"))))
            .path());
    assertEquals(
        "assignments[1]",
        assertThrows(InvalidModelException.class, () -> Roster.of(ImmutableList.of(E1_D, E1_D.withOvertime(true))))
            .path());
  }

  @Test
  void build_sameEmployeeTwoShiftsSameDay_isAllowed() {
    Roster roster = Roster.of(ImmutableList.of(E1_D, Assignment.of("E1", MONDAY, "A")));
    assertEquals(2, roster.assignmentsOf("E1").size());
  }

  @Test
  void count_andAssignmentsOf_groupTheAssignments() {
    Roster roster = Roster.of(ImmutableList.of(E1_D, E2_D, E1_N));
    assertEquals(2, roster.count(MONDAY, "D"));
    assertEquals(0, roster.count(MONDAY, "A"));
    assertEquals(ImmutableList.of(E1_D, E1_N), roster.assignmentsOf("E1"));
    assertEquals(ImmutableList.of(), roster.assignmentsOf("E9"));
  }

  @Test
  void changesSince_countsAddedAndRemoved() {
    Roster earlier = Roster.of(ImmutableList.of(E1_D, E2_D, E3_A));
    Roster later =
        Roster.builder()
            .id("ward-2/2027-w01/v2")
            .previous("ward-2/2027-w01/v1")
            .addAssignments(E2_D, E3_A, E1_N, Assignment.of("E4", MONDAY, "N"))
            .build();
    RosterChanges changes = later.changesSince(earlier);
    assertEquals(ImmutableList.of(E1_N, Assignment.of("E4", MONDAY, "N")), changes.added());
    assertEquals(ImmutableList.of(E1_D), changes.removed());
    assertEquals(3, changes.size());
    assertEquals("+2 -1", changes.toString());
  }

  @Test
  void changesSince_overtimeMarkChanged_isOneRemovedAndOneAdded() {
    Roster earlier = Roster.of(ImmutableList.of(E1_D, E2_D));
    Roster later = Roster.of(ImmutableList.of(E1_D, E2_D.withOvertime(true)));
    RosterChanges changes = later.changesSince(earlier);
    assertEquals(ImmutableList.of(E2_D.withOvertime(true)), changes.added());
    assertEquals(ImmutableList.of(E2_D), changes.removed());
  }

  @Test
  void changesSince_sameAssignmentsInOtherOrder_isEmpty() {
    Roster earlier = Roster.of(ImmutableList.of(E1_D, E2_D));
    Roster later = Roster.of(ImmutableList.of(E2_D, E1_D));
    assertTrue(later.changesSince(earlier).isEmpty());
  }
}
