package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.metrics.HourMath.hours;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.WeekendWindow;
import org.careroster.core.WorkRecord;

/**
 * Weekend hours coverage (helgetimedekning), in the three variants of RULES.md §4.6; no official
 * KS or SSB definition exists, so the variant is a parameter.
 *
 * <pre>
 * A PLANNED  (default): covered weekend hours of the base rotation / weekend hours the staffing plan requires
 *     covered(d, s) = min(assigned(d, s), required(d, s)) × weekend hours of s on d
 *     required(d, s) as in {@link VacantShiftHours}; so PLANNED = 1 − vacant weekend hours / required
 * B ACTUAL:  ordinary hours of the population on Saturdays and Sundays
 *            / all hours worked on Saturdays and Sundays (ordinary, extra, overtime, agency)
 * C CAPACITY: Σ_p (weekend hours of p in the rotation / weekends p works in it) / weekendFrequency(p)
 *            / (required weekend hours of the rotation / weeks of the rotation)
 * </pre>
 *
 * <p>Weekend hours are the real time of a shift inside the {@link WeekendWindow}; the scorecard
 * uses Saturday 00:00 to Monday 00:00 (KS HTA § 5.2). Work records carry no clock times, so variant
 * B counts the records dated on a Saturday or Sunday whatever the window. Variant C asks whether the
 * staff could carry the required weekends at their agreed frequency; it may exceed 100 %.
 *
 * <pre>{@code
 * WeekendHoursCoverage.planned(rotation, plan, shiftsByCode, WeekendWindow.SATURDAY_SUNDAY).percent()
 * }</pre>
 */
public final class WeekendHoursCoverage {

  /** Which coverage is measured. */
  public enum Variant {
    /** A: the base rotation against the staffing plan; the default. */
    PLANNED,
    /** B: weekend hours worked by the population in their ordinary plan against all weekend hours. */
    ACTUAL,
    /** C: the weekend hours the staff can carry at their weekend frequency against the requirement. */
    CAPACITY
  }

  private WeekendHoursCoverage() {}

  /**
   * Variant A: required weekend hours of {@code rotation} that are assigned, over all required
   * weekend hours.
   *
   * @throws IllegalArgumentException if an assignment names a shift type not in {@code shifts}
   */
  public static Ratio planned(
      BaseRotation rotation, StaffingPlan plan, Map<String, ShiftType> shifts, WeekendWindow window) {
    Duration covered = Duration.ZERO;
    Duration required = Duration.ZERO;
    for (RotationSlots.Slot slot : RotationSlots.of(rotation, plan, shifts)) {
      Duration weekend = slot.shift().weekendDuration(slot.date(), window);
      covered = covered.plus(weekend.multipliedBy(slot.covered()));
      required = required.plus(weekend.multipliedBy(slot.required()));
    }
    return Ratio.of(hours(covered), hours(required));
  }

  /**
   * Variant B: ordinary hours of the persons of {@code population} in records dated Saturday or
   * Sunday, over all hours worked in those records (agency hours included).
   */
  public static Ratio actual(Iterable<WorkRecord> records, Population population) {
    Duration own = Duration.ZERO;
    Duration all = Duration.ZERO;
    for (WorkRecord record : records) {
      DayOfWeek day = record.date().getDayOfWeek();
      if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        continue;
      }
      all = all.plus(record.worked()).plus(record.agency());
      if (record.employee().isPresent() && population.contains(record.employee().get())) {
        own = own.plus(record.ordinary());
      }
    }
    return Ratio.of(hours(own), hours(all));
  }

  /**
   * Variant C: the weekend hours {@code staff} can carry per weekend at their weekend frequency,
   * over the weekend hours the plan requires per week of {@code rotation}.
   *
   * @throws IllegalArgumentException if a person works weekends in the rotation but has no {@link
   *     Employee#weekendFrequency()}, is not in {@code staff}, or an assignment names an unknown
   *     shift type
   */
  public static Ratio capacity(
      BaseRotation rotation,
      StaffingPlan plan,
      Map<String, ShiftType> shifts,
      Iterable<Employee> staff,
      WeekendWindow window) {
    Map<String, Integer> frequency = new HashMap<>();
    Set<String> known = new HashSet<>();
    for (Employee e : staff) {
      known.add(e.id());
      e.weekendFrequency().ifPresent(f -> frequency.merge(e.id(), f, Math::min));
    }
    Map<String, Duration> weekendHours = new LinkedHashMap<>();
    Map<String, Set<LocalDate>> weekends = new HashMap<>();
    for (Assignment a : rotation.assignments()) {
      ShiftType shift = shifts.get(a.shift());
      checkArgument(
          shift != null,
          "WeekendHoursCoverage: shift (%s) of assignment %s is not a shift type of the unit; known: %s",
          a.shift(),
          a.slot(),
          shifts.keySet());
      Duration weekend = shift.weekendDuration(a.date(), window);
      if (weekend.isZero()) {
        continue;
      }
      weekendHours.merge(a.employee(), weekend, Duration::plus);
      weekends
          .computeIfAbsent(a.employee(), k -> new HashSet<>())
          .add(a.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }
    BigDecimal capacity = BigDecimal.ZERO;
    for (Map.Entry<String, Duration> entry : weekendHours.entrySet()) {
      String person = entry.getKey();
      checkArgument(
          known.contains(person),
          "WeekendHoursCoverage: employee %s works weekends in the rotation but is not in the staff list",
          person);
      checkArgument(
          frequency.containsKey(person),
          "WeekendHoursCoverage: employee %s works weekends in the rotation but has no weekendFrequency;"
              + " variant CAPACITY needs it. Maybe set weekendFrequency (usually 2, 3 or 4)",
          person);
      BigDecimal perWeekend =
          hours(entry.getValue()).divide(BigDecimal.valueOf(weekends.get(person).size()), Ratio.PRECISION);
      capacity = capacity.add(perWeekend.divide(BigDecimal.valueOf(frequency.get(person)), Ratio.PRECISION));
    }
    Duration required = Duration.ZERO;
    for (RotationSlots.Slot slot : RotationSlots.of(rotation, plan, shifts)) {
      required = required.plus(slot.shift().weekendDuration(slot.date(), window).multipliedBy(slot.required()));
    }
    BigDecimal weeks = BigDecimal.valueOf(rotation.horizon().days()).divide(BigDecimal.valueOf(7), Ratio.PRECISION);
    return Ratio.of(capacity, hours(required).divide(weeks, Ratio.PRECISION));
  }
}
