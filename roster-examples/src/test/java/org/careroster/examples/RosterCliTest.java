package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

class RosterCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demo_printsGridValidationAndFullTimeShare() {
    assertEquals(RosterCli.OK, cli.run("demo"), err.toString(StandardCharsets.UTF_8));
    String printed = out();
    Problem problem = DemoWard.problem();
    // One grid row per employee, with 14 day cells each.
    for (Employee employee : problem.employees()) {
      assertTrue(printed.contains(employee.id() + " ") && printed.contains(employee.name()), employee.id());
    }
    assertTrue(printed.contains("Mo  Tu  We  Th  Fr  Sa  Su  Mo"), printed);
    assertTrue(printed.contains("Validation: 0 hard violations"), printed);
    assertTrue(printed.contains("Full-time share: 3 of 14 (21.4 %)"), printed);
  }

  @Test
  void demoWard_meetsTheIssueShape() {
    Problem problem = DemoWard.problem();
    assertTrue(problem.employees().size() >= 12);
    assertEquals(14, problem.horizon().days());
    assertEquals(3, problem.shiftTypes().size());
    assertEquals(3, problem.employees().stream().map(Employee::role).distinct().count());
  }

  @Test
  void grid_emptyRoster_showsDotsAndZeroHours() {
    Problem problem = DemoWard.problem(2);
    Roster empty = Roster.of(List.of());
    String grid = RosterGrid.render(problem, empty);
    assertTrue(grid.contains("E1   Ingrid Berg       nurse         100    .   .      0.0"), grid);
    assertTrue(RosterValidator.validate(problem, empty, RuleSets.basic()).hardViolationCount() > 0);
  }

  @Test
  void help_listsCommands() {
    assertEquals(RosterCli.OK, cli.run("--help"));
    assertTrue(out().contains("demo"));
    assertTrue(out().contains("Usage: ./roster COMMAND"));
  }

  @Test
  void unknownCommand_exitsTwoNamingIt() {
    assertEquals(RosterCli.USAGE, cli.run("sovle"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command \"sovle\""));
  }

  @Test
  void demo_withUnexpectedArgument_exitsTwo() {
    assertEquals(RosterCli.USAGE, cli.run("demo", "--fast"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unexpected argument \"--fast\""));
  }
}
