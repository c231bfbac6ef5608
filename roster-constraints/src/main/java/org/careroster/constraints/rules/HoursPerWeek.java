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
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.internal.WeekWindows;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * The single-week cap: in no week does an employee work more than {@link #maximum()}, overtime
 * included. 48 hours is the law's total (aml § 10-6 (8)); an averaging agreement allows single
 * weeks up to 50 hours (individual, § 10-5 (1)) or 54 hours (union representatives, § 10-5 (2)),
 * while the average stays within {@link AverageWeeklyHours}.
 *
 * <p>Weeks are complete Monday-to-Sunday weeks inside the horizon; a shift counts in the week it
 * starts.
 *
 * <pre>{@code
 * Rule cap = HoursPerWeek.builder().maximum(Duration.ofHours(54)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(HoursPerWeek.ID)
@JsonSerialize(as = ImmutableHoursPerWeek.class)
@JsonDeserialize(as = ImmutableHoursPerWeek.class)
public abstract class HoursPerWeek extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "hours-per-week";

  HoursPerWeek() {}

  /** A new builder; {@code maximum} is 48 hours unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most working time in one week, more than 0 and at most 168 hours. */
  @Value.Default
  public Duration maximum() {
    return Duration.ofHours(48);
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract HoursPerWeek withSeverity(Severity severity);

  /** A copy with another maximum. */
  public abstract HoursPerWeek withMaximum(Duration maximum);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-6 (8)} up to 48 hours, § 10-5 (1) up to 50, § 10-5 (2) beyond. */
  @JsonIgnore
  @Override
  public final String source() {
    long hours = maximum().toMinutes();
    if (hours <= 48 * 60) {
      return "aml § 10-6 (8)";
    }
    return hours <= 50 * 60 ? "aml § 10-5 (1)" : "aml § 10-5 (2)";
  }

  @Value.Check
  void check() {
    require(
        maximum().compareTo(Duration.ZERO) > 0 && maximum().compareTo(Duration.ofDays(7)) <= 0,
        ID, "maximum", maximum(), "must be more than 0 and at most 168 hours");
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    ImmutableList<LocalDate> mondays = view.weekStarts();
    long limit = maximum().toMinutes();
    for (Employee employee : view.problem().employees()) {
      long[] weeks = WeekWindows.minutesByWeek(view, employee, true);
      for (int w = 0; w < weeks.length; w++) {
        if (weeks[w] > limit) {
          LocalDate monday = mondays.get(w);
          violations.add(
              violation()
                  .employee(employee.id())
                  .date(monday)
                  .endDate(monday.plusDays(6))
                  .measured(weeks[w])
                  .limit(limit)
                  .measure(Measure.MINUTES)
                  .penalty(weeks[w] - limit)
                  .message(
                      String.format(
                          Locale.ROOT,
                          "%s works %s in the week of %s; the maximum is %s (%s).",
                          employee.id(), Durations.format(weeks[w]), monday,
                          Durations.format(limit), source()))
                  .messageNynorsk(
                      String.format(
                          Locale.ROOT,
                          "%s arbeider %s i veka frå %s; største tillatne er %s (%s).",
                          employee.id(), Durations.formatNn(weeks[w]), monday,
                          Durations.formatNn(limit), source()))
                  .build());
        }
      }
    }
    return violations.build();
  }

  /** Encoded in both severities. */

  /**
   * Per employee and complete week, the sum of the real minutes of the shifts starting in it: hard,
   * at most the maximum; soft, the penalty is max(0, sum − maximum). One sum per employee and week.
   */
  @Override
  public void post(RosterModel model) {
    int[] mondays = TimeEncoding.weekStarts(model.problem().horizon());
    int limit = Math.toIntExact(maximum().toMinutes());
    for (int e = 0; e < model.employees(); e++) {
      IntVar[] weeks = TimeEncoding.minutesByWeek(model, e, mondays);
      List<IntVar> parts = new ArrayList<>();
      for (int w = 0; w < weeks.length; w++) {
        String subject = TimeEncoding.subject(model, e, model.problem().horizon().dates().get(mondays[w]));
        if (weeks[w].getUB() <= limit) {
          continue;
        }
        if (severity().isHard()) {
          TimeEncoding.post(model, model.chocoModel().arithm(weeks[w], "<=", limit), ID, subject);
        } else {
          parts.add(TimeEncoding.excess(model, model.name(ID, subject), weeks[w], limit));
        }
      }
      TimeEncoding.penalty(model, ID, model.problem().employees().get(e).id(), parts, severity().weight());
    }
  }

  /** Builds an {@link HoursPerWeek}. */
  public static final class Builder extends ImmutableHoursPerWeek.Builder {
    Builder() {}
  }
}
