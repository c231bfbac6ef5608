package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkRecordTest {

  private static final LocalDate DAY = LocalDate.of(2027, 1, 9);

  @Test
  void worked_sumsOrdinaryExtraAndOvertime() {
    WorkRecord r =
        WorkRecord.builder()
            .employee("E4")
            .date(DAY)
            .ordinary(Duration.ofMinutes(450))
            .extra(Duration.ofHours(2))
            .overtime(Duration.ofMinutes(30))
            .build();
    assertEquals(Duration.ofHours(10), r.worked());
  }

  @Test
  void build_agencyRecordWithoutEmployee_isAllowed() {
    WorkRecord r = WorkRecord.builder().date(DAY).agency(Duration.ofHours(8)).build();
    assertEquals(Duration.ofHours(8), r.agency());
    assertEquals(Duration.ZERO, r.worked());
  }

  @Test
  void build_agencyHoursWithEmployee_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WorkRecord.builder().employee("E4").date(DAY).agency(Duration.ofHours(2)).build());
    assertEquals("agency", e.path());
    assertEquals("\"PT2H\"", e.value());
  }

  @Test
  void build_employeeHoursWithoutEmployee_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WorkRecord.builder().date(DAY).ordinary(Duration.ofHours(7)).build());
    assertEquals("employee", e.path());
    assertEquals("null", e.value());
  }

  @Test
  void build_twentyFiveHours_isTheLimit() {
    assertEquals(
        Duration.ofHours(25),
        WorkRecord.builder().employee("E4").date(DAY).ordinary(Duration.ofHours(25)).build().ordinary());
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WorkRecord.builder().employee("E4").date(DAY).overtime(Duration.ofHours(25).plusMinutes(1)).build());
    assertEquals("overtime", e.path());
  }

  @Test
  void build_negativeAbsence_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WorkRecord.builder().employee("E4").date(DAY).absence(Duration.ofHours(-1)).build());
    assertEquals("absence", e.path());
    assertEquals("\"PT-1H\"", e.value());
  }
}
