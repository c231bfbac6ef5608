package org.careroster.core;

import static org.careroster.core.TestModels.DAY;
import static org.careroster.core.TestModels.MONDAY;
import static org.careroster.core.TestModels.employee;
import static org.careroster.core.TestModels.employeeBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTest {

  private static Problem.Builder base() {
    return base(PlanningHorizon.ofDays(MONDAY, 7));
  }

  private static Problem.Builder base(PlanningHorizon horizon) {
    return Problem.builder()
        .horizon(horizon)
        .addAllRoles(Role.STANDARD)
        .addShiftType(DAY);
  }

  private static StaffingPlan plan(StaffingRequirement... rows) {
    return StaffingPlan.builder().addRequirements(rows).build();
  }

  private static StaffingRequirement row(DayKind days, int minimum) {
    return StaffingRequirement.builder().shift("D").days(days).minimum(minimum).build();
  }

  private static Absence absence(AbsenceKind kind, int fromDay, int toDay) {
    return Absence.builder()
        .employee("E1")
        .kind(kind)
        .from(LocalDate.of(2027, 1, fromDay))
        .to(LocalDate.of(2027, 1, toDay))
        .build();
  }

  // identity and references

  @Test
  void build_duplicateEmployeeIds_failsNamingIndexAndId() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> base().addEmployees(employee("E1", Role.NURSE), employee("E1", Role.NURSE)).build());
    assertEquals("employees[1].id", e.path());
    assertEquals("\"E1\"", e.value());
    assertEquals("Problem: employees[1].id (\"E1\") is a duplicate", e.getMessage());
  }

  @Test
  void build_staffingRowForUnknownShift_failsNamingShift() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                base()
                    .staffingPlan(
                        plan(row(DayKind.EVERY_DAY, 1), StaffingRequirement.builder().shift("N").days(DayKind.EVERY_DAY).minimum(1).build()))
                    .build());
    assertEquals("staffingPlan.requirements[1].shift", e.path());
    assertEquals("\"N\"", e.value());
    assertTrue(e.getMessage().contains("known: [D]"), e.getMessage());
  }

  @Test
  void build_staffingDateOutsideHorizon_failsNamingDate() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> base().staffingPlan(plan(StaffingRequirement.onDate(MONDAY.plusDays(7), "D", 1))).build());
    assertEquals("staffingPlan.requirements[0].date", e.path());
    assertEquals("\"2027-01-11\"", e.value());
  }

  @Test
  void build_employeeWithUndeclaredRole_suggestsStandardRoles() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                Problem.builder()
                    .horizon(PlanningHorizon.ofDays(MONDAY, 7))
                    .addEmployee(employee("E1", Role.NURSE))
                    .build());
    assertEquals("employees[0].role", e.path());
    assertTrue(e.getMessage().contains("Maybe add the standard roles"), e.getMessage());
  }

  @Test
  void build_mentorNotAnEmployee_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> base().addEmployee(employeeBuilder("E1", Role.NURSE).positionPercent(50).mentor("E9").build()).build());
    assertEquals("employees[0].mentor", e.path());
    assertEquals("\"E9\"", e.value());
  }

  @Test
  void build_taskWithoutPermission_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> base().addTask(Task.builder().id("meals").name("Måltid").addShift("D").build()).build());
    assertEquals("tasks[0].id", e.path());
    assertTrue(e.getMessage().contains("Maybe add"), e.getMessage());
  }

  @Test
  void build_fixedAssignmentOutsideHorizon_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                base()
                    .addEmployee(employee("E1", Role.NURSE))
                    .addFixedAssignment(Assignment.of("E1", MONDAY.plusDays(7), "D"))
                    .build());
    assertEquals("fixedAssignments[0].date", e.path());
    assertEquals("\"2027-01-11\"", e.value());
  }

  @Test
  void checkReferences_unknownEmployee_failsNamingIndex() {
    Problem problem = base().addEmployee(employee("E1", Role.NURSE)).build();
    Roster roster =
        Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY, "D"), Assignment.of("E2", MONDAY, "D")));
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> problem.checkReferences(roster));
    assertEquals("assignments[1].employee", e.path());
    assertEquals("\"E2\"", e.value());
    assertEquals(
        "Roster: assignments[1].employee (\"E2\") is not an employee of the problem; known: [E1]",
        e.getMessage());
  }

  @Test
  void checkReferences_dateJustOutsideHorizon_fails() {
    Problem problem = base().addEmployee(employee("E1", Role.NURSE)).build();
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> problem.checkReferences(Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY.minusDays(1), "D")))));
    assertEquals("assignments[0].date", e.path());
    assertEquals("\"2027-01-03\"", e.value());
    // the last day is inside
    problem.checkReferences(Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY.plusDays(6), "D"))));
  }

  @Test
  void checkReferences_vacantShiftWithUnknownRole_fails() {
    Problem problem = base().build();
    Roster roster =
        Roster.builder()
            .addVacantShift(VacantShift.builder().date(MONDAY).shift("D").count(1).role("doctor").build())
            .build();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> problem.checkReferences(roster));
    assertEquals("vacantShifts[0].role", e.path());
  }

  @Test
  void shiftType_unknownCode_failsListingKnownCodes() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> base().build().shiftType("LD"));
    assertEquals("\"LD\"", e.value());
    assertTrue(e.getMessage().contains("known: [D]"), e.getMessage());
  }

  @Test
  void findEmployee_knownAndUnknownIds() {
    Problem problem = base().addEmployee(employee("E1", Role.NURSE)).build();
    assertEquals("E1", problem.findEmployee("E1").orElseThrow().id());
    assertTrue(problem.findEmployee("E2").isEmpty());
  }

  // absences

  @Test
  void build_overlappingAbsencesOfSameKind_failsAtLaterFrom() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                base()
                    .addEmployee(employee("E1", Role.NURSE))
                    .addAbsences(absence(AbsenceKind.VACATION, 4, 6), absence(AbsenceKind.VACATION, 6, 8))
                    .build());
    assertEquals("absences[1].from", e.path());
    assertEquals("\"2027-01-06\"", e.value());
    assertTrue(e.getMessage().contains("overlap absences[0]"), e.getMessage());
  }

  @Test
  void build_overlappingAbsencesOfDifferentKinds_isAllowed() {
    Problem p =
        base()
            .addEmployee(employee("E1", Role.NURSE))
            .addAbsences(absence(AbsenceKind.VACATION, 4, 8), absence(AbsenceKind.COURSE, 6, 6))
            .build();
    assertEquals(2, p.absencesOn("E1", LocalDate.of(2027, 1, 6)).size());
    assertEquals(1, p.absencesOn("E1", LocalDate.of(2027, 1, 7)).size());
  }

  @Test
  void build_adjacentAbsencesOfSameKind_isAllowed() {
    Problem p =
        base()
            .addEmployee(employee("E1", Role.NURSE))
            .addAbsences(absence(AbsenceKind.SICK_LEAVE, 4, 5), absence(AbsenceKind.SICK_LEAVE, 6, 8))
            .build();
    assertEquals(2, p.absences().size());
  }

  @Test
  void build_absenceOfUnknownEmployee_fails() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> base().addAbsence(absence(AbsenceKind.LEAVE, 4, 5)).build());
    assertEquals("absences[0].employee", e.path());
  }

  // public holidays and cover

  @Test
  void publicHolidays_calendarEasterWeek_listsTheHolidays() {
    Problem p = base(PlanningHorizon.ofDays(LocalDate.of(2027, 3, 22), 8)).build();
    assertEquals(
        ImmutableList.of(
            LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 29)),
        p.publicHolidays().keySet().asList());
    assertTrue(p.isPublicHoliday(LocalDate.of(2027, 3, 25)));
    assertFalse(p.isPublicHoliday(LocalDate.of(2027, 3, 27)));
  }

  @Test
  void coverRequirements_calendarHorizonWithHolidays_staffsHolidaysAsWeekend() {
    // Mon 22 March to Mon 29 March 2027: Maundy Thursday, Good Friday, Easter Sunday and Monday.
    Problem p =
        base(PlanningHorizon.ofDays(LocalDate.of(2027, 3, 22), 8))
            .staffingPlan(plan(row(DayKind.WEEKDAY, 4), row(DayKind.WEEKEND, 2)))
            .build();
    assertEquals(List.of(4, 4, 4, 2, 2, 2, 2, 2), minimaByDate(p));
    assertEquals(LocalDate.of(2027, 3, 22), p.coverRequirements().get(0).date());
    assertEquals("at least 4 on D on 2027-03-22", p.coverRequirements().get(0).toString());
  }

  @Test
  void coverRequirements_holidayRowsPresent_useThemOnHolidaysOnly() {
    Problem p =
        base(PlanningHorizon.ofDays(LocalDate.of(2027, 3, 22), 8))
            .staffingPlan(plan(row(DayKind.WEEKDAY, 4), row(DayKind.WEEKEND, 2), row(DayKind.PUBLIC_HOLIDAY, 3)))
            .build();
    assertEquals(List.of(4, 4, 4, 3, 3, 2, 3, 3), minimaByDate(p));
  }

  @Test
  void coverRequirements_cyclicHorizon_hasNoHolidays() {
    // the same Easter week as a one-week base rotation: holidays do not apply
    Problem p =
        base(PlanningHorizon.cyclic(LocalDate.of(2027, 3, 22), 1))
            .staffingPlan(plan(row(DayKind.WEEKDAY, 4), row(DayKind.WEEKEND, 2), row(DayKind.PUBLIC_HOLIDAY, 3)))
            .build();
    assertTrue(p.publicHolidays().isEmpty());
    assertEquals(List.of(4, 4, 4, 4, 4, 2, 2), minimaByDate(p));
  }

  @Test
  void coverRequirements_countsOnlyMatchingEmployees() {
    StaffingRequirement nurse =
        StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).addRole("nurse").minimum(1).build();
    StaffingRequirement educated =
        StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).formalHealthEducation(true).minimum(2).build();
    Problem p = base().staffingPlan(plan(nurse, educated)).build();
    assertTrue(p.counts(nurse, employee("E1", Role.NURSE), MONDAY));
    assertFalse(p.counts(nurse, employee("E2", Role.HEALTH_WORKER), MONDAY));
    assertTrue(p.counts(educated, employee("E2", Role.HEALTH_WORKER), MONDAY));
    assertFalse(p.counts(educated, employee("E3", Role.ASSISTANT), MONDAY));
    assertEquals(14, p.coverRequirements().size());
  }

  @Test
  void withTaskSharing_oneLineTornChange_keepsTheRestOfTheProblem() {
    Problem p =
        base()
            .addCompetence(Competence.MEDICATION_DELEGATION)
            .addTask(Task.builder().id("medication-round").name("Medisinrunde").addShift("D").build())
            .taskSharing(TaskSharingPolicy.empty().allowRole("medication-round", "nurse"))
            .build();
    Problem torn =
        p.withTaskSharing(p.taskSharing().allowCompetence("medication-round", "medication-delegation"));
    assertEquals(
        ImmutableList.of("medication-delegation"),
        torn.taskSharing().permission("medication-round").orElseThrow().competences().asList());
    assertTrue(p.taskSharing().permission("medication-round").orElseThrow().competences().isEmpty());
    assertEquals(p.tasks(), torn.tasks());
  }

  @Test
  void withTaskSharing_permissionForUndeclaredCompetence_fails() {
    Problem p =
        base()
            .addTask(Task.builder().id("medication-round").name("Medisinrunde").addShift("D").build())
            .taskSharing(TaskSharingPolicy.empty().allowRole("medication-round", "nurse"))
            .build();
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> p.withTaskSharing(p.taskSharing().allowCompetence("medication-round", "medication-delegation")));
    assertEquals("taskSharing.permissions[0].competences", e.path());
  }

  private static List<Integer> minimaByDate(Problem p) {
    return p.coverRequirements().stream().map(CoverRequirement::minimum).collect(Collectors.toList());
  }
}
