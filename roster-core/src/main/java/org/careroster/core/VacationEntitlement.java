package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One employee's vacation (ferie) for a holiday year, in working days (virkedagar: every day but
 * Sundays and public holidays, so a week off is 6): at least the law's 25 (Ferieloven § 5 (1)),
 * and 6 more from the year the employee turns 60; agreements give more (KS HTA: 5 weeks, 30).
 *
 * <pre>{@code
 * VacationEntitlement.builder().employee("E7").days(30).build();          // 5 weeks (KS HTA)
 * VacationEntitlement.builder().employee("E8").days(36).turnsSixty(true).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacationEntitlement.class)
@JsonDeserialize(as = ImmutableVacationEntitlement.class)
public abstract class VacationEntitlement {

  /** The law's vacation in working days per holiday year, {@value} (Ferieloven § 5 (1)). */
  public static final int LAW_DAYS = 25;

  /** Extra working days from the year the employee turns 60, {@value} (Ferieloven § 5 (1)). */
  public static final int SIXTY_EXTRA_DAYS = 6;

  /** Working days of the main holiday in one piece, {@value} (Ferieloven § 7 (1)). */
  public static final int MAIN_HOLIDAY_DAYS = 18;

  VacationEntitlement() {}

  /** Id of the {@link Employee}. */
  public abstract String employee();

  /** Working days of vacation in the holiday year. */
  public abstract int days();

  /** Whether the employee turns 60 in the holiday year or is older; false unless set. */
  @Value.Default
  public boolean turnsSixty() {
    return false;
  }

  /**
   * Whether the employee demands the main holiday, {@value #MAIN_HOLIDAY_DAYS} working days in
   * one piece in the main holiday period (Ferieloven § 7 (1)); true unless set.
   */
  @Value.Default
  public boolean demandsMainHoliday() {
    return true;
  }

  /** The law's floor for this employee: {@value #LAW_DAYS}, or 31 from the year they turn 60. */
  public final int lawDays() {
    return LAW_DAYS + (turnsSixty() ? SIXTY_EXTRA_DAYS : 0);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "VacationEntitlement", "employee");
    require(days() >= lawDays(), "VacationEntitlement of " + employee(), "days", days(),
        "must be at least " + lawDays() + " working days (Ferieloven § 5 (1)"
            + (turnsSixty() ? ", 6 more from the year one turns 60)" : ")"));
    require(days() <= 60, "VacationEntitlement of " + employee(), "days", days(),
        "must be at most 60 working days (10 weeks)");
  }

  /** Builds a {@link VacationEntitlement}; employee and days are required. */
  public static final class Builder extends ImmutableVacationEntitlement.Builder {
    Builder() {}
  }
}
