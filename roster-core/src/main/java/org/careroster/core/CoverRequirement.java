package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.core.Checks.checkNotBlank;

import java.time.LocalDate;
import org.immutables.value.Value;

/** How many people must work a shift type on a date: {@code at least 3 on D on 2027-01-04}. */
@Value.Immutable
public abstract class CoverRequirement {

  CoverRequirement() {}

  /** The date the shift starts on. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Code of the {@link ShiftType} to cover. */
  @Value.Parameter
  public abstract String shift();

  /** Minimum number of people on the shift; zero or more. */
  @Value.Parameter
  public abstract int minimum();

  /**
   * A requirement of at least {@code minimum} people on shift {@code shift} starting on {@code
   * date}.
   *
   * @throws IllegalArgumentException if the shift code is blank or {@code minimum} is negative
   */
  public static CoverRequirement of(LocalDate date, String shift, int minimum) {
    return ImmutableCoverRequirement.of(date, shift, minimum);
  }

  @Value.Check
  void check() {
    checkNotBlank(shift(), "CoverRequirement on " + date(), "shift");
    checkArgument(
        minimum() >= 0,
        "CoverRequirement %s on %s: minimum (%s) must not be negative",
        shift(),
        date(),
        minimum());
  }
}
