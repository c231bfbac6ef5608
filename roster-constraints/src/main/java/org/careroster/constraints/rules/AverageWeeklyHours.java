package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Sequences;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.internal.WeekWindows;
import org.careroster.constraints.internal.Windows;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Averaged weekly hours (aml § 10-5 (1)–(2), § 10-6 (8)): over every {@link #weeks()} consecutive
 * complete weeks, an employee works on average at most {@link #maximum()} a week, overtime
 * included; by law 48 hours over 8 weeks.
 *
 * <p>Windows slide by one week; a cyclic rotation wraps, and a rotation no longer than the window
 * is averaged over itself (it repeats). A calendar horizon with fewer complete weeks than the
 * window is averaged over the weeks it has, which is strict for short plans: later weeks could
 * still balance them.
 *
 * <pre>{@code
 * Rule average = AverageWeeklyHours.builder().maximum(Duration.ofHours(48)).weeks(8).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(AverageWeeklyHours.ID)
@JsonSerialize(as = ImmutableAverageWeeklyHours.class)
@JsonDeserialize(as = ImmutableAverageWeeklyHours.class)
public abstract class AverageWeeklyHours extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "average-weekly-hours";

  AverageWeeklyHours() {}

  /** A new builder; 48 hours over 8 weeks unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most working time per week on average, more than 0 and at most 168 hours. */
  @Value.Default
  public Duration maximum() {
    return Duration.ofHours(48);
  }

  /** Weeks averaged over, 1 to 52. */
  @Value.Default
  public int weeks() {
    return 8;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract AverageWeeklyHours withSeverity(Severity severity);

  /** A copy with another maximum. */
  public abstract AverageWeeklyHours withMaximum(Duration maximum);

  /** A copy with another averaging period. */
  public abstract AverageWeeklyHours withWeeks(int weeks);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-5 (2), § 10-6 (8)}. */
  @JsonIgnore
  @Override
  public final String source() {
    return "aml § 10-5 (2), § 10-6 (8)";
  }

  @Value.Check
  void check() {
    require(
        maximum().compareTo(Duration.ZERO) > 0 && maximum().compareTo(Duration.ofDays(7)) <= 0,
        ID, "maximum", maximum(), "must be more than 0 and at most 168 hours");
    require(weeks() >= 1 && weeks() <= 52, ID, "weeks", weeks(), "must be between 1 and 52");
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    ImmutableList<LocalDate> mondays = view.weekStarts();
    ImmutableList<ImmutableList<LocalDate>> windows = WeekWindows.of(view, weeks());
    long perWeek = maximum().toMinutes();
    for (Employee employee : view.problem().employees()) {
      long[] byWeek = WeekWindows.minutesByWeek(view, employee, true);
      for (ImmutableList<LocalDate> window : windows) {
        long total = 0;
        for (LocalDate monday : window) {
          total += byWeek[(int) ((monday.toEpochDay() - mondays.get(0).toEpochDay()) / 7)];
        }
        long allowed = perWeek * window.size();
        if (total > allowed) {
          long average = ceilDiv(total, window.size());
          LocalDate first = window.get(0);
          LocalDate last = window.get(window.size() - 1).plusDays(6);
          violations.add(
              violation()
                  .employee(employee.id())
                  .date(first)
                  .endDate(last)
                  .measured(average)
                  .limit(perWeek)
                  .measure(Measure.MINUTES)
                  .penalty(total - allowed)
                  .message(
                      String.format(
                          Locale.ROOT,
                          "%s works %s a week on average over the %d weeks from %s to %s; the "
                              + "maximum is %s (%s).",
                          employee.id(), Durations.format(average), window.size(), first, last,
                          Durations.format(perWeek), source()))
                  .messageNynorsk(
                      String.format(
                          Locale.ROOT,
                          "%s arbeider i snitt %s i veka over dei %d vekene frå %s til %s; største "
                              + "tillatne er %s (%s).",
                          employee.id(), Durations.formatNn(average), window.size(), first, last,
                          Durations.formatNn(perWeek), source()))
                  .build());
        }
      }
    }
    return violations.build();
  }

  /** Encoded in both severities. */

  /**
   * Per employee, the minutes of each complete week (a sum of the days' minutes), and per window
   * of {@link WeekWindows#of} (the same windows: sliding, wrapping in a rotation, one window of
   * all weeks when there are no more than {@link #weeks()}) their sum: hard, at most the maximum
   * times the window's weeks; soft, the penalty is the minutes above that.
   */
  @Override
  public void post(RosterModel model) {
    int[] mondays = TimeEncoding.weekStarts(model.problem().horizon());
    List<int[]> windows = Sequences.averagingWindows(mondays.length, weeks(), model.isCyclic());
    long perWeek = maximum().toMinutes();
    for (int e = 0; e < model.employees(); e++) {
      IntVar[] byWeek = TimeEncoding.minutesByWeek(model, e, mondays);
      List<IntVar> parts = new ArrayList<>();
      for (int[] window : windows) {
        IntVar[] weeksOfWindow = new IntVar[window.length];
        for (int k = 0; k < window.length; k++) {
          weeksOfWindow[k] = byWeek[window[k]];
        }
        int allowed = Math.toIntExact(perWeek * window.length);
        String subject =
            TimeEncoding.subject(model, e, model.problem().horizon().dates().get(mondays[window[0]]));
        IntVar total =
            TimeEncoding.sum(model, "window-minutes[" + subject + "]", java.util.Arrays.asList(weeksOfWindow));
        if (total.getUB() <= allowed) {
          continue;
        }
        if (severity().isHard()) {
          TimeEncoding.post(model, model.chocoModel().arithm(total, "<=", allowed), ID, subject);
        } else {
          parts.add(TimeEncoding.excess(model, model.name(ID, subject), total, allowed));
        }
      }
      TimeEncoding.penalty(model, ID, model.problem().employees().get(e).id(), parts, severity().weight());
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** Builds an {@link AverageWeeklyHours}. */
  public static final class Builder extends ImmutableAverageWeeklyHours.Builder {
    Builder() {}
  }
}
