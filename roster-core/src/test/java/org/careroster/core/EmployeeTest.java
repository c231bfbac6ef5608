package org.careroster.core;

import static org.careroster.core.TestModels.employeeBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmployeeTest {

  private static Employee.Builder kari() {
    return employeeBuilder("E1", Role.NURSE);
  }

  private static InvalidModelException invalid(Employee.Builder builder) {
    return assertThrows(InvalidModelException.class, builder::build);
  }

  @Test
  void positionPercent_fractionalDouble_isKeptExactly() {
    Employee e = kari().positionPercent(62.91).build();
    assertEquals(new BigDecimal("62.91"), e.positionPercent()); // equals compares the scale too
  }

  @Test
  void build_zeroPosition_isAllowedForHourlySubstitutes() {
    assertEquals(0, kari().positionPercent(0).build().positionPercent().signum());
  }

  @Test
  void build_hundredPercent_isAllowedAndFullTime() {
    Employee e = kari().positionPercent(100).build();
    assertTrue(e.isFullTime());
    assertFalse(kari().positionPercent(99.99).build().isFullTime());
  }

  @Test
  void build_positionJustAboveHundred_failsNamingPathAndValue() {
    InvalidModelException e = invalid(kari().positionPercent(100.01));
    assertEquals("positionPercent", e.path());
    assertEquals("100.01", e.value());
    assertEquals("Employee E1", e.subject());
    assertEquals("Employee E1: positionPercent (100.01) must be between 0 and 100", e.getMessage());
  }

  @Test
  void build_positionJustBelowZero_failsNamingPathAndValue() {
    InvalidModelException e = invalid(kari().positionPercent(-0.01));
    assertEquals("positionPercent", e.path());
    assertEquals("-0.01", e.value());
  }

  @Test
  void build_fullTimeWeeklyHoursAboveForty_fails() {
    InvalidModelException e =
        invalid(
            Employee.builder()
                .id("E1")
                .name("Kari")
                .role(Role.NURSE)
                .contractType(ContractType.PERMANENT)
                .positionPercent(50)
                .fullTimeWeeklyHours(40.5));
    assertEquals("fullTimeWeeklyHours", e.path());
    assertEquals("40.5", e.value());
  }

  @Test
  void build_blankName_failsNamingEmployee() {
    InvalidModelException e =
        invalid(
            Employee.builder()
                .id("E2")
                .name("")
                .role(Role.ASSISTANT)
                .contractType(ContractType.TEMPORARY)
                .fullTimeWeeklyHours(35.5)
                .positionPercent(50));
    assertEquals("name", e.path());
    assertEquals("Employee E2: name (\"\") must not be blank", e.getMessage());
  }

  @Test
  void build_missingRole_failsNamingAttribute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Employee.builder()
                    .id("E3")
                    .name("Ola")
                    .positionPercent(50)
                    .contractType(ContractType.PERMANENT)
                    .fullTimeWeeklyHours(35.5)
                    .build());
    assertTrue(e.getMessage().contains("role"), e.getMessage());
  }

  @Test
  void builder_settingAttributeTwice_fails() {
    assertThrows(IllegalStateException.class, () -> kari().id("E9"));
  }

  @Test
  void build_mentorIsSelf_fails() {
    InvalidModelException e = invalid(kari().positionPercent(50).mentor("E1"));
    assertEquals("mentor", e.path());
    assertEquals("\"E1\"", e.value());
  }

  @Test
  void build_employmentEndBeforeStart_fails() {
    InvalidModelException e =
        invalid(
            kari()
                .positionPercent(50)
                .employmentStart(LocalDate.of(2027, 1, 2))
                .employmentEnd(LocalDate.of(2027, 1, 1)));
    assertEquals("employmentEnd", e.path());
    assertEquals("\"2027-01-01\"", e.value());
  }

  @Test
  void build_employmentEndOnStartDay_isAllowed() {
    LocalDate day = LocalDate.of(2027, 1, 2);
    Employee e = kari().positionPercent(50).employmentStart(day).employmentEnd(day).build();
    assertTrue(e.isEmployedOn(day));
    assertFalse(e.isEmployedOn(day.plusDays(1)));
    assertFalse(e.isEmployedOn(day.minusDays(1)));
  }

  @Test
  void build_homeUnitRepeatedInOtherUnits_fails() {
    InvalidModelException e =
        invalid(kari().positionPercent(50).homeUnit("ward-2").addOtherUnits("ward-3", "ward-2"));
    assertEquals("otherUnits", e.path());
    assertEquals("\"ward-2\"", e.value());
  }

  @Test
  void build_weekendFrequencyOutOfRange_fails() {
    assertEquals("weekendFrequency", invalid(kari().positionPercent(50).weekendFrequency(0)).path());
    assertEquals(8, kari().positionPercent(50).weekendFrequency(8).build().weekendFrequency().orElseThrow());
    assertEquals("weekendFrequency", invalid(kari().positionPercent(50).weekendFrequency(9)).path());
  }

  @Test
  void build_sameCompetenceTwice_failsNamingIndex() {
    InvalidModelException e =
        invalid(
            kari()
                .positionPercent(50)
                .addCompetence(Qualification.of("medication-delegation"))
                .addCompetence(
                    Qualification.of("medication-delegation").withExpires(LocalDate.of(2027, 6, 30))));
    assertEquals("competences[1].competence", e.path());
  }

  @Test
  void defaults_longShiftsNeedConsentAndNightsAreWorked() {
    Employee e = kari().positionPercent(50).build();
    assertFalse(e.acceptsLongShifts());
    assertTrue(e.worksNights());
  }

  @Test
  void hasCompetence_expiredQualification_isFalseAfterExpiry() {
    Employee e =
        kari()
            .positionPercent(50)
            .addCompetence(
                Qualification.of("medication-delegation").withExpires(LocalDate.of(2027, 6, 30)))
            .build();
    assertTrue(e.hasCompetence("medication-delegation", LocalDate.of(2027, 6, 30)));
    assertFalse(e.hasCompetence("medication-delegation", LocalDate.of(2027, 7, 1)));
    assertFalse(e.hasCompetence("shift-lead", LocalDate.of(2027, 1, 1)));
  }

  @Test
  void mayWorkIn_homeAndOtherUnits() {
    Employee e = kari().positionPercent(50).homeUnit("ward-2").addOtherUnit("ward-3").build();
    assertTrue(e.mayWorkIn("ward-2"));
    assertTrue(e.mayWorkIn("ward-3"));
    assertFalse(e.mayWorkIn("ward-4"));
  }

  @Test
  void role_customRole_keepsEducationFlag() {
    Role host = Role.of("ward-host", false);
    assertEquals("ward-host", host.id());
    assertFalse(host.formalHealthEducation());
    assertEquals(Role.of("nurse", true), Role.NURSE);
  }
}
