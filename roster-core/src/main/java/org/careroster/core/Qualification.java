package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An employee's hold on a {@link Competence}, valid up to and including an optional expiry date
 * (a medication delegation that must be renewed, say).
 *
 * <pre>{@code
 * Qualification.of("medication-delegation").withExpires(LocalDate.of(2027, 6, 30))
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
public abstract class Qualification {

  Qualification() {}

  /** Id of the {@link Competence} held. */
  @Value.Parameter
  public abstract String competence();

  /** Last date the competence is valid on; empty if it does not expire. */
  public abstract Optional<LocalDate> expires();

  /**
   * A qualification that does not expire.
   *
   * @throws InvalidModelException if {@code competence} is blank
   */
  public static Qualification of(String competence) {
    return ImmutableQualification.of(competence);
  }

  /** Whether the competence is valid on {@code date}. */
  public final boolean isValidOn(LocalDate date) {
    return expires().map(last -> !date.isAfter(last)).orElse(true);
  }

  /** This qualification expiring after {@code lastDate}. */
  public abstract Qualification withExpires(LocalDate lastDate);

  @Value.Check
  void check() {
    checkNotBlank(competence(), "Qualification", "competence");
  }
}
