package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee working one shift that starts on one date: {@code E1 works D on 2027-01-04},
 * optionally in a given unit and marked as overtime.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {

  Assignment() {}

  /** Id of the {@link Employee} who works the shift. */
  @Value.Parameter
  public abstract String employee();

  /** The date the shift starts on. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Code of the {@link ShiftType} worked. */
  @Value.Parameter
  public abstract String shift();

  /** Id of the {@link Unit} worked in, when it is not simply the employee's home unit. */
  public abstract Optional<String> unit();

  /** Whether the shift is ordered as overtime (counts towards the overtime caps); {@code false} unless stated. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean overtime() {
    return false;
  }

  /**
   * An assignment of the employee with id {@code employee} to the shift with code {@code shift}
   * starting on {@code date}.
   *
   * @throws InvalidModelException if the employee id or shift code is blank
   */
  public static Assignment of(String employee, LocalDate date, String shift) {
    return ImmutableAssignment.of(employee, date, shift);
  }

  /** This assignment in unit {@code unit}. */
  public abstract Assignment withUnit(String unit);

  /** This assignment marked as overtime or not. */
  public abstract Assignment withOvertime(boolean overtime);

  /** The slot this assignment fills: employee, date and shift, without unit or overtime mark. */
  public final String slot() {
    return employee() + " " + shift() + " " + date();
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "Assignment on " + date(), "employee");
    checkNotBlank(shift(), "Assignment of " + employee() + " on " + date(), "shift");
    unit().ifPresent(u -> checkNotBlank(u, "Assignment " + slot(), "unit"));
  }

  @Override
  public String toString() {
    return slot() + unit().map(u -> " in " + u).orElse("") + (overtime() ? " (overtime)" : "");
  }
}
