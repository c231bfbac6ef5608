package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One period of the ward's summer grid (e.g. three periods of three weeks): whole weeks from a
 * Monday, named so that staff can wish for it.
 *
 * <pre>{@code
 * VacationPeriod.builder().name("P2").from(LocalDate.of(2027, 7, 5)).weeks(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacationPeriod.class)
@JsonDeserialize(as = ImmutableVacationPeriod.class)
public abstract class VacationPeriod {

  VacationPeriod() {}

  /** The period's name, e.g. {@code "P2"}. */
  public abstract String name();

  /** Its first day; a Monday. */
  public abstract LocalDate from();

  /** Its length in whole weeks, 1 to 6. */
  public abstract int weeks();

  /** Its last day, the Sunday {@link #weeks()} weeks on. */
  public final LocalDate to() {
    return from().plusWeeks(weeks()).minusDays(1);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(name(), "VacationPeriod", "name");
    String subject = "VacationPeriod " + name();
    require(from().getDayOfWeek() == DayOfWeek.MONDAY, subject, "from", from(),
        "must be a Monday; it is a " + from().getDayOfWeek());
    require(weeks() >= 1 && weeks() <= 6, subject, "weeks", weeks(), "must be from 1 to 6");
  }

  /** Builds a {@link VacationPeriod}; name, from and weeks are required. */
  public static final class Builder extends ImmutableVacationPeriod.Builder {
    Builder() {}
  }
}
