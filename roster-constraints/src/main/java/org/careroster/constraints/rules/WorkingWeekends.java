package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.internal.Weekends;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.WeekendWindow;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Working weekends in the planning period: an employee works at most {@link #maximum()} weekends
 * of the plan (the calendar plan, or one turn of a rotation), a local or individual agreement;
 * {@link #maximumByEmployee()} gives individual limits. Where {@link WeekendFrequency} spaces the
 * weekends out, this rule caps how many there are.
 *
 * <p>Weekends are those of {@link WeekendFrequency}: identified by their Saturday, worked when
 * one of the employee's shifts touches the {@link #window()} (Saturday and Sunday by default); in a
 * calendar horizon every weekend whose window overlaps the horizon counts. An employee over the
 * limit is one violation, penalised by the weekends too many.
 *
 * <pre>{@code
 * Rule weekends = WorkingWeekends.builder().maximum(2).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(WorkingWeekends.ID)
@JsonSerialize(as = ImmutableWorkingWeekends.class)
@JsonDeserialize(as = ImmutableWorkingWeekends.class)
public abstract class WorkingWeekends extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "working-weekends";

  static final String SOURCE = "local agreement";

  WorkingWeekends() {}

  /** A new builder; without limits the rule allows everything. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most weekends anyone works in the planning period; none by default. */
  public abstract Optional<Integer> maximum();

  /** Individual limits by employee id, replacing {@link #maximum()}; empty by default. */
  public abstract ImmutableMap<String, Integer> maximumByEmployee();

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

  /** A copy with another general limit. */
  public abstract WorkingWeekends withMaximum(int maximum);

  /** A copy with other individual limits. */
  public abstract WorkingWeekends withMaximumByEmployee(Map<String, ? extends Integer> entries);

  /** A copy with another weekend window. */
  public abstract WorkingWeekends withWindow(WeekendWindow window);

  /** A copy with another severity. */
  public abstract WorkingWeekends withSeverity(Severity severity);

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

  /** The limit that applies to {@code employee}, if any. */
  public final Optional<Integer> maximumFor(Employee employee) {
    Integer own = maximumByEmployee().get(employee.id());
    return own != null ? Optional.of(own) : maximum();
  }

  @Value.Check
  void check() {
    maximum().ifPresent(m -> require(m >= 0, ID, "maximum", m, "must be 0 or more"));
    maximumByEmployee().forEach((id, m) -> require(m >= 0, ID, "maximumByEmployee." + id, m, "must be 0 or more"));
  }

  /**
   * One flag per employee and weekend, as {@link WeekendFrequency} builds it; their sum is at most
   * the limit (hard), or {@code max(0, sum − limit)} is the penalty (soft). A limit of 0 forbids
   * every shift touching a weekend.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    Parameters.requireEmployees(ID, "maximumByEmployee", maximumByEmployee().keySet(), problem);
    ImmutableList<LocalDate> saturdays = Weekends.saturdays(problem.horizon(), window());
    if (saturdays.isEmpty()) {
      return;
    }
    List<List<int[]>> touching = Weekends.touchingPairs(model, saturdays, window());
    Model choco = model.chocoModel();
    List<IntVar> penalties = new ArrayList<>();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      Optional<Integer> limit = maximumFor(employee);
      if (limit.isEmpty() || limit.get() >= saturdays.size()) {
        continue;
      }
      int max = limit.get();
      if (max == 0 && severity().isHard()) {
        for (int k = 0; k < saturdays.size(); k++) {
          for (int[] pair : touching.get(k)) {
            Encodings.post(
                this,
                model,
                employee.id() + "@" + saturdays.get(k) + ":" + pair[0] + "/" + pair[1],
                choco.arithm(model.shift(e, pair[0]), "!=", pair[1] + 1));
          }
        }
        continue;
      }
      BoolVar[] flags = new BoolVar[saturdays.size()];
      for (int k = 0; k < flags.length; k++) {
        List<BoolVar> works = new ArrayList<>();
        for (int[] pair : touching.get(k)) {
          works.add(model.works(e, pair[0], pair[1]));
        }
        flags[k] = Encodings.or(choco, works);
      }
      if (severity().isHard()) {
        Encodings.post(this, model, employee.id(), choco.sum(flags, "<=", max));
      } else {
        IntVar count = choco.intVar(model.name(ID, employee.id() + ":count"), 0, flags.length, true);
        choco.sum(flags, "=", count).post();
        penalties.add(TimeEncoding.excess(model, model.name(ID, employee.id()), count, max));
      }
    }
    if (!penalties.isEmpty()) {
      Encodings.addPenalty(this, model, "all", penalties, null);
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    Parameters.requireEmployees(ID, "maximumByEmployee", maximumByEmployee().keySet(), view.problem());
    ImmutableList<LocalDate> saturdays = Weekends.saturdays(view.horizon(), window());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    if (saturdays.isEmpty()) {
      return violations.build();
    }
    for (Employee employee : view.problem().employees()) {
      Optional<Integer> limit = maximumFor(employee);
      if (limit.isEmpty()) {
        continue;
      }
      List<Integer> worked = Weekends.workedWeekends(view.turnsAround(employee), saturdays, window());
      if (worked.size() > limit.get()) {
        List<LocalDate> dates = new ArrayList<>();
        for (int k : worked) {
          dates.add(saturdays.get(k));
        }
        violations.add(violation(employee, view.horizon(), dates, limit.get()));
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, PlanningHorizon horizon, List<LocalDate> saturdays, int limit) {
    boolean own = maximumByEmployee().containsKey(employee.id());
    int count = saturdays.size();
    return violation()
        .employee(employee.id())
        .date(saturdays.get(0))
        .endDate(saturdays.get(count - 1).plusDays(1))
        .measured(count)
        .limit(limit)
        .measure(Measure.COUNT)
        .penalty(count - limit)
        .message(
            String.format(
                Locale.ROOT,
                "%s works %d weekends from %s to %s (Saturdays %s); at most %d allowed%s (%s).",
                employee.id(),
                count,
                horizon.start(),
                horizon.end(),
                saturdays,
                limit,
                own ? " by " + employee.id() + "'s own limit" : "",
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s arbeider %d helgar frå %s til %s (laurdagane %s); høgst %d er tillate%s (%s).",
                employee.id(),
                count,
                horizon.start(),
                horizon.end(),
                saturdays,
                limit,
                own ? " etter grensa til " + employee.id() : "",
                source()))
        .build();
  }

  /** Builds a {@link WorkingWeekends}. */
  public static final class Builder extends ImmutableWorkingWeekends.Builder {
    Builder() {}
  }
}
