package org.careroster.constraints.replace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveStatus;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.RosterChanges;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.VacantShift;
import org.junit.jupiter.api.Test;

class RosterRepairTest {

  static final LocalDate MONDAY = ReplacementAdvisorTest.MONDAY;
  static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
  static final LocalDate SATURDAY = MONDAY.plusDays(5);

  private static Employee employee(String id, double percent, Role role) {
    return Employee.builder().id(id).name("Name " + id).role(role).positionPercent(percent)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
  }

  /** One week, one nurse needed on every D: F (nurse) Monday to Friday, P (nurse) at the weekend. */
  private static Problem ward(Employee... extra) {
    Problem.Builder problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(MONDAY, 7))
        .addAllRoles(Role.STANDARD)
        .addEmployee(employee("F", 100, Role.NURSE))
        .addEmployee(employee("P", 50, Role.NURSE))
        .addShiftType(ReplacementAdvisorTest.DAY)
        .addShiftType(ReplacementAdvisorTest.EVENING)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY)
                .addRole(Role.NURSE.id()).minimum(1).label("one nurse").build())
            .build());
    for (Employee e : extra) {
      problem.addEmployee(e);
    }
    return problem.build();
  }

  private static Roster published() {
    List<Assignment> all = new ArrayList<>(ReplacementAdvisorTest.days("F", 5));
    all.add(Assignment.of("P", SATURDAY, "D"));
    all.add(Assignment.of("P", SATURDAY.plusDays(1), "D"));
    return Roster.builder().id("week-1").addAllAssignments(all).build();
  }

  private static Absence sick(String employee, LocalDate from, LocalDate to) {
    return Absence.builder().employee(employee).kind(AbsenceKind.SICK_LEAVE).from(from).to(to).build();
  }

  private static RepairOptions quick() {
    return RepairOptions.builder().maxNodes(5_000).build();
  }

  @Test
  void repair_oneDaySickCall_addsTheFreeNurseAndKeepsEverythingElse() {
    RepairResult result = new RosterRepair(RuleSets.basic())
        .repair(ward(), published(), List.of(sick("F", WEDNESDAY, WEDNESDAY)), quick());

    RosterChanges changes = result.changes().orElseThrow();
    assertEquals(List.of(Assignment.of("F", WEDNESDAY, "D")), changes.removed());
    assertEquals(List.of(Assignment.of("P", WEDNESDAY, "D")), changes.added());
    assertTrue(result.vacancies().orElseThrow().isEmpty());
    assertEquals(Optional.of("week-1"), result.roster().orElseThrow().previous());
    assertTrue(result.report().orElseThrow().isFeasible());
    assertEquals(1, result.problem().absences().size());
  }

  @Test
  void repair_nobodyCanCome_returnsTheRosterWithTheShiftVacant() {
    Problem problem = ward(employee("A", 50, Role.ASSISTANT));
    RepairResult result = new RosterRepair(RuleSets.basic()).repair(problem, published(),
        List.of(sick("F", WEDNESDAY, WEDNESDAY), sick("P", MONDAY, WEDNESDAY)), quick());

    assertEquals(SolveStatus.FEASIBLE, result.status());
    RosterChanges changes = result.changes().orElseThrow();
    assertEquals(List.of(Assignment.of("F", WEDNESDAY, "D")), changes.removed());
    assertTrue(changes.added().isEmpty(), "the assistant does not count for a nurse: " + changes.added());
    VacantSlot slot = result.vacancies().orElseThrow().slots().get(0);
    assertEquals(1, result.vacancies().orElseThrow().slots().size());
    assertEquals(WEDNESDAY, slot.date());
    assertEquals("D", slot.shift());
    assertEquals(1, slot.missing());
    assertEquals(Optional.of("nurse"), slot.role());
    assertEquals("at least 1 nurse", slot.lacking());
    assertEquals(Duration.ofMinutes(450), slot.hours());
    assertFalse(slot.weekend());
    assertEquals(List.of(VacantShift.builder().date(WEDNESDAY).shift("D").count(1).role("nurse").build()),
        result.roster().orElseThrow().vacantShifts());
    assertEquals(List.of("minimum-cover"), result.report().orElseThrow().violations().stream()
        .filter(v -> v.severity().isHard()).map(v -> v.ruleId()).toList());
  }

  @Test
  void vacantShiftReport_weekendShift_markedWithItsWeekendHours() {
    Roster roster = Roster.of(ReplacementAdvisorTest.days("F", 5));
    VacantShiftReport report = VacantShiftReport.of(ward(), roster);

    assertEquals(2, report.slots().size());
    assertEquals(report.slots(), report.weekendSlots());
    assertEquals(SATURDAY, report.slots().get(0).date());
    assertEquals(Duration.ofMinutes(900), report.hours());
    assertEquals(Duration.ofMinutes(900), report.weekendHours());
  }

  @Test
  void repair_absenceOfUnknownEmployeeOrOutsideHorizon_throwsNamingIt() {
    RosterRepair repair = new RosterRepair(RuleSets.basic());
    InvalidModelException unknown = assertThrows(InvalidModelException.class,
        () -> repair.repair(ward(), published(), List.of(sick("X", WEDNESDAY, WEDNESDAY)), quick()));
    assertTrue(unknown.getMessage().contains("\"X\""), unknown.getMessage());
    InvalidModelException outside = assertThrows(InvalidModelException.class,
        () -> repair.repair(ward(), published(), List.of(sick("F", MONDAY.plusDays(20), MONDAY.plusDays(21))), quick()));
    assertEquals("absences[0]", outside.path());
  }

  @Test
  void repairOptions_changeWeightAboveATenthOfCover_rejected() {
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> RepairOptions.builder().changeWeight(20_000).build());
    assertEquals("changeWeight", e.path());
  }
}
