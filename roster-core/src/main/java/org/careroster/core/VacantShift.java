package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A shift the roster leaves unfilled (vakant vakt): {@code 1 nurse missing on D on 2027-01-09}. It
 * is what must be covered by extra hours, overtime or an agency.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacantShift.class)
@JsonDeserialize(as = ImmutableVacantShift.class)
public abstract class VacantShift {

  VacantShift() {}

  /** The date the shift starts on. */
  public abstract LocalDate date();

  /** Code of the unfilled {@link ShiftType}. */
  public abstract String shift();

  /** How many people are missing; 1 or more. */
  public abstract int count();

  /** Role the missing people must have, if the gap is role-specific. */
  public abstract Optional<String> role();

  /** Unit the gap is in, if units are used. */
  public abstract Optional<String> unit();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(shift(), "VacantShift on " + date(), "shift");
    require(count() >= 1, "VacantShift " + shift() + " on " + date(), "count", count(), "must be 1 or more");
  }

  /** Builds a {@link VacantShift}; date, shift and count are required. */
  public static final class Builder extends ImmutableVacantShift.Builder {
    Builder() {}
  }
}
