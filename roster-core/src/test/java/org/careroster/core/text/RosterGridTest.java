package org.careroster.core.text;

import static org.careroster.core.TestModels.DAY;
import static org.careroster.core.TestModels.NIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.TestModels;
import org.careroster.core.WardPresets;
import org.junit.jupiter.api.Test;

class RosterGridTest {

  private static final LocalDate MONDAY = TestModels.MONDAY;

  private static Problem problem(LocalDate start, int days) {
    return Problem.builder()
        .horizon(PlanningHorizon.ofDays(start, days))
        .addAllRoles(Role.STANDARD)
        .addEmployee(employee("E1", "Kari Nordmann", Role.NURSE, 62.91))
        .addEmployee(employee("E2", "Ola Hansen-Kristoffersen", Role.HEALTH_WORKER, 100))
        .addShiftType(DAY)
        .addShiftType(NIGHT)
        .build();
  }

  private static Employee employee(String id, String name, Role role, double percent) {
    return WardPresets.employee(id, name, role, percent, WardPresets.ROTA_WEEKLY_HOURS, ContractType.PERMANENT).build();
  }

  @Test
  void render_smallRoster_printsCodesDaysOffHoursAndCounts() {
    Roster roster =
        Roster.of(
            List.of(
                Assignment.of("E1", MONDAY, "D"),
                Assignment.of("E1", MONDAY.plusDays(2), "D"),
                Assignment.of("E2", MONDAY.plusDays(1), "D"),
                Assignment.of("E2", MONDAY.plusDays(1), "N")));

    String grid = RosterGrid.render(problem(MONDAY, 3), roster);

    assertEquals(
        String.join(
            "\n",
            "                                            Mo  Tu  We  ",
            "Id   Name              Role          Pos %  04  05  06   Hours",
            "E1   Kari Nordmann     nurse         62.91  D   .   D     15.0",
            "E2   Ola Hansen-Kristo health-worker 100    .   D+N .     17.5",
            "     on D                                   1   1   1   ",
            "     on N                                   0   1   0   ",
            ""),
        grid);
  }

  @Test
  void render_nightWhenClocksGoForward_countsRealHours() {
    LocalDate saturday = LocalDate.of(2027, 3, 27); // clocks go forward in the night to Sunday 28 March
    Roster roster = Roster.of(List.of(Assignment.of("E1", saturday, "N")));

    String grid = RosterGrid.render(problem(saturday, 2), roster);

    assertTrue(grid.contains("E1   Kari Nordmann     nurse         62.91  N   .      9.0"), grid);
    assertTrue(grid.startsWith("                                            Sa  Su  \n"), grid);
  }

  @Test
  void render_emptyRoster_showsDotsAndZeroHours() {
    String grid = RosterGrid.render(problem(MONDAY, 2), Roster.of(List.of()));

    assertTrue(grid.contains("E1   Kari Nordmann     nurse         62.91  .   .      0.0"), grid);
    assertTrue(grid.contains("     on D                                   0   0   "), grid);
  }

  @Test
  void render_assignmentOfUnknownEmployee_throwsNamingPathAndValue() {
    Roster roster = Roster.of(List.of(Assignment.of("E9", MONDAY, "D")));

    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> RosterGrid.render(problem(MONDAY, 2), roster));

    assertEquals("assignments[0].employee", e.path());
    assertEquals("\"E9\"", e.value());
  }
}
