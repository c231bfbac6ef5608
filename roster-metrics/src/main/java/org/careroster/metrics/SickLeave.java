package org.careroster.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.PublicHolidays;
import org.careroster.core.WorkRecord;

/**
 * Sick leave in percent (sjukefråvær), in the two ways RULES.md §4.3 describes: by day works as
 * SSB and NAV count it, or by hours as rota systems do.
 *
 * <pre>
 * DAY_WORKS:  sickDayWorks   = Σ sick agreed days × positionShare × degree
 *             agreedDayWorks = Σ agreed days × positionShare
 *             sickLeave      = 100 × sickDayWorks / agreedDayWorks
 *             (summed over positions; agreed days: Monday to Friday except Norwegian public
 *              holidays, in the period and in the position's employment; positionShare =
 *              positionPercent / 100; degree = degreePercent / 100)
 *
 * HOURS:      sickLeave = 100 × sickHours / baseHours
 *             sickHours = absence hours of work records on dates the person is on sick leave
 *             baseHours = PLANNED:     Σ ordinary hours + sickHours   (other leave is not in the base)
 *                         CONTRACTUAL: Σ positionShare × fullTimeWeeklyHours × employed days / 7
 *                                      (over positions)
 * </pre>
 *
 * <p>Both count only the persons of the population, in numerator and denominator alike. Every
 * {@link AbsenceKind#SICK_LEAVE} absence counts (the model does not tell self-certified from
 * doctor-certified leave). In the hours variant the work record's absence hours already reflect a
 * graded leave (3 h 45 of a 7 h 30 shift at 50 %).
 *
 * <pre>{@code
 * SickLeave.dayWorks(population, absences, from, to).percent()   // e.g. Optional[15.0]
 * }</pre>
 */
public final class SickLeave {

  /** How sick leave is counted. */
  public enum Variant {
    /** Day works as SSB and NAV (and KS, who publish SSB's figures) count them; the default. */
    DAY_WORKS,
    /** Absence hours over planned or contractual hours, as rota and time systems count them. */
    HOURS
  }

  /** What the hours variant divides by. */
  public enum HoursBase {
    /** Ordinary hours worked plus sick hours, from the work records. */
    PLANNED,
    /** Position × full-time weekly hours over the employed days of the period. */
    CONTRACTUAL
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

  private SickLeave() {}

  /**
   * Sick day works over agreed day works for the persons of {@code population}, from {@code from}
   * to {@code to} (both included).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Ratio dayWorks(
      Population population, List<Absence> absences, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    BigDecimal sick = BigDecimal.ZERO;
    BigDecimal agreed = BigDecimal.ZERO;
    for (Employee position : population.positions()) {
      BigDecimal positionShare = position.positionPercent().divide(HUNDRED);
      agreed = agreed.add(positionShare.multiply(BigDecimal.valueOf(agreedDays(position, from, to))));
      for (Absence absence : absences) {
        if (absence.kind() == AbsenceKind.SICK_LEAVE && absence.employee().equals(position.id())) {
          long days = agreedDays(position, max(absence.from(), from), min(absence.to(), to));
          sick =
              sick.add(
                  positionShare
                      .multiply(BigDecimal.valueOf(days))
                      .multiply(absence.degreePercent().divide(HUNDRED)));
        }
      }
    }
    return Ratio.of(sick, agreed);
  }

  /**
   * Sick hours over planned or contractual hours for the persons of {@code population}, from the
   * work records dated {@code from} to {@code to}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Ratio hours(
      Population population,
      List<WorkRecord> records,
      List<Absence> absences,
      LocalDate from,
      LocalDate to,
      HoursBase base) {
    checkPeriod(from, to);
    Map<String, List<Absence>> sickByPerson = new HashMap<>();
    for (Absence absence : absences) {
      if (absence.kind() == AbsenceKind.SICK_LEAVE && population.contains(absence.employee())) {
        sickByPerson.computeIfAbsent(absence.employee(), k -> new ArrayList<>()).add(absence);
      }
    }
    Duration sick = Duration.ZERO;
    Duration ordinary = Duration.ZERO;
    for (WorkRecord record : records) {
      if (record.employee().isEmpty()
          || !population.contains(record.employee().get())
          || record.date().isBefore(from)
          || record.date().isAfter(to)) {
        continue;
      }
      ordinary = ordinary.plus(record.ordinary());
      boolean onSickLeave =
          sickByPerson.getOrDefault(record.employee().get(), List.of()).stream()
              .anyMatch(a -> a.covers(record.date()));
      if (onSickLeave) {
        sick = sick.plus(record.absence());
      }
    }
    BigDecimal baseHours;
    if (base == HoursBase.PLANNED) {
      baseHours = HourMath.hours(ordinary.plus(sick));
    } else {
      baseHours = BigDecimal.ZERO;
      for (Employee position : population.positions()) {
        long employedDays = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          if (position.isEmployedOn(d)) {
            employedDays++;
          }
        }
        baseHours =
            baseHours.add(
                position
                    .positionPercent()
                    .divide(HUNDRED)
                    .multiply(position.fullTimeWeeklyHours())
                    .multiply(BigDecimal.valueOf(employedDays))
                    .divide(SEVEN, Ratio.PRECISION));
      }
    }
    return Ratio.of(HourMath.hours(sick), baseHours);
  }

  /** Whether {@code date} is an agreed day: Monday to Friday and not a Norwegian public holiday. */
  public static boolean isAgreedDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !PublicHolidays.norway().isHoliday(date);
  }

  /** Agreed days from {@code start} to {@code end} on which {@code position} is employed. */
  private static long agreedDays(Employee position, LocalDate start, LocalDate end) {
    long days = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (isAgreedDay(d) && position.isEmployedOn(d)) {
        days++;
      }
    }
    return days;
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    checkArgument(!to.isBefore(from), "SickLeave: to (%s) must not be before from (%s)", to, from);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
