package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.RosterTime;
import org.immutables.value.Value;

/**
 * Overtime caps (aml § 10-6 (4), RULES.md §1.4): the real minutes of assignments marked as overtime
 * stay within {@link #perWeek()} in each complete Monday–Sunday week, within {@link
 * #perFourWeeks()} in each four consecutive complete weeks, and within {@link #perYear()} in each
 * calendar year, a fixed period from 1 January to 31 December. The law's caps are 10, 25 and 200
 * hours; a written agreement with the union representatives raises them to at most 20, 50 and 300
 * hours (§ 10-6 (5)). Hard.
 *
 * <p>A shift's overtime minutes count in the period they fall in, split at midnight in Europe/Oslo,
 * so a Sunday night shift counts partly in the next week. In a calendar horizon only complete weeks
 * of the horizon are judged (a horizon with fewer than four complete weeks has no four-week
 * window), and a year counts the overtime of the roster that falls in it: overtime worked before
 * the horizon is not known. In a cyclic horizon the rotation repeats: the four-week windows
 * starting in the last three weeks wrap to the first weeks, and the year is the 52 weeks from the
 * rotation's first day with the rotation repeated.
 *
 * <pre>{@code
 * Rule overtime = OvertimeCaps.builder().perWeek(Duration.ofHours(20)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(OvertimeCaps.ID)
@JsonSerialize(as = ImmutableOvertimeCaps.class)
@JsonDeserialize(as = ImmutableOvertimeCaps.class)
public abstract class OvertimeCaps extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "overtime-caps";

  private static final Duration LAW_WEEK = Duration.ofHours(10);
  private static final Duration LAW_FOUR_WEEKS = Duration.ofHours(25);
  private static final Duration LAW_YEAR = Duration.ofHours(200);

  private static final int WEEKS_PER_YEAR = 52;

  OvertimeCaps() {}

  /** A new builder; every parameter has the law's default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Most overtime in one Monday–Sunday week; more than 0 and at most 20 hours; 10 hours unless set.
   */
  @Value.Default
  public Duration perWeek() {
    return LAW_WEEK;
  }

  /**
   * Most overtime in four consecutive weeks; more than 0 and at most 50 hours; 25 hours unless set.
   */
  @Value.Default
  public Duration perFourWeeks() {
    return LAW_FOUR_WEEKS;
  }

  /** Most overtime in a calendar year; more than 0 and at most 300 hours; 200 hours unless set. */
  @Value.Default
  public Duration perYear() {
    return LAW_YEAR;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another weekly cap. */
  public abstract OvertimeCaps withPerWeek(Duration perWeek);

  /** A copy with another four-week cap. */
  public abstract OvertimeCaps withPerFourWeeks(Duration perFourWeeks);

  /** A copy with another yearly cap. */
  public abstract OvertimeCaps withPerYear(Duration perYear);

  /** A copy with another severity. */
  public abstract OvertimeCaps withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-6 (4)}, or {@code (5)} when a cap is above the law's 10, 25 or 200 hours. */
  @JsonIgnore
  @Override
  public final String source() {
    boolean agreed =
        perWeek().compareTo(LAW_WEEK) > 0
            || perFourWeeks().compareTo(LAW_FOUR_WEEKS) > 0
            || perYear().compareTo(LAW_YEAR) > 0;
    return agreed ? "aml § 10-6 (5)" : "aml § 10-6 (4)";
  }

  @Value.Check
  void check() {
    requireCap("perWeek", perWeek(), 20);
    requireCap("perFourWeeks", perFourWeeks(), 50);
    requireCap("perYear", perYear(), 300);
    require(perWeek().compareTo(perFourWeeks()) <= 0, ID, "perWeek", perWeek(),
        "must not exceed perFourWeeks (" + perFourWeeks() + ")");
    require(perFourWeeks().compareTo(perYear()) <= 0, ID, "perFourWeeks", perFourWeeks(),
        "must not exceed perYear (" + perYear() + ")");
  }

  private static void requireCap(String parameter, Duration cap, int maxHours) {
    require(
        cap.compareTo(Duration.ZERO) > 0 && cap.compareTo(Duration.ofHours(maxHours)) <= 0,
        ID,
        parameter,
        cap,
        "must be more than 0 and at most " + maxHours + " hours (aml § 10-6 (5))");
  }

  /** Encoded in both severities (see {@link #post}). */

  /**
   * Adds nothing: the solver never marks an assignment as overtime (every shift it assigns is
   * ordinary time), so each roster it builds has no overtime minutes and keeps every cap, hard or
   * soft (penalty 0). Overtime enters a roster only when written by hand, which the validator
   * checks.
   */
  @Override
  public void post(RosterModel model) {}

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    List<LocalDate> weeks = view.weekStarts();
    int n = weeks.size();
    for (Employee employee : view.problem().employees()) {
      List<WorkedShift> overtime =
          view.turnsAround(employee).stream()
              .filter(WorkedShift::isOvertime)
              .collect(ImmutableList.toImmutableList());
      if (overtime.isEmpty()) {
        continue;
      }
      long[] week = new long[n];
      for (int i = 0; i < n; i++) {
        week[i] = minutesBetween(overtime, weeks.get(i), weeks.get(i).plusWeeks(1));
        reportAbove(violations, employee, weeks.get(i), 1, week[i], perWeek(), "week", "veka");
      }
      int windows = view.isCyclic() ? n : n - 3;
      for (int i = 0; i < windows; i++) {
        long sum = 0;
        for (int k = 0; k < 4; k++) {
          sum += week[(i + k) % n];
        }
        reportAbove(
            violations,
            employee,
            weeks.get(i),
            4,
            sum,
            perFourWeeks(),
            "four weeks",
            "dei fire vekene");
      }
      if (view.isCyclic()) {
        long sum = 0;
        for (int i = 0; i < WEEKS_PER_YEAR; i++) {
          sum += week[i % n];
        }
        reportAbove(
            violations,
            employee,
            view.horizon().start(),
            WEEKS_PER_YEAR,
            sum,
            perYear(),
            "52 weeks of the repeating rotation",
            "52 veker av turnusen som går att");
      } else {
        for (int year = view.horizon().start().getYear();
            year <= view.horizon().end().getYear();
            year++) {
          LocalDate first = LocalDate.of(year, 1, 1);
          long sum = minutesBetween(overtime, first, first.plusYears(1));
          LocalDate from = first.isBefore(view.horizon().start()) ? view.horizon().start() : first;
          LocalDate last = first.plusYears(1).minusDays(1);
          LocalDate to = last.isAfter(view.horizon().end()) ? view.horizon().end() : last;
          if (sum > perYear().toMinutes()) {
            violations.add(
                violation(
                    employee,
                    from,
                    to,
                    sum,
                    perYear(),
                    "calendar year " + year + " (within the horizon " + from + " – " + to + ")",
                    "kalenderåret " + year + " (innanfor perioden " + from + "–" + to + ")"));
          }
        }
      }
    }
    return violations.build();
  }

  /**
   * Reports {@code minutes} over {@code weeksLong} weeks from {@code monday} if above {@code cap}.
   */
  private void reportAbove(
      ImmutableList.Builder<Violation> violations,
      Employee employee,
      LocalDate monday,
      int weeksLong,
      long minutes,
      Duration cap,
      String period,
      String periodNn) {
    if (minutes <= cap.toMinutes()) {
      return;
    }
    LocalDate last = monday.plusWeeks(weeksLong).minusDays(1);
    violations.add(
        violation(
            employee,
            monday,
            last,
            minutes,
            cap,
            period + " " + monday + " – " + last,
            periodNn + " " + monday + "–" + last));
  }

  private Violation violation(
      Employee employee,
      LocalDate from,
      LocalDate to,
      long minutes,
      Duration cap,
      String period,
      String periodNn) {
    return violation()
        .employee(employee.id())
        .date(from)
        .endDate(to)
        .measured(minutes)
        .limit(cap.toMinutes())
        .measure(Measure.MINUTES)
        .penalty(minutes - cap.toMinutes())
        .message(
            String.format(
                Locale.ROOT,
                "%s works %s of overtime in the %s; the cap is %s (%s).",
                employee.id(), Durations.format(minutes), period, Durations.format(cap), source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %s overtid i %s; grensa er %s (%s).",
                employee.id(),
                Durations.formatNn(minutes),
                periodNn,
                Durations.formatNn(cap),
                source()))
        .build();
  }

  /**
   * Real overtime minutes of {@code shifts} from {@code from} 00:00 to {@code to} 00:00 in Oslo.
   */
  private static long minutesBetween(List<WorkedShift> shifts, LocalDate from, LocalDate to) {
    ZonedDateTime start = RosterTime.at(from, LocalTime.MIDNIGHT);
    ZonedDateTime end = RosterTime.at(to, LocalTime.MIDNIGHT);
    long minutes = 0;
    for (WorkedShift shift : shifts) {
      ZonedDateTime a = shift.start().isAfter(start) ? shift.start() : start;
      ZonedDateTime b = shift.end().isBefore(end) ? shift.end() : end;
      if (b.isAfter(a)) {
        minutes += Duration.between(a, b).toMinutes();
      }
    }
    return minutes;
  }

  /** Builds an {@link OvertimeCaps}. */
  public static final class Builder extends ImmutableOvertimeCaps.Builder {
    Builder() {}
  }
}
