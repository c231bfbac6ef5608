package org.careroster.constraints.vacation;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The substitute need of one ISO week (Monday to Sunday). */
@Value.Immutable
@JsonSerialize(as = ImmutableSubstituteWeek.class)
public abstract class SubstituteWeek {

  SubstituteWeek() {}

  /** The ISO week, e.g. {@code 2027-W28}. */
  public abstract String week();

  /** The week's Monday. */
  public abstract LocalDate monday();

  /** Substitute shifts needed in the week. */
  public abstract int shifts();

  /** Substitute hours in the week, in decimal hours. */
  public abstract BigDecimal hours();

  /** Of {@link #shifts()}, those touching the weekend. */
  public abstract int weekendShifts();

  /**
   * Of {@link #shifts()}, those only a qualified substitute can fill ({@link
   * SubstituteShift#qualifiedOnly()}): the week's cover cannot be met with substitutes who lack
   * the role or competence.
   */
  public abstract int qualifiedShifts();

  /**
   * Of {@link #shifts()}, those none of the listed substitutes can take ({@link
   * SubstituteShift#uncovered()}): with a substitute list, the week's cover cannot be met even with
   * every substitute on it.
   */
  public abstract int uncoveredShifts();

  static ImmutableSubstituteWeek.Builder builder() {
    return ImmutableSubstituteWeek.builder();
  }
}
