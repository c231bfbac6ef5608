package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents a hostile or careless client sends: a bare {@code null}, extreme exponents, numbers
 * where ISO-8601 strings belong, files in another encoding. Each is a {@link RosterInputException}
 * naming where and what, never another exception.
 */
class RosterJsonHostileInputTest {

  private static final RosterJson STRICT = RosterJson.strict();

  private static final String PROBLEM =
      """
      {
        "horizon": {"start": "2027-01-04", "end": "2027-01-17"},
        "roles": [{"id": "nurse", "formalHealthEducation": true}],
        "employees": [
          {"id": "E1", "name": "Kari Ås", "role": "nurse", "positionPercent": 62.91,
           "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5}
        ],
        "shiftTypes": [{"code": "D", "start": "07:30", "duration": "PT7H30M", "category": "DAY"}]
      }
      """;

  private static String problemWith(String fragment, String replacement) {
    assertTrue(PROBLEM.contains(fragment), fragment);
    return PROBLEM.replace(fragment, replacement);
  }

  private static RosterInputException problemFails(String fragment, String replacement) {
    return assertThrows(RosterInputException.class, () -> STRICT.readProblem(problemWith(fragment, replacement)));
  }

  // 1. a document that is only null

  @Test
  void readProblem_nullDocument_isRejectedAtTheRoot() {
    RosterInputException e = assertThrows(RosterInputException.class, () -> STRICT.readProblem("null"));
    assertEquals("$", e.path());
    assertEquals(Optional.of("null"), e.value());
    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  @Test
  void readRosterAndLists_nullDocument_areRejectedAtTheRoot() {
    Problem problem = STRICT.readProblem(PROBLEM);
    for (Runnable read : new Runnable[] {
        () -> STRICT.readRoster(" null ", problem),
        () -> STRICT.readList("null", WorkRecord.class),
        () -> STRICT.read("null", Employee.class)}) {
      RosterInputException e = assertThrows(RosterInputException.class, read::run);
      assertEquals("$", e.path(), e.getMessage());
      assertTrue(e.getMessage().startsWith("$: null is not "), e.getMessage());
    }
  }

  // 2. extreme exponents in decimal fields

  @ParameterizedTest
  @ValueSource(strings = {"1e-1000000000", "1e1000000000", "1E+400", "0.0000000000000000000000001e-2000"})
  void readProblem_extremeExponentInPositionPercent_isRejectedNamingTheField(String number) {
    RosterInputException e = problemFails("\"positionPercent\": 62.91", "\"positionPercent\": " + number);
    assertEquals("$.employees[0].positionPercent", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void readProblem_extremeExponentInWeeklyHours_isRejectedNamingTheField() {
    RosterInputException e = problemFails("\"fullTimeWeeklyHours\": 35.5", "\"fullTimeWeeklyHours\": 35.5e-999999");
    assertEquals("$.employees[0].fullTimeWeeklyHours", e.path(), e.getMessage());
  }

  @Test
  void readProblem_plainDecimals_stillRead() {
    Problem problem = STRICT.readProblem(problemWith("62.91", "6.291e1"));
    assertEquals(0, problem.employees().get(0).positionPercent().compareTo(new java.math.BigDecimal("62.91")));
  }

  // 3. numbers where durations are strings, date-times where dates are dates

  @ParameterizedTest
  @ValueSource(strings = {"7.5", "27000", "true"})
  void readProblem_durationAsNonString_isRejected(String value) {
    RosterInputException e = problemFails("\"PT7H30M\"", value);
    assertEquals("$.shiftTypes[0].duration", e.path(), e.getMessage());
    assertEquals(Optional.of(value), e.value(), e.getMessage());
    assertTrue(e.getMessage().contains("ISO-8601 duration"), e.getMessage());
  }

  @Test
  void readProblem_dateTimeWhereADateBelongs_isRejected() {
    RosterInputException e = problemFails("\"2027-01-04\"", "\"2027-01-04T00:00\"");
    assertEquals("$.horizon.start", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("ISO-8601 date"), e.getMessage());
  }

  @Test
  void readProblem_numberWhereADateBelongs_isRejected() {
    RosterInputException e = problemFails("\"2027-01-04\"", "20270104");
    assertEquals("$.horizon.start", e.path(), e.getMessage());
  }

  @Test
  void readProblem_timeAsNumber_isRejected() {
    RosterInputException e = problemFails("\"07:30\"", "730");
    assertEquals("$.shiftTypes[0].start", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("ISO-8601 time"), e.getMessage());
  }

  @Test
  void readProblem_isoStrings_stillRead() {
    Problem problem = STRICT.readProblem(PROBLEM);
    assertEquals(Duration.ofMinutes(450), problem.shiftTypes().get(0).duration());
  }

  // 5. files in another encoding; a UTF-8 byte-order mark

  @Test
  void readProblemFile_latin1_isRejectedNamingTheFileAndTheByte(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("problem.json");
    Files.write(file, PROBLEM.getBytes(StandardCharsets.ISO_8859_1));
    RosterInputException e = assertThrows(RosterInputException.class, () -> STRICT.readProblem(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    assertFalse(e.getMessage().contains("MalformedInputException"), e.getMessage());
  }

  @Test
  void readProblemFile_utf16_isRejectedNamingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("problem.json");
    Files.write(file, PROBLEM.getBytes(StandardCharsets.UTF_16));
    RosterInputException e = assertThrows(RosterInputException.class, () -> STRICT.readProblem(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void readProblemFile_utf8WithByteOrderMark_isRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("problem.json");
    Files.write(file, ("\uFEFF" + PROBLEM).getBytes(StandardCharsets.UTF_8));
    assertEquals("Kari Ås", STRICT.readProblem(file).employees().get(0).name());
  }

  @Test
  void readProblemString_byteOrderMark_isRead() {
    assertEquals(1, STRICT.readProblem("\uFEFF" + PROBLEM).employees().size());
  }

  // 6. null for optional fields and fields with defaults reads as absent

  @Test
  void readProblem_nullForFieldsWithDefaults_takesTheDefaults() {
    Problem problem = STRICT.readProblem(problemWith("\"fullTimeWeeklyHours\": 35.5",
        "\"fullTimeWeeklyHours\": 35.5, \"worksNights\": null, \"acceptsLongShifts\": null, \"homeUnit\": null, \"competences\": null"));
    Employee e = problem.employees().get(0);
    assertTrue(e.worksNights());
    assertFalse(e.acceptsLongShifts());
    assertTrue(e.homeUnit().isEmpty());
    assertTrue(e.competences().isEmpty());
  }

  @Test
  void readProblem_nullForARequiredField_isReportedMissing() {
    RosterInputException e = problemFails("\"name\": \"Kari Ås\"", "\"name\": null");
    assertEquals("$.employees[0].name", e.path(), e.getMessage());
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }
}
