package org.careroster.core.json;

import static org.careroster.core.TestModels.DAY;
import static org.careroster.core.TestModels.EVENING;
import static org.careroster.core.TestModels.LONG_DAY;
import static org.careroster.core.TestModels.MONDAY;
import static org.careroster.core.TestModels.NIGHT;
import static org.careroster.core.TestModels.employee;
import static org.careroster.core.TestModels.employeeBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Competence;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Qualification;
import org.careroster.core.Request;
import org.careroster.core.RequestKind;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.Task;
import org.careroster.core.TaskPermission;
import org.careroster.core.TaskSharingPolicy;
import org.careroster.core.Unit;
import org.careroster.core.UnitKind;
import org.careroster.core.VacantShift;
import org.careroster.core.WeekendWindow;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterJsonRoundTripTest {

  private static final RosterJson JSON = RosterJson.strict();
  private static final ObjectMapper PLAIN =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static final Unit SERVICE =
      Unit.builder().id("solbakken").name("Solbakken sjukeheim").kind(UnitKind.SERVICE).build();
  static final Unit WARD_2 =
      Unit.builder().id("ward-2").name("Avdeling 2").kind(UnitKind.WARD).parent("solbakken").build();
  static final Unit WARD_3 =
      Unit.builder().id("ward-3").name("Avdeling 3").kind(UnitKind.WARD).parent("solbakken").build();
  static final Role WARD_HOST =
      RoleWithName.role("ward-host", false, "avdelingsvert");
  static final Competence SHIFT_LEAD = Competence.of("shift-lead");

  /** An employee with every optional field set. */
  static final Employee KARI =
      employeeBuilder("E1", Role.NURSE)
          .positionPercent(62.91)
          .addCompetence(Qualification.of("medication-delegation").withExpires(LocalDate.of(2027, 6, 30)))
          .addCompetence(Qualification.of("shift-lead"))
          .homeUnit("ward-2")
          .addOtherUnit("ward-3")
          .weekendFrequency(3)
          .acceptsLongShifts(true)
          .worksNights(false)
          .employmentStart(LocalDate.of(2020, 8, 1))
          .employmentEnd(LocalDate.of(2030, 7, 31))
          .mentor("E2")
          .build();

  static final ShiftType DAY_WITH_BREAK =
      ShiftType.builder()
          .code("D2")
          .start(LocalTime.of(8, 0))
          .duration(Duration.ofMinutes(450))
          .paidBreak(Duration.ofMinutes(30))
          .category(ShiftCategory.DAY)
          .build();

  static final StaffingRequirement FULL_ROW =
      StaffingRequirement.builder()
          .shift("D")
          .days(DayKind.WEEKDAY)
          .addRoles("nurse", "health-worker")
          .addCompetence("medication-delegation")
          .formalHealthEducation(true)
          .minimum(1)
          .preferred(2)
          .maximum(3)
          .label("one nurse responsible")
          .build();

  static final StaffingPlan PLAN =
      StaffingPlan.builder()
          .addRequirement(FULL_ROW)
          .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKEND).minimum(2).build())
          .addRequirement(StaffingRequirement.builder().shift("A").days(DayKind.EVERY_DAY).minimum(2).build())
          .addRequirement(StaffingRequirement.builder().shift("N").days(DayKind.PUBLIC_HOLIDAY).minimum(1).build())
          .addRequirement(StaffingRequirement.onDate(MONDAY.plusDays(2), "D", 5))
          .build();

  static final Task ROUND =
      Task.builder().id("medication-round").name("Medisinrunde").addShifts("D", "A").build();
  static final TaskPermission ROUND_PERMISSION =
      TaskPermission.builder()
          .task("medication-round")
          .addRole("nurse")
          .addCompetence("medication-delegation")
          .build();
  static final TaskSharingPolicy POLICY =
      TaskSharingPolicy.builder()
          .addPermission(ROUND_PERMISSION)
          .addPermission(TaskPermission.builder().task("meals").addRoles("ward-host", "assistant").build())
          .build();

  static final Absence GRADED_SICK_LEAVE =
      Absence.builder()
          .employee("E2")
          .kind(AbsenceKind.SICK_LEAVE)
          .from(MONDAY.plusDays(1))
          .to(MONDAY.plusDays(3))
          .degreePercent(50)
          .build();

  static final Request REQUEST =
      Request.builder().employee("E1").date(MONDAY.plusDays(5)).kind(RequestKind.OFF).shift("D").weight(5).build();

  static final Assignment IN_UNIT_OVERTIME =
      Assignment.of("E2", MONDAY, "N").withUnit("ward-3").withOvertime(true);

  static final VacantShift VACANT =
      VacantShift.builder().date(MONDAY.plusDays(5)).shift("D").count(2).role("nurse").unit("ward-2").build();

  static final Roster ROSTER =
      Roster.builder()
          .id("ward-2/2027-w01/v2")
          .previous("ward-2/2027-w01/v1")
          .addAssignment(Assignment.of("E1", MONDAY, "D"))
          .addAssignment(IN_UNIT_OVERTIME)
          .addAssignment(Assignment.of("E1", MONDAY.plusDays(1), "A").withUnit("ward-2"))
          .addVacantShift(VACANT)
          .build();

  static final Problem PROBLEM =
      Problem.builder()
          .horizon(PlanningHorizon.ofDays(MONDAY, 14))
          .addUnits(SERVICE, WARD_2, WARD_3)
          .addAllRoles(Role.STANDARD)
          .addRole(WARD_HOST)
          .addCompetences(Competence.MEDICATION_DELEGATION, SHIFT_LEAD)
          .addEmployees(
              KARI,
              employeeBuilder("E2", Role.HEALTH_WORKER).positionPercent(75).homeUnit("ward-3").build(),
              Employee.builder()
                  .id("E3")
                  .name("Ola")
                  .role(WARD_HOST)
                  .positionPercent(0)
                  .fullTimeWeeklyHours(37.5)
                  .contractType(ContractType.HOURLY_SUBSTITUTE)
                  .build())
          .addShiftTypes(DAY, EVENING, NIGHT, LONG_DAY, DAY_WITH_BREAK)
          .staffingPlan(PLAN)
          .addTasks(ROUND, Task.builder().id("meals").name("Måltid").addShift("D").build())
          .taskSharing(POLICY)
          .addAbsence(GRADED_SICK_LEAVE)
          .addRequest(REQUEST)
          .addFixedAssignment(IN_UNIT_OVERTIME)
          .build();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = JSON.write(value);
    assertEquals(value, JSON.read(json, type), json);
  }

  // every model type

  @Test
  void roundTrip_roles() {
    assertRoundTrip(Role.NURSE, Role.class);
    assertRoundTrip(WARD_HOST, Role.class);
  }

  @Test
  void roundTrip_competenceAndQualifications() {
    assertRoundTrip(SHIFT_LEAD, Competence.class);
    assertRoundTrip(Qualification.of("shift-lead"), Qualification.class);
    assertRoundTrip(
        Qualification.of("medication-delegation").withExpires(LocalDate.of(2027, 6, 30)), Qualification.class);
  }

  @Test
  void roundTrip_units() {
    assertRoundTrip(SERVICE, Unit.class);
    assertRoundTrip(WARD_2, Unit.class);
  }

  @Test
  void roundTrip_employeeWithAllOptionalFields() {
    assertRoundTrip(KARI, Employee.class);
    assertRoundTrip(employee("E9", Role.ASSISTANT), Employee.class);
  }

  @Test
  void roundTrip_shiftTypes() {
    for (ShiftType s : ImmutableList.of(DAY, EVENING, NIGHT, LONG_DAY, DAY_WITH_BREAK)) {
      assertRoundTrip(s, ShiftType.class);
    }
  }

  @Test
  void roundTrip_weekendWindows() {
    assertRoundTrip(WeekendWindow.SATURDAY_SUNDAY, WeekendWindow.class);
    assertRoundTrip(WeekendWindow.SUNDAY_WORK, WeekendWindow.class);
    assertRoundTrip(
        WeekendWindow.of(DayOfWeek.FRIDAY, LocalTime.of(15, 0), DayOfWeek.SUNDAY, LocalTime.of(22, 0)),
        WeekendWindow.class);
  }

  @Test
  void roundTrip_horizons() {
    assertRoundTrip(PlanningHorizon.ofDays(MONDAY, 14), PlanningHorizon.class);
    PlanningHorizon cyclic = PlanningHorizon.cyclic(MONDAY, 6);
    assertRoundTrip(cyclic, PlanningHorizon.class);
    assertTrue(JSON.read(JSON.write(cyclic), PlanningHorizon.class).isCyclic());
  }

  @Test
  void roundTrip_staffingRequirementsAndPlan() {
    assertRoundTrip(FULL_ROW, StaffingRequirement.class);
    assertRoundTrip(StaffingRequirement.onDate(MONDAY, "D", 5), StaffingRequirement.class);
    assertRoundTrip(PLAN, StaffingPlan.class);
    assertRoundTrip(StaffingPlan.empty(), StaffingPlan.class);
  }

  @Test
  void roundTrip_tasksPermissionsAndPolicy() {
    assertRoundTrip(ROUND, Task.class);
    assertRoundTrip(ROUND_PERMISSION, TaskPermission.class);
    assertRoundTrip(POLICY, TaskSharingPolicy.class);
    assertRoundTrip(TaskSharingPolicy.empty(), TaskSharingPolicy.class);
  }

  @Test
  void roundTrip_absenceWithDegree50() {
    assertRoundTrip(GRADED_SICK_LEAVE, Absence.class);
    Absence back = JSON.read(JSON.write(GRADED_SICK_LEAVE), Absence.class);
    assertEquals(0, new BigDecimal("50").compareTo(back.degreePercent()));
    assertFalse(back.isFull());
  }

  @Test
  void roundTrip_request() {
    assertRoundTrip(REQUEST, Request.class);
    assertRoundTrip(
        Request.builder().employee("E2").date(MONDAY).kind(RequestKind.WORK).weight(1).build(), Request.class);
  }

  @Test
  void roundTrip_assignmentWithUnitAndOvertime() {
    assertRoundTrip(IN_UNIT_OVERTIME, Assignment.class);
    assertRoundTrip(Assignment.of("E1", MONDAY, "D"), Assignment.class);
  }

  @Test
  void roundTrip_vacantShift() {
    assertRoundTrip(VACANT, VacantShift.class);
  }

  @Test
  void roundTrip_rosterWithIdPreviousAndVacantShifts() {
    assertRoundTrip(ROSTER, Roster.class);
    assertEquals(ROSTER, JSON.readRoster(JSON.write(ROSTER), PROBLEM));
  }

  @Test
  void roundTrip_workRecordsIncludingAgency() {
    WorkRecord employeeRecord =
        WorkRecord.builder()
            .employee("E2")
            .date(MONDAY)
            .unit("ward-3")
            .ordinary(Duration.ofMinutes(450))
            .extra(Duration.ofHours(2))
            .overtime(Duration.ofMinutes(30))
            .absence(Duration.ofHours(1))
            .build();
    WorkRecord agency = WorkRecord.builder().date(MONDAY).unit("ward-2").agency(Duration.ofHours(8)).build();
    assertRoundTrip(employeeRecord, WorkRecord.class);
    assertRoundTrip(agency, WorkRecord.class);
    String json = JSON.write(ImmutableList.of(employeeRecord, agency));
    assertEquals(ImmutableList.of(employeeRecord, agency), JSON.readList(json, WorkRecord.class));
  }

  @Test
  void roundTrip_fullProblem() {
    String json = JSON.write(PROBLEM);
    Problem back = JSON.readProblem(json);
    assertEquals(PROBLEM, back);
    assertEquals(PROBLEM.coverRequirements(), back.coverRequirements());
  }

  @Test
  void writeToFile_thenReadProblem_roundTrips(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("problem.json");
    JSON.write(file, PROBLEM);
    assertEquals(PROBLEM, JSON.readProblem(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count()); // no temporary file left behind
    }
  }

  // the documented shape

  @Test
  void write_roster_hasDocumentedShape() throws IOException {
    JsonNode root = PLAIN.readTree(JSON.write(ROSTER));
    assertEquals(1, root.get("formatVersion").intValue());
    assertTrue(root.get("formatVersion").isInt());
    JsonNode first = root.get("assignments").get(0);
    assertTrue(first.get("employee").isTextual());
    assertEquals("E1", first.get("employee").textValue());
    assertTrue(first.get("date").isTextual());
    assertEquals("2027-01-04", first.get("date").textValue());
    assertTrue(first.get("shift").isTextual());
    assertEquals("D", first.get("shift").textValue());
    JsonNode second = root.get("assignments").get(1);
    assertEquals("ward-3", second.get("unit").textValue());
    assertTrue(second.get("overtime").booleanValue());
    assertEquals("ward-2/2027-w01/v2", root.get("id").textValue());
    assertEquals("ward-2/2027-w01/v1", root.get("previous").textValue());
    assertEquals(2, root.get("vacantShifts").get(0).get("count").intValue());
  }

  @Test
  void write_shiftType_usesIsoDurationAndHourMinuteTime() throws IOException {
    JsonNode day = PLAIN.readTree(JSON.write(DAY));
    assertEquals("PT7H30M", day.get("duration").textValue());
    assertEquals("07:30", day.get("start").textValue());
    assertEquals("DAY", day.get("category").textValue());
    JsonNode longDay = PLAIN.readTree(JSON.write(LONG_DAY));
    assertEquals("PT12H30M", longDay.get("duration").textValue());
    assertEquals("08:00", longDay.get("start").textValue());
    JsonNode window = PLAIN.readTree(JSON.write(WeekendWindow.SUNDAY_WORK));
    assertEquals("18:00", window.get("startTime").textValue());
    assertEquals("SATURDAY", window.get("startDay").textValue());
  }

  @Test
  void write_derivedValues_areNotWritten() throws IOException {
    JsonNode night = PLAIN.readTree(JSON.write(NIGHT));
    assertFalse(night.has("long"));
    assertFalse(night.has("isLong"));
    JsonNode problem = PLAIN.readTree(JSON.write(PROBLEM));
    assertFalse(problem.has("coverRequirements"));
    assertFalse(problem.has("publicHolidays"));
  }

  @Test
  void write_position6291_staysExactly6291() throws IOException {
    String json = JSON.write(KARI);
    assertTrue(json.contains("\"positionPercent\": 62.91"), json);
    JsonNode node = PLAIN.readTree(json).get("positionPercent");
    assertEquals(new BigDecimal("62.91"), node.decimalValue());
    assertEquals(new BigDecimal("62.91"), JSON.read(json, Employee.class).positionPercent());
  }

  @Test
  void roundTrip_positionWithTrailingZero_keepsScale() {
    Employee e = employeeBuilder("E5", Role.NURSE).positionPercent(new BigDecimal("62.90")).build();
    assertEquals(new BigDecimal("62.90"), JSON.read(JSON.write(e), Employee.class).positionPercent());
  }

  // reading

  @Test
  void read_minimalRosterWithoutFormatVersion_reads() {
    Roster roster = JSON.read("{\"assignments\":[{\"employee\":\"E1\",\"date\":\"2027-01-04\",\"shift\":\"D\"}]}", Roster.class);
    assertEquals(Roster.of(ImmutableList.of(Assignment.of("E1", MONDAY, "D"))), roster);
    assertFalse(roster.assignments().get(0).overtime());
  }

  @Test
  void readRoster_minimalRoster_checksAgainstProblem() {
    Roster roster =
        JSON.readRoster("{\"assignments\":[{\"employee\":\"E1\",\"date\":\"2027-01-04\",\"shift\":\"D\"}]}", PROBLEM);
    assertEquals(1, roster.assignments().size());
  }

  @Test
  void read_shiftTypeWithSecondsInTime_reads() {
    ShiftType s =
        JSON.read("{\"code\":\"D\",\"start\":\"07:30:00\",\"duration\":\"PT7H30M\",\"category\":\"DAY\"}", ShiftType.class);
    assertEquals(DAY, s);
  }

  @Test
  void readList_workRecordsFromLiteral_reads() {
    ImmutableList<WorkRecord> records =
        JSON.readList(
            "[{\"employee\":\"E4\",\"date\":\"2027-01-09\",\"ordinary\":\"PT7H30M\",\"extra\":\"PT2H\"},"
                + " {\"date\":\"2027-01-09\",\"agency\":\"PT8H\"}]",
            WorkRecord.class);
    assertEquals(2, records.size());
    assertEquals(Duration.ofMinutes(570), records.get(0).worked());
    assertTrue(records.get(1).employee().isEmpty());
    assertEquals(Duration.ofHours(8), records.get(1).agency());
  }

  /** Builds a role with a display name (Role has no public builder). */
  private static final class RoleWithName {
    static Role role(String id, boolean education, String name) {
      return RosterJson.strict()
          .read(
              "{\"id\":\"" + id + "\",\"formalHealthEducation\":" + education + ",\"name\":\"" + name + "\"}",
              Role.class);
    }
  }
}
