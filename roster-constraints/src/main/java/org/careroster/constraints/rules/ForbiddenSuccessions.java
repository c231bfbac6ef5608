package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.InvalidModelException;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Forbidden successions: an employee never starts shift {@code to} on the day after starting shift
 * {@code from}, for each {@link Succession} listed, a local agreement (e.g. no day shift after an
 * evening, "quick returns"). Each such pair of shifts is one violation, reported on the day of the
 * second shift.
 *
 * <p>In a calendar horizon only pairs with both days inside the horizon are judged. In a cyclic
 * horizon the rotation's last day is followed by its first.
 *
 * <pre>{@code
 * Rule noQuickReturn = ForbiddenSuccessions.builder()
 *     .addSuccession(Succession.of("A", "D"))
 *     .addSuccession(Succession.of("N", "D"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(ForbiddenSuccessions.ID)
@JsonSerialize(as = ImmutableForbiddenSuccessions.class)
@JsonDeserialize(as = ImmutableForbiddenSuccessions.class)
public abstract class ForbiddenSuccessions extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "forbidden-successions";

  static final String SOURCE = "local agreement";

  ForbiddenSuccessions() {}

  /** A new builder; at least one succession is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The forbidden successions, at least one, none repeated. */
  public abstract ImmutableList<Succession> successions();

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with other successions. */
  public abstract ForbiddenSuccessions withSuccessions(Iterable<? extends Succession> successions);

  /** A copy with another severity. */
  public abstract ForbiddenSuccessions withSeverity(Severity severity);

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
    require(!successions().isEmpty(), ID, "successions", "[]", "must list at least one succession");
    Set<Succession> seen = new HashSet<>();
    for (int i = 0; i < successions().size(); i++) {
      Succession s = successions().get(i);
      require(seen.add(s), ID, "successions[" + i + "]", s.toString(), "repeats an earlier succession");
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if a succession names a shift code the problem does not have
   */

  /**
   * Hard: a table of forbidden (shift, next day's shift) pairs per employee and pair of days,
   * wrapping in a cyclic horizon. Soft: one boolean per employee, day and forbidden succession,
   * each costing 1 like a violation.
   *
   * @throws InvalidModelException if a succession names a code the problem does not have
   */
  @Override
  public void post(RosterModel model) {
    ImmutableSet<String> codes =
        model.problem().shiftTypes().stream().map(ShiftType::code).collect(ImmutableSet.toImmutableSet());
    for (int i = 0; i < successions().size(); i++) {
      knownCode(codes, i, "from", successions().get(i).from());
      knownCode(codes, i, "to", successions().get(i).to());
    }
    ImmutableSet<Succession> forbidden = ImmutableSet.copyOf(successions());
    Tuples tuples = new Tuples(false);
    for (Succession s : forbidden) {
      tuples.add(model.shiftTypeIndex(s.from()) + 1, model.shiftTypeIndex(s.to()) + 1);
    }
    Model choco = model.chocoModel();
    int n = model.days();
    int pairs = model.isCyclic() ? n : n - 1;
    for (int e = 0; e < model.employees(); e++) {
      String id = model.problem().employees().get(e).id();
      List<BoolVar> broken = new ArrayList<>();
      for (int d = 0; d < pairs; d++) {
        int next = (d + 1) % n;
        String subject = id + "@" + model.problem().horizon().dates().get(d) + "+1";
        if (severity().isHard() && next != d) {
          Encodings.post(this, model, subject, choco.table(model.shift(e, d), model.shift(e, next), tuples));
          continue;
        }
        for (Succession s : forbidden) {
          BoolVar from = model.works(e, d, model.shiftTypeIndex(s.from()));
          BoolVar to = model.works(e, next, model.shiftTypeIndex(s.to()));
          if (severity().isHard()) { // a one-day rotation: the day follows itself
            Encodings.post(this, model, subject + ":" + s, choco.sum(new BoolVar[] {from.not(), to.not()}, ">=", 1));
          } else {
            broken.add(from == to ? from : Encodings.and(choco, List.of(from, to)));
          }
        }
      }
      if (!severity().isHard()) {
        Encodings.addPenalty(this, model, id, broken, null);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableSet<String> codes =
        view.problem().shiftTypes().stream().map(ShiftType::code).collect(ImmutableSet.toImmutableSet());
    for (int i = 0; i < successions().size(); i++) {
      knownCode(codes, i, "from", successions().get(i).from());
      knownCode(codes, i, "to", successions().get(i).to());
    }
    ImmutableSet<Succession> forbidden = ImmutableSet.copyOf(successions());
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      ImmutableList<WorkedShift> shifts = view.turnsAround(employee);
      for (int j = 0; j < shifts.size(); j++) {
        WorkedShift next = shifts.get(j);
        if (!view.horizon().contains(next.date())) {
          continue;
        }
        // shifts are sorted by start; those starting the day before lie before next
        for (int i = j - 1; i >= 0 && !shifts.get(i).date().isBefore(next.date().minusDays(1)); i--) {
          WorkedShift before = shifts.get(i);
          if (before.date().equals(next.date().minusDays(1))
              && forbidden.contains(Succession.of(before.type().code(), next.type().code()))) {
            violations.add(violation(employee, before, next, !view.horizon().contains(before.date())));
          }
        }
      }
    }
    return violations.build();
  }

  private static void knownCode(ImmutableSet<String> codes, int index, String field, String code) {
    if (!codes.contains(code)) {
      throw new InvalidModelException(
          "rule " + ID,
          "successions[" + index + "]." + field,
          code,
          "is not a shift code of the problem; known codes: " + String.join(", ", codes));
    }
  }

  private Violation violation(
      Employee employee, WorkedShift before, WorkedShift next, boolean wraps) {
    String from = before.type().code();
    String to = next.type().code();
    return violation()
        .employee(employee.id())
        .date(next.date())
        .shift(to)
        .measured(1)
        .limit(0)
        .measure(Measure.COUNT)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "%s works %s on %s the day after %s on %s%s; the succession %s → %s is forbidden (%s).",
                employee.id(), to, next.date(), from, before.assignment().date(),
                wraps ? " (across the end of the rotation)" : "", from, to, source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %s %s dagen etter %s %s%s; rekkjefølgja %s → %s er forboden (%s).",
                employee.id(), to, next.date(), from, before.assignment().date(),
                wraps ? " (over slutten av turnusen)" : "", from, to, source()))
        .build();
  }

  /** Builds a {@link ForbiddenSuccessions}. */
  public static final class Builder extends ImmutableForbiddenSuccessions.Builder {
    Builder() {}
  }
}
