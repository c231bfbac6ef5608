package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RosterJsonBadInputTest {

  private static final RosterJson STRICT = RosterJson.strict();

  /** A valid two-week problem with two employees and shifts D and N. */
  private static final String PROBLEM =
      """
      {
        "formatVersion": 1,
        "horizon": {"start": "2027-01-04", "end": "2027-01-17"},
        "roles": [{"id": "nurse", "formalHealthEducation": true},
                  {"id": "health-worker", "formalHealthEducation": true}],
        "employees": [
          {"id": "E1", "name": "Kari", "role": "nurse", "positionPercent": 62.91,
           "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
          {"id": "E2", "name": "Ola", "role": "health-worker", "positionPercent": 80,
           "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5}
        ],
        "shiftTypes": [
          {"code": "D", "start": "07:30", "duration": "PT7H30M", "category": "DAY"},
          {"code": "N", "start": "21:45", "duration": "PT10H", "category": "NIGHT"}
        ],
        "staffingPlan": {"requirements": [{"shift": "D", "days": "WEEKDAY", "minimum": 1}]},
        "absences": [
          {"employee": "E2", "kind": "VACATION", "from": "2027-01-11", "to": "2027-01-13"}
        ],
        "fixedAssignments": [{"employee": "E1", "date": "2027-01-04", "shift": "D"}]
      }
      """;

  private static final Problem VALID = STRICT.readProblem(PROBLEM);

  /** {@code PROBLEM} with one fragment replaced; fails if the fragment is not there exactly once. */
  private static String problemWith(String fragment, String replacement) {
    int at = PROBLEM.indexOf(fragment);
    assertTrue(at >= 0 && PROBLEM.indexOf(fragment, at + 1) < 0, "fragment must occur once: " + fragment);
    return PROBLEM.replace(fragment, replacement);
  }

  private static RosterInputException fails(Executable read) {
    return assertThrows(RosterInputException.class, read);
  }

  private static RosterInputException problemFails(String fragment, String replacement) {
    return fails(() -> STRICT.readProblem(problemWith(fragment, replacement)));
  }

  /** Asserts path and value exactly, and that the message names both. */
  private static void assertReported(RosterInputException e, String path, String value) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(Optional.of(value), e.value(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(value), e.getMessage());
  }

  @Test
  void baseDocument_isValid() {
    assertEquals(2, VALID.employees().size());
  }

  // references

  @Test
  void readRoster_unknownEmployee_pointsAtEmployeeOfThatAssignment() {
    String roster =
        """
        {"assignments": [{"employee": "E1", "date": "2027-01-04", "shift": "D"},
                         {"employee": "E9", "date": "2027-01-04", "shift": "D"}]}
        """;
    RosterInputException e = fails(() -> STRICT.readRoster(roster, VALID));
    assertReported(e, "$.assignments[1].employee", "\"E9\"");
    assertTrue(e.getMessage().contains("known: [E1, E2]"), e.getMessage());
  }

  @Test
  void readRoster_unknownShift_pointsAtShift() {
    String roster = "{\"assignments\": [{\"employee\": \"E1\", \"date\": \"2027-01-04\", \"shift\": \"LD\"}]}";
    assertReported(fails(() -> STRICT.readRoster(roster, VALID)), "$.assignments[0].shift", "\"LD\"");
  }

  @Test
  void readRoster_dateOutsideHorizon_pointsAtDate() {
    String roster = "{\"assignments\": [{\"employee\": \"E1\", \"date\": \"2027-01-18\", \"shift\": \"D\"}]}";
    RosterInputException e = fails(() -> STRICT.readRoster(roster, VALID));
    assertReported(e, "$.assignments[0].date", "\"2027-01-18\"");
    assertTrue(e.getMessage().contains("outside the planning horizon"), e.getMessage());
  }

  @Test
  void readProblem_staffingRowWithUnknownShift_pointsAtShift() {
    assertReported(
        problemFails("{\"shift\": \"D\", \"days\": \"WEEKDAY\"", "{\"shift\": \"A\", \"days\": \"WEEKDAY\""),
        "$.staffingPlan.requirements[0].shift",
        "\"A\"");
  }

  @Test
  void readProblem_fixedAssignmentOutsideHorizon_pointsAtDate() {
    assertReported(
        problemFails("\"date\": \"2027-01-04\"", "\"date\": \"2027-01-03\""),
        "$.fixedAssignments[0].date",
        "\"2027-01-03\"");
  }

  // model checks

  @Test
  void readProblem_duplicateEmployeeIds_pointsAtSecondId() {
    assertReported(problemFails("{\"id\": \"E2\"", "{\"id\": \"E1\""), "$.employees[1].id", "\"E1\"");
  }

  @Test
  void readProblem_negativePosition_pointsAtPosition() {
    RosterInputException e = problemFails("\"positionPercent\": 62.91", "\"positionPercent\": -0.5");
    assertReported(e, "$.employees[0].positionPercent", "-0.5");
    assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
  }

  @Test
  void readProblem_position120_pointsAtPosition() {
    assertReported(
        problemFails("\"positionPercent\": 62.91", "\"positionPercent\": 120"),
        "$.employees[0].positionPercent",
        "120");
  }

  @Test
  void readProblem_secondEmployeeBadPosition_pointsAtSecondEmployee() {
    assertReported(
        problemFails("\"positionPercent\": 80", "\"positionPercent\": 100.01"),
        "$.employees[1].positionPercent",
        "100.01");
  }

  @Test
  void readProblem_shiftLongerThan24Hours_pointsAtDuration() {
    assertReported(
        problemFails("\"duration\": \"PT7H30M\"", "\"duration\": \"PT25H\""),
        "$.shiftTypes[0].duration",
        "\"PT25H\"");
  }

  @Test
  void readProblem_overlappingAbsencesOfSameKind_pointsAtLaterFrom() {
    String absences =
        "{\"employee\": \"E2\", \"kind\": \"VACATION\", \"from\": \"2027-01-11\", \"to\": \"2027-01-13\"},"
            + " {\"employee\": \"E2\", \"kind\": \"VACATION\", \"from\": \"2027-01-13\", \"to\": \"2027-01-15\"}";
    RosterInputException e =
        problemFails(
            "{\"employee\": \"E2\", \"kind\": \"VACATION\", \"from\": \"2027-01-11\", \"to\": \"2027-01-13\"}",
            absences);
    assertReported(e, "$.absences[1].from", "\"2027-01-13\"");
    assertTrue(e.getMessage().contains("absences[0]"), e.getMessage());
  }

  // document shape

  @Test
  void read_malformedJson_reportsRootWithLineAndColumn() {
    RosterInputException e = problemFails("\"name\": \"Kari\",", "\"name\": \"Kari\"");
    assertEquals("$", e.path());
    assertEquals(Optional.empty(), e.value());
    assertTrue(e.getMessage().startsWith("$: malformed JSON at line 7, column "), e.getMessage());
  }

  @Test
  void read_truncatedDocument_reportsRoot() {
    RosterInputException e = fails(() -> STRICT.readProblem("{\"horizon\": {\"start\": \"2027-01-04\""));
    assertEquals("$", e.path());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
  }

  @Test
  void read_emptyDocument_reportsRoot() {
    RosterInputException e = fails(() -> STRICT.readProblem("  "));
    assertEquals("$", e.path());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void strict_unknownField_pointsAtFieldAndListsKnownOnes() {
    RosterInputException e = problemFails("\"name\": \"Kari\",", "\"name\": \"Kari\", \"nmae\": \"K\",");
    assertReported(e, "$.employees[0].nmae", "\"nmae\"");
    assertTrue(e.getMessage().contains("positionPercent"), e.getMessage());
    assertTrue(e.getMessage().contains("ignoringUnknownFields"), e.getMessage());
  }

  @Test
  void ignoringUnknownFields_unknownField_isSkipped() {
    String json = problemWith("\"name\": \"Kari\",", "\"name\": \"Kari\", \"nmae\": \"K\",");
    assertEquals(VALID, RosterJson.ignoringUnknownFields().readProblem(json));
  }

  @Test
  void read_missingRequiredField_pointsAtField() {
    RosterInputException e = problemFails("\"name\": \"Kari\",", "");
    assertEquals("$.employees[0].name", e.path());
    assertEquals(Optional.empty(), e.value());
    assertTrue(e.getMessage().contains("required field \"name\" missing"), e.getMessage());
  }

  @Test
  void read_stringForWholeNumber_pointsAtFieldWithValue() {
    RosterInputException e = problemFails("\"minimum\": 1", "\"minimum\": \"1\"");
    assertReported(e, "$.staffingPlan.requirements[0].minimum", "\"1\"");
    assertTrue(e.getMessage().contains("is not a whole number"), e.getMessage());
  }

  @Test
  void read_impossibleDate_pointsAtDate() {
    RosterInputException e = problemFails("\"start\": \"2027-01-04\"", "\"start\": \"2027-02-30\"");
    assertReported(e, "$.horizon.start", "\"2027-02-30\"");
    assertTrue(e.getMessage().contains("ISO-8601 date"), e.getMessage());
  }

  @Test
  void read_unknownEnumValue_listsAllowedValues() {
    RosterInputException e = problemFails("\"category\": \"NIGHT\"", "\"category\": \"NATT\"");
    assertReported(e, "$.shiftTypes[1].category", "\"NATT\"");
    assertTrue(e.getMessage().contains("[DAY, EVENING, NIGHT, LONG]"), e.getMessage());
  }

  @Test
  void read_formatVersion2_isRejected() {
    RosterInputException e = problemFails("\"formatVersion\": 1", "\"formatVersion\": 2");
    assertReported(e, "$.formatVersion", "2");
    assertTrue(e.getMessage().contains("reads format 1"), e.getMessage());
  }

  @Test
  void read_formatVersionAsString_isRejected() {
    assertReported(
        fails(() -> STRICT.read("{\"formatVersion\": \"1\", \"assignments\": []}", Roster.class)),
        "$.formatVersion",
        "\"1\"");
  }

  @Test
  void read_duplicateKey_pointsAtRepeatedField() {
    RosterInputException e = problemFails("\"name\": \"Kari\",", "\"name\": \"Kari\", \"name\": \"Kari\",");
    assertReported(e, "$.employees[0].name", "\"name\"");
    assertTrue(e.getMessage().contains("duplicate field"), e.getMessage());
    assertTrue(e.getMessage().contains("line 7"), e.getMessage());
  }

  @Test
  void readList_badElement_pointsAtIndex() {
    String json = "[{\"date\": \"2027-01-09\", \"agency\": \"PT8H\"}, {\"date\": \"2027-01-09\", \"ordinary\": \"PT7H\"}]";
    RosterInputException e =
        fails(() -> STRICT.readList(json, org.careroster.core.WorkRecord.class));
    assertEquals("$[1].employee", e.path(), e.getMessage());
  }
}
