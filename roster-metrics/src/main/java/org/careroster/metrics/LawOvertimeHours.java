package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import org.careroster.core.WorkRecord;

/**
 * Law overtime: hours beyond the normal working-time limits of aml § 10-4, which count towards the
 * overtime caps of aml § 10-6 (10 / 25 / 200 h). A counter separate from tariff overtime ({@link
 * OvertimeHours}): the two differ for the same hour (RULES.md §2.4, §4.4).
 *
 * <pre>
 * for each person and calendar week (Monday–Sunday, cut to the records given):
 *   dailyExcess  = Σ_day max(0, worked(day) − dailyLimit)
 *   weeklyExcess = max(0, Σ_day worked(day) − weeklyLimit)
 *   lawOvertime  = max(dailyExcess, weeklyExcess)      (an hour beyond both limits counts once)
 * worked = ordinary + extra + overtime;  lawOvertimeHours = Σ over persons and weeks
 * </pre>
 *
 * <p>The limits are the caller's: 9 h and 40 h by default in aml § 10-4 (1), 38 or 36 h a week for
 * rota work (§ 10-4 (4), (5)); an averaging agreement (§ 10-5) raises the daily limit. Averaging
 * over several weeks is not modelled: each week stands alone.
 *
 * <pre>{@code
 * LawOvertimeHours.of(records, Duration.ofHours(9), Duration.ofHours(40))
 * }</pre>
 */
public final class LawOvertimeHours {

  /** The ordinary daily limit of aml § 10-4 (1): 9 hours. */
  public static final Duration DAILY_LIMIT = Duration.ofHours(9);

  /** The ordinary weekly limit of aml § 10-4 (1): 40 hours. */
  public static final Duration WEEKLY_LIMIT = Duration.ofHours(40);

  private LawOvertimeHours() {}

  /**
   * Σ hours beyond {@code dailyLimit} a day or {@code weeklyLimit} a week, per person and week.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public static Duration of(Iterable<WorkRecord> records, Duration dailyLimit, Duration weeklyLimit) {
    checkArgument(
        dailyLimit.compareTo(Duration.ZERO) > 0 && weeklyLimit.compareTo(Duration.ZERO) > 0,
        "LawOvertimeHours: dailyLimit (%s) and weeklyLimit (%s) must be positive",
        dailyLimit,
        weeklyLimit);
    // person -> week (Monday) -> date -> worked
    Map<String, Map<LocalDate, Map<LocalDate, Duration>>> worked = new TreeMap<>();
    for (WorkRecord record : records) {
      if (record.employee().isEmpty()) {
        continue;
      }
      LocalDate monday = record.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      worked
          .computeIfAbsent(record.employee().get(), k -> new TreeMap<>())
          .computeIfAbsent(monday, k -> new TreeMap<>())
          .merge(record.date(), record.worked(), Duration::plus);
    }
    Duration total = Duration.ZERO;
    for (Map<LocalDate, Map<LocalDate, Duration>> weeks : worked.values()) {
      for (Map<LocalDate, Duration> days : weeks.values()) {
        Duration daily = Duration.ZERO;
        Duration week = Duration.ZERO;
        for (Duration day : days.values()) {
          week = week.plus(day);
          if (day.compareTo(dailyLimit) > 0) {
            daily = daily.plus(day.minus(dailyLimit));
          }
        }
        Duration weekly = week.compareTo(weeklyLimit) > 0 ? week.minus(weeklyLimit) : Duration.ZERO;
        total = total.plus(daily.compareTo(weekly) >= 0 ? daily : weekly);
      }
    }
    return total;
  }
}
