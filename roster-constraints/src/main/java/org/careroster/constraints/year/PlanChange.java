package org.careroster.constraints.year;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One employee-day where the calendar plan differs from the base rotation laid out: who, when,
 * the shift of the rotation ({@link #from()}, empty for a day off), the shift planned instead
 * ({@link #to()}, empty for a day off) and why, e.g. {@code "S3 2027-03-25: D → off (public holiday
 * Skjærtorsdag: sunday-rest)"}.
 */
@Value.Immutable
public abstract class PlanChange {

  PlanChange() {}

  /** Id of the employee whose day changed. */
  public abstract String employee();

  /** The date that changed. */
  public abstract LocalDate date();

  /** Code of the shift the base rotation gives that day; empty for a day off. */
  public abstract Optional<String> from();

  /** Code of the shift planned instead; empty for a day off. */
  public abstract Optional<String> to();

  /**
   * Why: the absence that day, or the nearest hard rule the laid-out rotation broke and the
   * calendar day behind it (a public holiday, a daylight-saving change), e.g. {@code "public
   * holiday Skjærtorsdag: minimum-cover on 2027-03-25"}.
   */
  public abstract String reason();

  static ImmutablePlanChange.Builder builder() {
    return ImmutablePlanChange.builder();
  }

  @Override
  public String toString() {
    return employee() + " " + date() + ": " + from().orElse("off") + " → " + to().orElse("off") + " (" + reason() + ")";
  }
}
