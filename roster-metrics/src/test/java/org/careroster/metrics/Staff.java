package org.careroster.metrics;

import java.time.Duration;
import java.time.LocalDate;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Role;
import org.careroster.core.WorkRecord;

/** Small builders for the KPI tests. */
final class Staff {
  private Staff() {}

  static Employee position(String id, Role role, double percent) {
    return position(id, role, percent, ContractType.PERMANENT);
  }

  static Employee position(String id, Role role, double percent, ContractType contract) {
    return positionBuilder(id, role.id(), percent, contract).build();
  }

  /** A builder with the required attributes set, for tests that add more. */
  static Employee.Builder positionBuilder(String id, String role, double percent, ContractType contract) {
    return (Employee.Builder) Employee.builder()
        .id(id)
        .name("N" + id)
        .role(role)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .contractType(contract);
  }

  static Absence sick(String id, LocalDate from, LocalDate to, double degree) {
    return Absence.builder().employee(id).kind(AbsenceKind.SICK_LEAVE).from(from).to(to).degreePercent(degree).build();
  }

  static WorkRecord.Builder record(String id, LocalDate date) {
    return WorkRecord.builder().employee(id).date(date);
  }

  static Duration h(double hours) {
    return Duration.ofMinutes(Math.round(hours * 60));
  }

  static double percent(Ratio ratio) {
    return ratio.percent().orElseThrow().doubleValue();
  }
}
