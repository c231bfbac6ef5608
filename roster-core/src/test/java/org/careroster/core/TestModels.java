package org.careroster.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** Shared example values for the core and JSON tests: the shift types and people of RULES.md §5. */
public final class TestModels {

  /** Monday 4 January 2027. */
  public static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  /** Day shift D 07:30–15:00. */
  public static final ShiftType DAY = shift("D", 7, 30, Duration.ofMinutes(450), ShiftCategory.DAY);

  /** Evening shift A 14:30–22:00. */
  public static final ShiftType EVENING =
      shift("A", 14, 30, Duration.ofMinutes(450), ShiftCategory.EVENING);

  /** Night shift N 21:45–07:45. */
  public static final ShiftType NIGHT = shift("N", 21, 45, Duration.ofHours(10), ShiftCategory.NIGHT);

  /** Weekend long day LD 08:00–20:30. */
  public static final ShiftType LONG_DAY =
      shift("LD", 8, 0, Duration.ofMinutes(750), ShiftCategory.LONG);

  private TestModels() {}

  /** A shift type. */
  public static ShiftType shift(
      String code, int hour, int minute, Duration duration, ShiftCategory category) {
    return ShiftType.builder()
        .code(code)
        .start(LocalTime.of(hour, minute))
        .duration(duration)
        .category(category)
        .build();
  }

  /** A builder for a 100 % permanent employee with the given id and role, other fields unset. */
  public static Employee.Builder employeeBuilder(String id, Role role) {
    return Employee.builder()
        .id(id)
        .name("Name " + id)
        .role(role)
        .contractType(ContractType.PERMANENT)
        .fullTimeWeeklyHours(35.5);
  }

  /** A permanent 80 % employee with the given id and role. */
  public static Employee employee(String id, Role role) {
    return employeeBuilder(id, role).positionPercent(80).build();
  }
}
