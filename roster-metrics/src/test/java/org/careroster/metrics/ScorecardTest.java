package org.careroster.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.careroster.core.json.RosterInputException;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /** Two one-week periods; E1 nurse 100, E2 assistant 50 (+ E3 temp 50 only in the second). */
  private static final String RECORDS =
      """
      {"unit": "ward-2", "name": "Avdeling 2",
       "roles": [{"id": "nurse", "formalHealthEducation": true}, {"id": "assistant", "formalHealthEducation": false}],
       "periods": [
        {"label": "W45", "from": "2024-11-04", "to": "2024-11-10", "referenceDate": "2024-11-10",
         "employees": [
           {"id": "E1", "name": "A", "role": "nurse", "positionPercent": 100, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
           {"id": "E2", "name": "B", "role": "assistant", "positionPercent": 50, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5}],
         "workRecords": [{"employee": "E2", "date": "2024-11-05", "ordinary": "PT7H30M", "extra": "PT2H"}],
         "absences": [{"employee": "E1", "kind": "SICK_LEAVE", "from": "2024-11-04", "to": "2024-11-05"}]},
        {"label": "W46", "from": "2024-11-11", "to": "2024-11-17", "referenceDate": "2024-11-17",
         "employees": [
           {"id": "E1", "name": "A", "role": "nurse", "positionPercent": 100, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
           {"id": "E2", "name": "B", "role": "assistant", "positionPercent": 50, "contractType": "PERMANENT", "fullTimeWeeklyHours": 35.5},
           {"id": "E3", "name": "C", "role": "nurse", "positionPercent": 50, "contractType": "TEMPORARY", "fullTimeWeeklyHours": 35.5}],
         "workRecords": [{"employee": "E1", "date": "2024-11-12", "ordinary": "PT7H30M", "overtime": "PT3H"}]}
       ]}
      """;

  @Test
  void of_twoPeriods_computesEveryRowAndChange() {
    Scorecard card = Scorecard.of(UnitRecords.read(RECORDS));
    // W45: P = {E1, E2}: full time 1 of 2 = 50 %; average (100 + 50) / 2 = 75 %;
    // sick 2 days × 1.0 / (5 × 1.0 + 5 × 0.5) = 26.67 %; extra 2 h; FTE education 100 / 150 = 66.7 %
    assertEquals(Optional.of(new BigDecimal("2")), card.row(Kpi.STAFF).rounded(0));
    assertEquals(Optional.of(new BigDecimal("50.0")), card.row(Kpi.FULL_TIME_SHARE).rounded(0));
    assertEquals(Optional.of(new BigDecimal("75.0")), card.row(Kpi.AVERAGE_POSITION_SIZE).rounded(0));
    assertEquals(Optional.of(new BigDecimal("26.7")), card.row(Kpi.SICK_LEAVE).rounded(0));
    assertEquals(Optional.of(new BigDecimal("2")), card.row(Kpi.EXTRA_AND_OVERTIME_HOURS).rounded(0));
    assertEquals(Optional.of(new BigDecimal("66.7")), card.row(Kpi.FORMAL_EDUCATION_SHARE).rounded(0));
    // W46: the temp is not in P (head counts), but KOSTRA's FTE share counts her: 150 / 200 = 75 %
    assertEquals(Optional.of(new BigDecimal("2")), card.row(Kpi.STAFF).rounded(1));
    assertEquals(Optional.of(new BigDecimal("75.0")), card.row(Kpi.FORMAL_EDUCATION_SHARE).rounded(1));
    assertEquals(Optional.of(new BigDecimal("8.3")), card.row(Kpi.FORMAL_EDUCATION_SHARE).change(1));
    assertEquals(Optional.of(new BigDecimal("3")), card.row(Kpi.OVERTIME_HOURS).rounded(1));
    assertEquals(Optional.of(new BigDecimal("0.0")), card.row(Kpi.SICK_LEAVE).rounded(1));
    // law overtime: E1 works 10.5 h on one day → 1.5 h beyond 9 h
    assertEquals(Optional.of(new BigDecimal("2")), card.row(Kpi.LAW_OVERTIME_HOURS).rounded(1));
    assertEquals(0, new BigDecimal("1.5").compareTo(card.row(Kpi.LAW_OVERTIME_HOURS).values().get(1).orElseThrow()));
    // no rotation: the rotation rows are empty, and so is their change
    assertTrue(card.row(Kpi.WEEKEND_HOURS_COVERAGE).values().get(1).isEmpty());
    assertTrue(card.row(Kpi.VACANT_SHIFT_HOURS).change(1).isEmpty());
    assertTrue(card.row(Kpi.STAFF).change(0).isEmpty());
  }

  @Test
  void of_headCountEducationAndCappedOptions_changeTheRows() {
    ScorecardOptions options =
        ScorecardOptions.builder()
            .formalEducation(FormalEducationShare.Basis.HEAD_COUNT)
            .excludedContractTypes(com.google.common.collect.ImmutableSet.of())
            .build();
    Scorecard card = Scorecard.of(UnitRecords.read(RECORDS), options);
    // W46 with temps: 3 persons, E1 and E3 educated → 66.7 %
    assertEquals(Optional.of(new BigDecimal("3")), card.row(Kpi.STAFF).rounded(1));
    assertEquals(Optional.of(new BigDecimal("66.7")), card.row(Kpi.FORMAL_EDUCATION_SHARE).rounded(1));
    assertTrue(card.notes().contains("Formal health education: share of persons in the population."));
  }

  @Test
  void read_unknownRole_failsWithPath() {
    RosterInputException e =
        assertThrows(RosterInputException.class, () -> UnitRecords.read(RECORDS.replaceFirst("\"role\": \"assistant\"", "\"role\": \"doctor\"")));
    assertEquals("$.periods[0].employees[1].role", e.path());
    assertEquals(
        "\"doctor\" is not a role of the records; known: [nurse, assistant]. Maybe add it to roles (UnitRecords ward-2)",
        e.problem());
  }

  @Test
  void read_recordOutsideThePeriod_failsWithPath() {
    RosterInputException e =
        assertThrows(RosterInputException.class, () -> UnitRecords.read(RECORDS.replace("2024-11-12", "2024-11-19")));
    assertEquals("$.periods[1].workRecords[0].date", e.path());
    assertTrue(e.problem().startsWith("\"2024-11-19\" must lie in the period 2024-11-11 – 2024-11-17"), e.problem());
  }

  @Test
  void read_periodsOutOfOrder_fails() {
    String swapped = RECORDS.replace("\"from\": \"2024-11-11\"", "\"from\": \"2024-11-01\"").replace("\"2024-11-12\"", "\"2024-11-02\"");
    RosterInputException e = assertThrows(RosterInputException.class, () -> UnitRecords.read(swapped));
    assertEquals("$.periods[1].from", e.path());
  }

  @Test
  void parse_unknownFormat_failsNamingChoices() {
    assertEquals(ScorecardFormat.MARKDOWN, ScorecardFormat.parse("Markdown"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScorecardFormat.parse("pdf"));
    assertEquals("ScorecardFormat: format (\"pdf\") must be one of text, markdown, csv, json", e.getMessage());
  }
}
