package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.exactDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An employee's absence from {@link #from()} to {@link #to()}, both included, e.g. sick leave at
 * 50 % for a week.
 *
 * <pre>{@code
 * Absence.builder().employee("E7").kind(AbsenceKind.SICK_LEAVE)
 *     .from(LocalDate.of(2027, 1, 12)).to(LocalDate.of(2027, 1, 14)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbsence.class)
@JsonDeserialize(as = ImmutableAbsence.class)
public abstract class Absence {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Absence() {}

  /** Id of the absent {@link Employee}. */
  public abstract String employee();

  /** Sick leave, vacation, leave or course. */
  public abstract AbsenceKind kind();

  /** First day of the absence. */
  public abstract LocalDate from();

  /** Last day of the absence, included. */
  public abstract LocalDate to();

  /**
   * Degree of absence in percent, more than 0 and at most 100 (graded sick leave, e.g. 50); 100
   * unless stated.
   */
  @Value.Default
  public BigDecimal degreePercent() {
    return HUNDRED;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The absent dates as a closed range. */
  public final Range<LocalDate> range() {
    return Range.closed(from(), to());
  }

  /** Whether the absence includes {@code date}. */
  public final boolean covers(LocalDate date) {
    return !date.isBefore(from()) && !date.isAfter(to());
  }

  /** Whether the person is away the whole day (degree 100 %). */
  public final boolean isFull() {
    return degreePercent().compareTo(HUNDRED) >= 0;
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "Absence", "employee");
    String subject = "Absence of " + employee();
    require(!to().isBefore(from()), subject, "to", to(), "must not be before from (" + from() + ")");
    require(
        degreePercent().signum() > 0 && degreePercent().compareTo(HUNDRED) <= 0,
        subject,
        "degreePercent",
        degreePercent(),
        "must be more than 0 and at most 100");
  }

  /** Builds an {@link Absence}; employee, kind, from and to are required. */
  public static final class Builder extends ImmutableAbsence.Builder {
    Builder() {}

    /** Sets the degree from a decimal literal such as {@code 50}. */
    public Builder degreePercent(double percent) {
      return degreePercent(exactDecimal(percent, "Absence", "degreePercent"));
    }
  }
}
