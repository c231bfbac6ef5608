package org.careroster.core;

import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Hours actually worked or missed on one day, from time records or payroll: the input of the KPIs.
 *
 * <p>An employee's record splits worked time into ordinary hours, extra hours of a part-timer
 * (meirarbeid, ordinary pay) and overtime (paid with supplement), and gives absence hours. Hours
 * bought from an agency belong to no employee: such a record has no {@link #employee()} and only
 * {@link #agency()} hours. Each field is zero unless stated.
 *
 * <pre>{@code
 * WorkRecord.builder().employee("E4").date(LocalDate.of(2027, 1, 9))
 *     .ordinary(Duration.ofMinutes(450)).extra(Duration.ofHours(2)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkRecord.class)
@JsonDeserialize(as = ImmutableWorkRecord.class)
public abstract class WorkRecord {

  private static final Duration DAY = Duration.ofHours(25);

  WorkRecord() {}

  /** Id of the {@link Employee}; empty for hours bought from an agency. */
  public abstract Optional<String> employee();

  /** The day the hours belong to. */
  public abstract LocalDate date();

  /** Id of the {@link Unit} the hours were worked in, if units are used. */
  public abstract Optional<String> unit();

  /** Ordinary hours within the person's position. */
  @Value.Default
  public Duration ordinary() {
    return Duration.ZERO;
  }

  /** Extra hours of a part-timer beyond the position, not overtime (meirarbeid). */
  @Value.Default
  public Duration extra() {
    return Duration.ZERO;
  }

  /** Hours paid as overtime (tariff overtime, with supplement). */
  @Value.Default
  public Duration overtime() {
    return Duration.ZERO;
  }

  /** Hours worked by agency staff (innleie); only in records without an employee. */
  @Value.Default
  public Duration agency() {
    return Duration.ZERO;
  }

  /** Planned hours the person was absent (sick leave, leave). */
  @Value.Default
  public Duration absence() {
    return Duration.ZERO;
  }

  /** Hours worked by the employee: ordinary, extra and overtime. */
  public final Duration worked() {
    return ordinary().plus(extra()).plus(overtime());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String subject = "WorkRecord " + employee().orElse("(agency)") + " on " + date();
    checkHours(subject, "ordinary", ordinary());
    checkHours(subject, "extra", extra());
    checkHours(subject, "overtime", overtime());
    checkHours(subject, "absence", absence());
    require(!agency().isNegative(), subject, "agency", agency(), "must not be negative");
    if (employee().isPresent()) {
      require(agency().isZero(), subject, "agency", agency(), "must be zero in an employee's record; record agency hours without an employee");
    } else {
      require(
          worked().isZero() && absence().isZero(),
          subject,
          "employee",
          null,
          "is required when ordinary, extra, overtime or absence hours are given");
    }
  }

  private static void checkHours(String subject, String field, Duration hours) {
    require(
        !hours.isNegative() && hours.compareTo(DAY) <= 0,
        subject,
        field,
        hours,
        "must be from zero to 25 hours (PT25H, the day the clocks go back)");
  }

  /** Builds a {@link WorkRecord}; the date is required. */
  public static final class Builder extends ImmutableWorkRecord.Builder {
    Builder() {}
  }
}
