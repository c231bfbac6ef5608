package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.Weekends;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.WeekendWindow;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Weekend frequency (helgefrekvens): an employee works at most every {@link #every()}-th weekend,
 * a local agreement following KS practice of every third weekend (RULES.md §2.3). An employee's
 * own {@link Employee#weekendFrequency()} overrides {@code every}.
 *
 * <p>A weekend is identified by its Saturday; its window is {@link #window()} opening on the
 * window's start day nearest that Saturday. The employee works the weekend if one of their shifts
 * touches the window (a Friday night shift ending Saturday morning does). Each pair of consecutive
 * worked weekends fewer than {@code every} weeks apart is one violation, from the first weekend's
 * Saturday to the second weekend's Sunday. In a calendar horizon every weekend whose window
 * overlaps the horizon counts, judged on the shifts inside the horizon (its Saturday may lie just
 * before the horizon). In a cyclic horizon the gap wraps from the last worked weekend of the
 * rotation to the first one of the next turn (with one worked weekend, the gap is the rotation's
 * length); the second weekend's Sunday is then reported as the date inside the rotation.
 *
 * <pre>{@code
 * Rule weekends = WeekendFrequency.builder().every(3).window(WeekendWindow.SUNDAY_WORK).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(WeekendFrequency.ID)
@JsonSerialize(as = ImmutableWeekendFrequency.class)
@JsonDeserialize(as = ImmutableWeekendFrequency.class)
public abstract class WeekendFrequency extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "weekend-frequency";

  static final String SOURCE = "local agreement (KS practice: every 3rd weekend)";

  WeekendFrequency() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Work at most every n-th weekend, from 1 (every weekend) to 8; 3 unless set otherwise. An
   * employee's own weekend frequency takes precedence.
   */
  @Value.Default
  public int every() {
    return 3;
  }

  /** The window a shift must touch to count as weekend work; Saturday and Sunday unless set otherwise. */
  @Value.Default
  public WeekendWindow window() {
    return WeekendWindow.SATURDAY_SUNDAY;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another frequency. */
  public abstract WeekendFrequency withEvery(int every);

  /** A copy with another weekend window. */
  public abstract WeekendFrequency withWindow(WeekendWindow window);

  /** A copy with another severity. */
  public abstract WeekendFrequency withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@value #SOURCE}. */
  @JsonIgnore
  @Override
  public final String source() {
    return SOURCE;
  }

  @Value.Check
  void check() {
    require(every() >= 1 && every() <= 8, ID, "every", every(), "must be between 1 and 8");
  }


  /**
   * One flag per employee and weekend: the disjunction of the {@code works} variables of the
   * (day, shift) pairs whose real times touch the weekend's window (in a rotation also as worked
   * one turn earlier or later, like the validator's copies). Hard: at most one worked weekend in
   * any {@code every} consecutive ones, by the employee's own frequency if set (wrapping in a
   * rotation, where a weekend repeated inside the window counts twice). Soft: each pair of worked
   * weekends {@code gap < every} apart with none worked between costs {@code every − gap}.
   */
  @Override
  public void post(RosterModel model) {
    PlanningHorizon horizon = model.problem().horizon();
    ImmutableList<LocalDate> saturdays = Weekends.saturdays(horizon, window());
    if (saturdays.isEmpty()) {
      return;
    }
    List<List<int[]>> touching = Weekends.touchingPairs(model, saturdays, window());
    IntFunction<String> names = k -> saturdays.get(k).toString();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = model.problem().employees().get(e);
      int every = employee.weekendFrequency().orElse(every());
      if (every <= 1) {
        continue; // every weekend is allowed
      }
      BoolVar[] flags = new BoolVar[saturdays.size()];
      for (int k = 0; k < flags.length; k++) {
        List<BoolVar> works = new ArrayList<>();
        for (int[] pair : touching.get(k)) {
          works.add(model.works(e, pair[0], pair[1]));
        }
        flags[k] = Encodings.or(model.chocoModel(), works);
      }
      if (severity().isHard()) {
        Encodings.limitWindows(this, model, employee.id(), names, flags, every, 1);
      } else {
        Encodings.limitGaps(this, model, employee.id(), names, flags, 1, every - 1, gap -> every - gap);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList<LocalDate> saturdays = Weekends.saturdays(view.horizon(), window());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    if (saturdays.isEmpty()) {
      return violations.build();
    }
    for (Employee employee : view.problem().employees()) {
      int every = employee.weekendFrequency().orElse(every());
      List<Integer> worked = Weekends.workedWeekends(view.turnsAround(employee), saturdays, window());
      int count = worked.size();
      int pairs = view.isCyclic() ? count : count - 1;
      for (int p = 0; p < pairs; p++) {
        int first = worked.get(p);
        int second = worked.get((p + 1) % count);
        int gap = p + 1 < count ? second - first : second + saturdays.size() - first;
        if (gap < every) {
          violations.add(
              violation(employee, every, saturdays.get(first), saturdays.get(second), gap, p + 1 >= count));
        }
      }
    }
    return violations.build();
  }

  private Violation violation(
      Employee employee, int every, LocalDate first, LocalDate second, int gap, boolean wraps) {
    boolean own = employee.weekendFrequency().isPresent();
    return violation()
        .employee(employee.id())
        .date(first)
        .endDate(second.plusDays(1))
        .measured(gap)
        .limit(every)
        .measure(Measure.COUNT)
        .penalty(every - gap)
        .message(
            String.format(
                Locale.ROOT,
                "%s works the weekends of %s and %s%s, %d %s apart; at most every %s weekend is"
                    + " allowed%s (%s).",
                employee.id(),
                first,
                second,
                wraps ? " (across the end of the rotation)" : "",
                gap,
                gap == 1 ? "week" : "weeks",
                ordinal(every),
                own ? " by " + employee.id() + "'s own weekend frequency" : "",
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s arbeider helgane %s og %s%s, med %d %s mellom; høgst kvar %d. helg er tillate%s (%s).",
                employee.id(),
                first,
                second,
                wraps ? " (over slutten av turnusen)" : "",
                gap,
                gap == 1 ? "veke" : "veker",
                every,
                own ? " etter helgefrekvensen til " + employee.id() : "",
                source()))
        .build();
  }

  private static String ordinal(int n) {
    switch (n) {
      case 1:
        return "1st";
      case 2:
        return "2nd";
      case 3:
        return "3rd";
      default:
        return n + "th";
    }
  }

  /** Builds a {@link WeekendFrequency}. */
  public static final class Builder extends ImmutableWeekendFrequency.Builder {
    Builder() {}
  }
}
