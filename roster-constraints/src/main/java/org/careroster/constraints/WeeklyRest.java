package org.careroster.constraints;

import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.careroster.core.Employee;
import org.careroster.core.RosterTime;
import org.immutables.value.Value;

/**
 * Weekly rest (aml § 10-8 (2)): in every week an employee has one continuous rest of at least
 * {@link #minimum()}: 35 hours by law, down to 28 hours by written agreement with the union
 * representatives (§ 10-8 (3)).
 *
 * <p>Weeks run Monday 00:00 to Monday 00:00 in real time (the law's default week boundary when
 * nothing else is agreed); only complete weeks inside the horizon are judged. Shifts reaching into
 * a week from the week before (a Sunday night shift) shorten its rest; in a cyclic rotation the
 * last week's shifts reach into the first week.
 *
 * <pre>{@code
 * Rule rest = WeeklyRest.builder().minimum(Duration.ofHours(28)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeeklyRest.class)
@JsonDeserialize(as = ImmutableWeeklyRest.class)
public abstract class WeeklyRest extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "weekly-rest";

  private static final Duration LAW = Duration.ofHours(35);

  WeeklyRest() {}

  /** A new builder; {@code minimum} is 35 hours unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The shortest continuous rest each week must hold, more than 0 and at most 7 days. */
  @Value.Default
  public Duration minimum() {
    return LAW;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract WeeklyRest withSeverity(Severity severity);

  /** A copy with another minimum. */
  public abstract WeeklyRest withMinimum(Duration minimum);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-8 (2)}, or {@code (3)} when the minimum is below the law's 35 hours. */
  @JsonIgnore
  @Override
  public final String source() {
    return minimum().compareTo(LAW) < 0 ? "aml § 10-8 (3)" : "aml § 10-8 (2)";
  }

  @Value.Check
  void check() {
    require(
        minimum().compareTo(Duration.ZERO) > 0 && minimum().compareTo(Duration.ofDays(7)) <= 0,
        ID, "minimum", minimum(), "must be more than 0 and at most 7 days");
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      ImmutableList<WorkedShift> shifts = view.turnsAround(employee);
      int first = 0; // no shift before this one reaches into the week: shifts last under 25 h
      for (LocalDate monday : view.weekStarts()) {
        ZonedDateTime from = RosterTime.at(monday.atStartOfDay());
        ZonedDateTime to = RosterTime.at(monday.plusDays(7).atStartOfDay());
        LocalDate reach = monday.minusDays(2);
        while (first < shifts.size() && shifts.get(first).date().isBefore(reach)) {
          first++;
        }
        Duration longest = longestRest(shifts.subList(first, shifts.size()), from, to);
        if (longest.compareTo(minimum()) < 0) {
          violations.add(violation(employee, monday, longest));
        }
      }
    }
    return violations.build();
  }

  /** The longest stretch of [from, to) that no shift covers. */
  static Duration longestRest(List<WorkedShift> sorted, ZonedDateTime from, ZonedDateTime to) {
    long start = from.toEpochSecond();
    long end = to.toEpochSecond();
    long free = start; // start of the current free stretch
    long longest = 0;
    for (WorkedShift s : sorted) {
      if (s.endSecond() <= start) {
        continue;
      }
      if (s.startSecond() >= end) {
        break;
      }
      longest = Math.max(longest, s.startSecond() - free);
      free = Math.max(free, s.endSecond());
    }
    longest = Math.max(longest, end - free);
    return Duration.ofSeconds(longest);
  }

  private Violation violation(Employee employee, LocalDate monday, Duration longest) {
    long rest = longest.toMinutes();
    return violation()
        .employee(employee.id())
        .date(monday)
        .endDate(monday.plusDays(6))
        .measured(rest)
        .limit(minimum().toMinutes())
        .measure(Measure.MINUTES)
        .penalty(minimum().toMinutes() - rest)
        .message(
            String.format(
                "%s's longest rest in the week of %s is %s; each week needs %s in one stretch (%s).",
                employee.id(), monday, Durations.format(rest), Durations.format(minimum()), source()))
        .messageNynorsk(
            String.format(
                "%s har lengste samanhengande kvile på %s i veka frå %s; kvar veke krev %s (%s).",
                employee.id(), Durations.formatNn(rest), monday, Durations.formatNn(minimum()), source()))
        .build();
  }

  /** Builds a {@link WeeklyRest}. */
  public static final class Builder extends ImmutableWeeklyRest.Builder {
    Builder() {}
  }
}
