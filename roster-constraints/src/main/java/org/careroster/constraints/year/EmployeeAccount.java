package org.careroster.constraints.year;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One employee's account over a plan (a row of {@link YearAccounts}): worked time against the
 * contract, and the weekends, nights, long shifts and public holidays worked. Times are whole
 * minutes of real elapsed time in Europe/Oslo.
 *
 * <p>The balance is {@code worked − contract}; positive means plus hours in the timebank. Days of
 * full absence are not owed ({@link #contractMinutes()} leaves them out), so paid absence is
 * credited at the contract's daily average: {@code worked + absenceCredit − contract over every
 * day} is the same balance.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmployeeAccount.class)
@JsonDeserialize(as = ImmutableEmployeeAccount.class)
public abstract class EmployeeAccount {

  EmployeeAccount() {}

  /** The employee's id. */
  public abstract String employee();

  /**
   * Minutes owed over the plan: position % × full-time week × the planned days not fully absent /
   * 7 ({@link org.careroster.constraints.rules.ContractHours#contractMinutes}).
   */
  public abstract long contractMinutes();

  /**
   * Minutes the days of full absence would have owed, credited as paid absence: the contract
   * over every planned day less {@link #contractMinutes()}.
   */
  public abstract long absenceCreditMinutes();

  /** Real minutes of the shifts worked, overtime and daylight-saving changes included. */
  public abstract long workedMinutes();

  /** {@code workedMinutes − contractMinutes}: positive is plus hours, negative minus hours. */
  @Value.Default
  public long balanceMinutes() {
    return workedMinutes() - contractMinutes();
  }

  /** Shifts worked. */
  public abstract int shifts();

  /**
   * Weekends with any worked minute between Saturday 00:00 and Monday 00:00 ({@link
   * org.careroster.core.WeekendWindow#SATURDAY_SUNDAY}); a Friday night shift reaching into
   * Saturday counts.
   */
  public abstract int weekendsWorked();

  /** Shifts of category {@link org.careroster.core.ShiftCategory#NIGHT}. */
  public abstract int nights();

  /** Long shifts (langvakter, {@link org.careroster.core.ShiftType#isLong()}). */
  public abstract int longShifts();

  /** Shifts starting on a Norwegian public holiday of the plan; none in a cyclic horizon. */
  public abstract int holidayShifts();

  /** Real minutes of the shifts starting on a public holiday. */
  public abstract long holidayMinutes();

  /**
   * The employee's fair share of all holiday minutes worked on the unit, by position size among
   * the staff employed and not fully absent on each holiday (see {@link YearAccounts}).
   */
  public abstract long holidayShareMinutes();

  /** {@code holidayMinutes − holidayShareMinutes}: positive is more holiday work than the share. */
  @Value.Default
  public long holidayDeviationMinutes() {
    return holidayMinutes() - holidayShareMinutes();
  }

  @Value.Check
  void check() {
    String subject = "EmployeeAccount " + employee() + ": ";
    checkState(
        balanceMinutes() == workedMinutes() - contractMinutes(),
        "%sbalanceMinutes (%s) must be workedMinutes − contractMinutes (%s)",
        subject,
        balanceMinutes(),
        workedMinutes() - contractMinutes());
    checkState(
        holidayDeviationMinutes() == holidayMinutes() - holidayShareMinutes(),
        "%sholidayDeviationMinutes (%s) must be holidayMinutes − holidayShareMinutes (%s)",
        subject,
        holidayDeviationMinutes(),
        holidayMinutes() - holidayShareMinutes());
    checkState(
        contractMinutes() >= 0 && absenceCreditMinutes() >= 0 && workedMinutes() >= 0
            && shifts() >= 0 && weekendsWorked() >= 0 && nights() >= 0 && longShifts() >= 0
            && holidayShifts() >= 0 && holidayMinutes() >= 0 && holidayShareMinutes() >= 0,
        "%scounts and minutes must not be negative",
        subject);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableEmployeeAccount.Builder {}
}
