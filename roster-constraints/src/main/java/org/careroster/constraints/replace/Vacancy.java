package org.careroster.constraints.replace;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * A shift to fill: the shift type starting on a date, from a new absence or a demand the roster
 * leaves unmet, optionally in a given unit (otherwise the unit of most of the staff).
 *
 * <pre>{@code
 * Vacancy.of(LocalDate.of(2027, 1, 12), "D").withUnit("solbakken-2");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacancy.class)
@JsonDeserialize(as = ImmutableVacancy.class)
public abstract class Vacancy {

  Vacancy() {}

  /** The date the shift starts on. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Code of the shift type to fill. */
  @Value.Parameter
  public abstract String shift();

  /**
   * Id of the unit the shift is worked in. When empty, the advisor uses the home unit that most
   * of the problem's employees share (the ward's own unit).
   */
  public abstract Optional<String> unit();

  /**
   * The shift {@code shift} starting on {@code date}.
   *
   * @throws InvalidModelException if the shift code is blank
   */
  public static Vacancy of(LocalDate date, String shift) {
    return ImmutableVacancy.of(date, shift);
  }

  /** This vacancy in unit {@code unit}. */
  public abstract Vacancy withUnit(String unit);

  @Value.Check
  void check() {
    if (shift().isBlank()) {
      throw new InvalidModelException("Vacancy on " + date(), "shift", shift(), "must not be blank");
    }
    unit().ifPresent(u -> {
      if (u.isBlank()) {
        throw new InvalidModelException("Vacancy " + shift() + " on " + date(), "unit", u, "must not be blank");
      }
    });
  }

  @Override
  public String toString() {
    return shift() + " on " + date() + unit().map(u -> " in " + u).orElse("");
  }
}
