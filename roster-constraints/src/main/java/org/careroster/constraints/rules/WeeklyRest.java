package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.RosterTime;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
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
@JsonTypeName(WeeklyRest.ID)
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

  /** Encoded in both severities. */

  /**
   * For each employee and complete week, the longest rest exactly as {@link #longestRest} measures
   * it, in seconds from the week's Monday 00:00: {@code free[k]} (the latest end of the shifts
   * starting on day k of the week or before, at least the week's start) follows the days from two
   * days before the Monday to the Sunday; the rest before day k's shift is its start minus {@code
   * free[k - 1]}, and the week closes with its end minus {@code free[Sunday]}. Starts and ends are
   * {@code element}s over the real times of each shift value on that date (the previous turn's
   * dates across the wrap of a rotation). Hard: the largest of these rests is at least the
   * minimum. Soft: the penalty is max(0, minimum − longest), in whole minutes as the check reports
   * them. About 35 variables per employee and week.
   */
  @Override
  public void post(RosterModel model) {
    Model choco = model.chocoModel();
    ImmutableList<LocalDate> dates = model.problem().horizon().dates();
    ImmutableList<ShiftType> types = model.problem().shiftTypes();
    long required = minimum().getSeconds() + (minimum().getNano() > 0 ? 1 : 0);
    for (int monday : TimeEncoding.weekStarts(model.problem().horizon())) {
      LocalDate mondayDate = dates.get(monday);
      long from = RosterTime.at(mondayDate.atStartOfDay()).toEpochSecond();
      int weekEnd =
          Math.toIntExact(RosterTime.at(mondayDate.plusDays(7).atStartOfDay()).toEpochSecond() - from);
      // Real start and end of each value on each day from Monday − 2 to Sunday, relative to from.
      int[][] starts = new int[9][types.size() + 1];
      int[][] ends = new int[9][types.size() + 1];
      for (int k = -2; k <= 6; k++) {
        LocalDate date = mondayDate.plusDays(k);
        starts[k + 2][0] = -1; // off: no rest ends here
        ends[k + 2][0] = 0; // off: frees nothing beyond the week's start
        for (int s = 0; s < types.size(); s++) {
          starts[k + 2][s + 1] = Math.toIntExact(types.get(s).startsAt(date).toEpochSecond() - from);
          ends[k + 2][s + 1] =
              Math.toIntExact(Math.max(0, types.get(s).endsAt(date).toEpochSecond() - from));
        }
      }
      for (int e = 0; e < model.employees(); e++) {
        String subject = TimeEncoding.subject(model, e, mondayDate);
        List<IntVar> rests = new ArrayList<>();
        rests.add(choco.intVar(0));
        IntVar free = choco.intVar(0);
        for (int k = -2; k <= 6; k++) {
          int day = TimeEncoding.index(model, monday + k);
          if (day < 0) {
            continue; // before a calendar horizon: nobody works there
          }
          IntVar shift = model.shift(e, day);
          if (k >= 0) {
            IntVar start = element(choco, "start", starts[k + 2], shift);
            IntVar rest =
                choco.intVar("rest", start.getLB() - free.getUB(), start.getUB() - free.getLB(), true);
            choco.arithm(rest, "+", free, "=", start).post();
            rests.add(rest);
          }
          if (IntStream.of(ends[k + 2]).max().orElse(0) > 0) {
            IntVar end = element(choco, "end", ends[k + 2], shift);
            IntVar later =
                choco.intVar(
                    "free", Math.max(free.getLB(), end.getLB()), Math.max(free.getUB(), end.getUB()), true);
            choco.max(later, free, end).post();
            free = later;
          }
        }
        IntVar last = choco.intVar("rest", weekEnd - free.getUB(), weekEnd - free.getLB(), true);
        choco.arithm(last, "+", free, "=", weekEnd).post();
        rests.add(last);
        int longestUb = rests.stream().mapToInt(IntVar::getUB).max().orElse(0);
        IntVar longest = choco.intVar("longest-rest[" + subject + "]", 0, longestUb, true);
        choco.max(longest, rests.toArray(new IntVar[0])).post();
        if (severity().isHard()) {
          TimeEncoding.post(
              model, choco.arithm(longest, ">=", Math.toIntExact(Math.min(required, longestUb + 1L))),
              ID, subject);
        } else {
          IntVar restMinutes = choco.intVar("rest-minutes", 0, longestUb / 60, true);
          choco.div(longest, choco.intVar(60), restMinutes).post();
          int minimumMinutes = Math.toIntExact(minimum().toMinutes());
          IntVar penalty =
              TimeEncoding.excess(
                  model, model.name(ID, subject),
                  choco.intOffsetView(choco.intMinusView(restMinutes), minimumMinutes), 0);
          model.addPenalty(ID, penalty, severity().weight());
        }
      }
    }
  }

  private static IntVar element(Model choco, String name, int[] byValue, IntVar shift) {
    // Bounded: the values are seconds spread over days, too sparse for an enumerated domain.
    IntVar value =
        choco.intVar(name, IntStream.of(byValue).min().orElse(0), IntStream.of(byValue).max().orElse(0), true);
    choco.element(value, byValue, shift).post();
    return value;
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
                Locale.ROOT,
                "%s's longest rest in the week of %s is %s; each week needs %s in one stretch (%s).",
                employee.id(), monday, Durations.format(rest), Durations.format(minimum()), source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har lengste samanhengande kvile på %s i veka frå %s; kvar veke krev %s (%s).",
                employee.id(), Durations.formatNn(rest), monday, Durations.formatNn(minimum()), source()))
        .build();
  }

  /** Builds a {@link WeeklyRest}. */
  public static final class Builder extends ImmutableWeeklyRest.Builder {
    Builder() {}
  }
}
