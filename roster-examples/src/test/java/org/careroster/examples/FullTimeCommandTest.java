package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WardPresets;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster fulltime} on a small ward: the plan, its proof and bad input. */
class FullTimeCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private String problemFile;

  /** Two nurses (60 %, 50 %) and six health workers at 31 %; D and A every day, a nurse on the weekend D. */
  @BeforeEach
  void writeWard() throws IOException {
    List<Employee> staff = new ArrayList<>();
    staff.add(WardPresets.employee("S1", "Name S1", Role.NURSE, 60, 35.5, ContractType.PERMANENT).build());
    staff.add(WardPresets.employee("S2", "Name S2", Role.NURSE, 50, 35.5, ContractType.PERMANENT).build());
    for (int i = 1; i <= 6; i++) {
      staff.add(WardPresets.employee("H" + i, "Name H" + i, Role.HEALTH_WORKER, 31, 35.5, ContractType.PERMANENT).build());
    }
    Problem ward = Problem.builder()
        .horizon(PlanningHorizon.cyclic(LocalDate.of(2027, 1, 4), 6))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff)
        .addShiftTypes(WardPresets.DAY, WardPresets.EVENING)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder().shift("A").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKEND).addRoles(Role.NURSE.id()).minimum(1).build())
            .build())
        .build();
    RosterJson.strict().write(dir.resolve("ward.json"), ward);
    problemFile = dir.resolve("ward.json").toString();
  }

  @Test
  void everySecondWeekend_writesThePlannedPositionsAndTheirProof() throws IOException {
    Path target = dir.resolve("plan");
    int status = cli.run("fulltime", problemFile, "--weekend-every", "2", "--time-limit", "10s", "--out", target.toString());

    assertEquals(RosterCli.OK, status, err() + out());
    String printed = out();
    assertTrue(printed.contains("  S1           60 % ->    100 %   merging in the posts of H6, H5 when they fall vacant"), printed);
    assertTrue(printed.contains("Heads 8 -> 4; full-time share 0 % -> 50 %; average position 37 % -> 74 %; positions 296 %"), printed);
    assertTrue(printed.contains("Proof: "), printed);
    Problem planned = RosterJson.strict().readProblem(target.resolve("problem.json"));
    assertEquals(0, new BigDecimal("100").compareTo(planned.findEmployee("S1").orElseThrow().positionPercent()));
    assertFalse(planned.findEmployee("H6").isPresent());
    RosterJson.strict().readRoster(target.resolve("roster.json"), planned);
    assertTrue(Files.readString(target.resolve("plan.json")).contains("\"mergedFrom\""));
  }

  @Test
  void budgetBelowTheHours_exitsTwoNothingWritten() {
    Path target = dir.resolve("plan");
    int status = cli.run("fulltime", problemFile, "--weekend-every", "2", "--budget-fte", "2.5", "--out", target.toString());
    assertEquals(RosterCli.USAGE, status);
    assertTrue(err().startsWith("roster fulltime: --budget-fte: 2.5: is below the"), err());
    assertFalse(Files.exists(target));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
