package org.careroster.constraints.replace;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalTime;
import org.careroster.core.InvalidModelException;
import org.immutables.value.Value;

/**
 * The prices and limits the {@link ReplacementAdvisor} ranks with. Costs are in hours of the
 * person's ordinary hourly pay, so the model needs no wage table: a 7 h 30 min shift of extra
 * hours costs 7.50; the same shift as overtime at 50 % costs 11.25.
 *
 * <p>Defaults, each configurable (RULES.md §2.4):
 *
 * <ul>
 *   <li>Overtime under the law: beyond the legal normal limits of aml § 10-4, {@link
 *       #lawDailyLimit()} 9 h a day and {@link #lawWeeklyLimit()} 40 h a Monday–Sunday week.
 *   <li>Overtime under the tariff: a full-timer's every added hour; a part-timer's hours beyond
 *       what a 100 % position has, {@link #tariffDailyLimit()} (9 h unless set) a day and, when
 *       {@link #tariffWeekly()}, the employee's own full-time week (e.g. 35.5 h) in the
 *       Monday–Sunday week. The weekly part is our reading: RULES.md §2.4 confirms only the day.
 *   <li>Supplement on tariff overtime: {@link #overtimeSupplementPercent()} 50 %, raised to {@link
 *       #raisedSupplementPercent()} 100 % inside the raised windows. The KS windows are not
 *       confirmed (RULES.md §2.4), so the defaults are the state HTA's: from {@link
 *       #raisedFrom()} 20:00 to {@link #raisedUntil()} 06:00, all of Saturday ({@link
 *       #raisedOnSaturdays()}) and all of Sundays and public holidays ({@link
 *       #raisedOnSundaysAndHolidays()}).
 *   <li>Agency hours: {@link #agencyPercent()} 200 % of ordinary pay, an assumption to set to the
 *       ward's agency contract.
 * </ul>
 *
 * <pre>{@code
 * CostModel model = CostModel.builder().agencyPercent(250).raisedFrom(LocalTime.of(21, 0)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostModel.class)
@JsonDeserialize(as = ImmutableCostModel.class)
public abstract class CostModel {

  CostModel() {}

  /** The defaults described above. */
  public static CostModel defaults() {
    return builder().build();
  }

  /** A new builder; every attribute has its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Legal normal working time per day (aml § 10-4 (1)); 9 h unless set. */
  @Value.Default
  public Duration lawDailyLimit() {
    return Duration.ofHours(9);
  }

  /**
   * Legal normal working time per week (aml § 10-4 (1)); 40 h unless set (38 h or 36 h for shift
   * and Sunday work under § 10-4 (4)).
   */
  @Value.Default
  public Duration lawWeeklyLimit() {
    return Duration.ofHours(40);
  }

  /** What a 100 % position has per day, beyond which a part-timer's hours are overtime; 9 h unless set. */
  @Value.Default
  public Duration tariffDailyLimit() {
    return Duration.ofHours(9);
  }

  /**
   * Whether a part-timer's hours beyond the employee's full-time week in a Monday–Sunday week are
   * also tariff overtime; {@code true} unless set.
   */
  @Value.Default
  public boolean tariffWeekly() {
    return true;
  }

  /** Overtime supplement in percent of ordinary pay; 50 unless set. */
  @Value.Default
  public int overtimeSupplementPercent() {
    return 50;
  }

  /** Raised (forhøyet) overtime supplement in percent of ordinary pay; 100 unless set. */
  @Value.Default
  public int raisedSupplementPercent() {
    return 100;
  }

  /** Start of the raised overtime window each evening; 20:00 unless set. */
  @Value.Default
  public LocalTime raisedFrom() {
    return LocalTime.of(20, 0);
  }

  /** End of the raised overtime window each morning; 06:00 unless set. */
  @Value.Default
  public LocalTime raisedUntil() {
    return LocalTime.of(6, 0);
  }

  /** Whether all of Saturday is in the raised window; {@code true} unless set. */
  @Value.Default
  public boolean raisedOnSaturdays() {
    return true;
  }

  /** Whether all of Sundays and public holidays are in the raised window; {@code true} unless set. */
  @Value.Default
  public boolean raisedOnSundaysAndHolidays() {
    return true;
  }

  /** An agency hour's price in percent of an ordinary hour; 200 unless set. */
  @Value.Default
  public int agencyPercent() {
    return 200;
  }

  @Value.Check
  void check() {
    positive("lawDailyLimit", lawDailyLimit());
    positive("lawWeeklyLimit", lawWeeklyLimit());
    positive("tariffDailyLimit", tariffDailyLimit());
    if (overtimeSupplementPercent() < 0 || overtimeSupplementPercent() > 300) {
      throw new InvalidModelException(
          "CostModel", "overtimeSupplementPercent", overtimeSupplementPercent(), "must be between 0 and 300");
    }
    if (raisedSupplementPercent() < overtimeSupplementPercent() || raisedSupplementPercent() > 300) {
      throw new InvalidModelException(
          "CostModel",
          "raisedSupplementPercent",
          raisedSupplementPercent(),
          "must be at least overtimeSupplementPercent (" + overtimeSupplementPercent() + ") and at most 300");
    }
    if (agencyPercent() < 100 || agencyPercent() > 1000) {
      throw new InvalidModelException(
          "CostModel", "agencyPercent", agencyPercent(), "must be between 100 and 1000 (percent of an ordinary hour)");
    }
  }

  private static void positive(String field, Duration value) {
    if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofHours(168)) > 0) {
      throw new InvalidModelException("CostModel", field, value, "must be more than 0 and at most 168 hours");
    }
  }

  /** Builds a {@link CostModel}. */
  public static final class Builder extends ImmutableCostModel.Builder {
    Builder() {}
  }
}
