package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import java.time.LocalDate;
import org.immutables.value.Value;

/** One employee working one shift that starts on one date: {@code E1 works D on 2027-01-04}. */
@Value.Immutable
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

  /**
   * An assignment of the employee with id {@code employee} to the shift with code {@code shift}
   * starting on {@code date}.
   *
   * @throws IllegalArgumentException if the employee id or shift code is blank
   */
  public static Assignment of(String employee, LocalDate date, String shift) {
    return ImmutableAssignment.of(employee, date, shift);
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "Assignment on " + date(), "employee");
    checkNotBlank(shift(), "Assignment of " + employee() + " on " + date(), "shift");
  }

  @Override
  public String toString() {
    return employee() + " " + shift() + " " + date();
  }
}
