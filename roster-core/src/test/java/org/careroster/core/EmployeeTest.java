package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EmployeeTest {

  private static Employee.Builder kari() {
    return Employee.builder().id("E1").name("Kari").role(Role.NURSE);
  }

  @Test
  void positionPercent_fractionalDouble_isKeptExactly() {
    Employee e = kari().positionPercent(62.91).build();
    assertEquals(new BigDecimal("62.91"), e.positionPercent());
  }

  @Test
  void build_zeroPosition_isAllowedForHourlySubstitutes() {
    assertEquals(0, kari().positionPercent(0).build().positionPercent().signum());
  }

  @Test
  void build_positionAboveHundred_failsNamingEmployeeAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kari().positionPercent(100.5).build());
    assertEquals("Employee E1: positionPercent (100.5) must be between 0 and 100", e.getMessage());
  }

  @Test
  void build_negativePosition_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kari().positionPercent(-1).build());
    assertTrue(e.getMessage().contains("positionPercent (-1.0)"), e.getMessage());
  }

  @Test
  void build_blankName_failsNamingEmployee() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Employee.builder().id("E2").name("").role(Role.ASSISTANT).positionPercent(50).build());
    assertEquals("Employee E2: name must not be blank (was \"\")", e.getMessage());
  }

  @Test
  void build_missingRole_failsNamingAttribute() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Employee.builder().id("E3").name("Ola").positionPercent(50).build());
    assertTrue(e.getMessage().contains("role"), e.getMessage());
  }

  @Test
  void builder_settingAttributeTwice_fails() {
    assertThrows(IllegalStateException.class, () -> kari().id("E9"));
  }

  @Test
  void role_customRole_keepsEducationFlag() {
    Role host = Role.of("ward-host", false);
    assertEquals("ward-host", host.id());
    assertEquals(false, host.formalHealthEducation());
    assertEquals(Role.of("nurse", true), Role.NURSE);
  }
}
