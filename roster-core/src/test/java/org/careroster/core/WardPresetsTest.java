package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WardPresetsTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  @Test
  void shifts_areTheTypicalWardShiftsOfTheDomainReference() {
    assertShift(WardPresets.DAY, "D", LocalTime.of(7, 30), "15:00", ShiftCategory.DAY);
    assertShift(WardPresets.EVENING, "A", LocalTime.of(14, 30), "22:00", ShiftCategory.EVENING);
    assertShift(WardPresets.NIGHT, "N", LocalTime.of(21, 45), "07:45", ShiftCategory.NIGHT);
    assertShift(WardPresets.WEEKEND_LONG_DAY, "LD", LocalTime.of(8, 0), "20:30", ShiftCategory.LONG);
    assertEquals(List.of("D", "A", "N"), WardPresets.THREE_SHIFTS.stream().map(ShiftType::code).toList());
  }

  @Test
  void shifts_nightAndLongShiftMeasures() {
    assertEquals(Duration.ofMinutes(8 * 60 + 15), WardPresets.NIGHT.nightDuration(MONDAY));
    assertEquals(Duration.ofHours(1), WardPresets.EVENING.nightDuration(MONDAY));
    assertTrue(WardPresets.WEEKEND_LONG_DAY.isLong());
    assertFalse(WardPresets.DAY.isLong());
    assertFalse(WardPresets.NIGHT.isLong());
  }

  @Test
  void employee_setsTheGivenAttributesAndLeavesTheRestToTheCaller() {
    Employee kari =
        WardPresets.employee(
                "E1", "Kari Nordmann", Role.NURSE, 62.91, WardPresets.ROTA_WEEKLY_HOURS, ContractType.TEMPORARY)
            .weekendFrequency(3)
            .build();

    assertEquals("E1", kari.id());
    assertEquals("Kari Nordmann", kari.name());
    assertEquals("nurse", kari.role());
    assertEquals(new BigDecimal("62.91"), kari.positionPercent());
    assertEquals(new BigDecimal("35.5"), kari.fullTimeWeeklyHours());
    assertEquals(ContractType.TEMPORARY, kari.contractType());
    assertEquals(3, kari.weekendFrequency().orElseThrow());
    assertFalse(kari.acceptsLongShifts());
  }

  @Test
  void employee_setsNothingTwice() {
    Employee.Builder builder =
        WardPresets.employee("E1", "Kari", Role.NURSE, 100, WardPresets.DAY_WORK_WEEKLY_HOURS, ContractType.PERMANENT);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.contractType(ContractType.STUDENT));
    assertTrue(e.getMessage().contains("contractType"), e.getMessage());
  }

  @Test
  void employee_positionAboveHundred_throwsNamingFieldAndValue() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WardPresets.employee("E7", "Liv", Role.NURSE, 120, 35.5, ContractType.PERMANENT));

    assertEquals("positionPercent", e.path());
    assertEquals("120.0", e.value());
    assertEquals("Employee E7: positionPercent (120.0) must be between 0 and 100", e.getMessage());
  }

  @Test
  void employee_hoursOutOfRange_throwsNamingFieldAndValue() {
    InvalidModelException zero =
        assertThrows(
            InvalidModelException.class,
            () -> WardPresets.employee("E7", "Liv", Role.NURSE, 50, 0, ContractType.PERMANENT));
    InvalidModelException weekly =
        assertThrows(
            InvalidModelException.class,
            () -> WardPresets.employee("E7", "Liv", Role.NURSE, 50, 355, ContractType.PERMANENT));

    assertEquals("fullTimeWeeklyHours", zero.path());
    assertEquals("0.0", zero.value());
    assertEquals("355.0", weekly.value());
    assertTrue(weekly.getMessage().contains("at most 40"), weekly.getMessage());
  }

  @Test
  void employee_notANumber_throwsNamingField() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> WardPresets.employee("E7", "Liv", Role.NURSE, Double.NaN, 35.5, ContractType.PERMANENT));

    assertEquals("positionPercent", e.path());
    assertEquals("Employee E7: positionPercent (NaN) must be a finite number", e.getMessage());
  }

  @Test
  void employee_missingOrBlankArguments_throwNamingTheField() {
    assertEquals(
        "id",
        assertThrows(
                InvalidModelException.class,
                () -> WardPresets.employee(" ", "Liv", Role.NURSE, 50, 35.5, ContractType.PERMANENT))
            .path());
    InvalidModelException role =
        assertThrows(
            InvalidModelException.class,
            () -> WardPresets.employee("E7", "Liv", null, 50, 35.5, ContractType.PERMANENT));
    assertEquals("Employee E7: role (null) must be given", role.getMessage());
    assertEquals(
        "contractType",
        assertThrows(InvalidModelException.class, () -> WardPresets.employee("E7", "Liv", Role.NURSE, 50, 35.5, null))
            .path());
  }

  private static void assertShift(ShiftType shift, String code, LocalTime start, String end, ShiftCategory category) {
    assertEquals(code, shift.code());
    assertEquals(start, shift.start());
    assertEquals(end, shift.endsAt(MONDAY).toLocalTime().toString());
    assertEquals(category, shift.category());
    assertEquals(Duration.ZERO, shift.paidBreak());
  }
}
