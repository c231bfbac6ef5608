package org.careroster.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.careroster.core.Assignment;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/** The roster as CSV, one row per shift and as a grid. */
class RosterCsvTest {

  @Test
  void assignments_oneRowPerShiftWithTheRealInstants() {
    List<String> lines = RosterCsv.assignments(Wards.ward(), Wards.roster()).lines().toList();
    assertEquals("employee,name,role,date,shift,start,end,hours,unit,overtime", lines.get(0));
    assertEquals(7, lines.size(), "a header and six shifts");
    assertEquals("E2,<script>alert(1)</script>,health-worker,2027-03-27,N,2027-03-27T21:45+01:00,2027-03-28T07:45+02:00,9.00,,false",
        lines.get(6), "the night of the clock change is 9 h");
  }

  @Test
  void grid_oneRowPerEmployeeQuotingWhatNeedsIt() {
    List<String> lines = RosterCsv.grid(Wards.ward(), Wards.roster()).lines().toList();
    assertEquals("employee,name,2027-03-22,2027-03-23,2027-03-24,2027-03-25,2027-03-26,2027-03-27,2027-03-28", lines.get(0));
    assertEquals("E1," + Wards.NORWEGIAN_NAME + ",D,D,D,A,D,,", lines.get(1));
    assertEquals("E3,\"Per, Pål & Espen\",,,,,,,", lines.get(3));
  }

  @Test
  void rosterNamingAnUnknownEmployee_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> RosterCsv.assignments(Wards.ward(), Roster.builder().addAssignments(Assignment.of("X9", Wards.MONDAY, "D")).build()));
  }
}
