package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What an employee had of the peak weeks (e.g. July) in the holiday year before: who had July
 * last year gives way this year.
 *
 * <pre>{@code
 * VacationHistory.builder().employee("E7").peakWeeks(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacationHistory.class)
@JsonDeserialize(as = ImmutableVacationHistory.class)
public abstract class VacationHistory {

  VacationHistory() {}

  /** Id of the {@link Employee}. */
  public abstract String employee();

  /** Weeks of vacation the employee had in last year's peak weeks, 0 or more. */
  public abstract int peakWeeks();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "VacationHistory", "employee");
    require(peakWeeks() >= 0 && peakWeeks() <= 10, "VacationHistory of " + employee(), "peakWeeks", peakWeeks(),
        "must be from 0 to 10");
  }

  /** Builds a {@link VacationHistory}; employee and peakWeeks are required. */
  public static final class Builder extends ImmutableVacationHistory.Builder {
    Builder() {}
  }
}
