package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Shift counts: an employee works at most so many shifts of a type in the planning period (the
 * calendar plan, or one turn of a rotation), a local or individual agreement, e.g. at most 8
 * nights in a 6-week rotation. {@link #maximum()} limits everyone by shift type code; {@link
 * #maximumByEmployee()} gives individual limits by employee id and shift type code, which replace
 * the general limit for that type. A limit of 0 forbids the shift type. Each (employee, shift
 * type) over its limit is one violation, penalised by the shifts too many.
 *
 * <pre>{@code
 * Rule nights = ShiftCounts.builder().putMaximum("N", 8).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ShiftCounts.ID)
@JsonSerialize(as = ImmutableShiftCounts.class)
@JsonDeserialize(as = ImmutableShiftCounts.class)
public abstract class ShiftCounts extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "shift-counts";

  static final String SOURCE = "local agreement";

  ShiftCounts() {}

  /** A new builder; without limits the rule allows everything. */
  public static Builder builder() {
    return new Builder();
  }

  /** Most shifts of each type (by code) per employee in the planning period; empty by default. */
  public abstract ImmutableMap<String, Integer> maximum();

  /**
   * Individual limits: employee id → shift type code → most shifts of that type, replacing {@link
   * #maximum()} for that employee and type; empty by default.
   */
  public abstract ImmutableMap<String, ImmutableMap<String, Integer>> maximumByEmployee();

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with other general limits. */
  public abstract ShiftCounts withMaximum(Map<String, ? extends Integer> entries);

  /** A copy with other individual limits. */
  public abstract ShiftCounts withMaximumByEmployee(
      Map<String, ? extends ImmutableMap<String, Integer>> entries);

  /** A copy with another severity. */
  public abstract ShiftCounts withSeverity(Severity severity);

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

  /** The limit on {@code shift} shifts for {@code employee}, if any. */
  public final Optional<Integer> maximumFor(Employee employee, String shift) {
    ImmutableMap<String, Integer> own = maximumByEmployee().get(employee.id());
    if (own != null && own.containsKey(shift)) {
      return Optional.of(own.get(shift));
    }
    return Optional.ofNullable(maximum().get(shift));
  }

  @Value.Check
  void check() {
    maximum().forEach((shift, max) -> require(max >= 0, ID, "maximum." + shift, max, "must be 0 or more"));
    maximumByEmployee()
        .forEach(
            (employee, limits) ->
                limits.forEach(
                    (shift, max) ->
                        require(
                            max >= 0,
                            ID,
                            "maximumByEmployee." + employee + "." + shift,
                            max,
                            "must be 0 or more")));
  }

  private void requireKnown(Problem problem) {
    Parameters.requireShiftTypes(ID, "maximum", maximum().keySet(), problem);
    Parameters.requireEmployees(ID, "maximumByEmployee", maximumByEmployee().keySet(), problem);
    maximumByEmployee()
        .forEach(
            (employee, limits) ->
                Parameters.requireShiftTypes(ID, "maximumByEmployee." + employee, limits.keySet(), problem));
  }

  /**
   * Per employee and limited shift type: a limit of 0 removes the value (hard) or costs each
   * such shift (soft); otherwise a count of the type's value over the employee's shift variables
   * is at most the limit (hard), or {@code max(0, count − limit)} is the penalty (soft).
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    requireKnown(problem);
    Model choco = model.chocoModel();
    List<IntVar> penalties = new ArrayList<>();
    for (int e = 0; e < model.employees(); e++) {
      Employee employee = problem.employees().get(e);
      for (int s = 0; s < problem.shiftTypes().size(); s++) {
        String code = problem.shiftTypes().get(s).code();
        Optional<Integer> limit = maximumFor(employee, code);
        if (limit.isEmpty() || limit.get() >= model.days()) {
          continue;
        }
        int max = limit.get();
        String subject = employee.id() + ":" + code;
        if (severity().isHard() && max == 0) {
          for (int d = 0; d < model.days(); d++) {
            Encodings.post(this, model, subject + "@" + d, choco.arithm(model.shift(e, d), "!=", s + 1));
          }
          continue;
        }
        IntVar[] row = new IntVar[model.days()];
        for (int d = 0; d < row.length; d++) {
          row[d] = model.shift(e, d);
        }
        IntVar count = choco.intVar(model.name(ID, subject + ":count"), 0, row.length, true);
        choco.count(s + 1, row, count).post();
        if (severity().isHard()) {
          Encodings.post(this, model, subject, choco.arithm(count, "<=", max));
        } else {
          penalties.add(TimeEncoding.excess(model, model.name(ID, subject), count, max));
        }
      }
    }
    if (!penalties.isEmpty()) {
      Encodings.addPenalty(this, model, "all", penalties, null);
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    requireKnown(view.problem());
    PlanningHorizon horizon = view.horizon();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      for (WorkedShift shift : view.shiftsOf(employee)) {
        counts.merge(shift.type().code(), 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        Optional<Integer> limit = maximumFor(employee, count.getKey());
        if (limit.isPresent() && count.getValue() > limit.get()) {
          violations.add(violation(employee, horizon, count.getKey(), count.getValue(), limit.get()));
        }
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, PlanningHorizon horizon, String shift, int count, int limit) {
    boolean own =
        maximumByEmployee().containsKey(employee.id()) && maximumByEmployee().get(employee.id()).containsKey(shift);
    return violation()
        .employee(employee.id())
        .date(horizon.start())
        .endDate(horizon.end())
        .shift(shift)
        .measured(count)
        .limit(limit)
        .measure(Measure.COUNT)
        .penalty(count - limit)
        .message(
            String.format(
                Locale.ROOT,
                "%s works %d %s shifts from %s to %s; at most %d allowed%s (%s).",
                employee.id(),
                count,
                shift,
                horizon.start(),
                horizon.end(),
                limit,
                own ? " by " + employee.id() + "'s own limit" : "",
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %d %s-vakter frå %s til %s; høgst %d er tillate%s (%s).",
                employee.id(),
                count,
                shift,
                horizon.start(),
                horizon.end(),
                limit,
                own ? " etter grensa til " + employee.id() : "",
                source()))
        .build();
  }

  /** Builds a {@link ShiftCounts}. */
  public static final class Builder extends ImmutableShiftCounts.Builder {
    Builder() {}
  }
}
