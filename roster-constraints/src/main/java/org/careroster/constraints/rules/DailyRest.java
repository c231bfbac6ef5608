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
import org.careroster.core.Problem;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.immutables.value.Value;

/**
 * Daily rest (aml § 10-8 (1)): between the end of one shift and the start of the next, an
 * employee rests at least {@link #minimum()}, measured in real elapsed time in Europe/Oslo. The
 * law's value is 11 hours; down to 8 hours by written agreement with the union representatives
 * (§ 10-8 (3)). In a cyclic rotation the rest from the last week into the first counts too.
 *
 * <pre>{@code
 * Rule rest = DailyRest.builder().minimum(Duration.ofHours(8)).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(DailyRest.ID)
@JsonSerialize(as = ImmutableDailyRest.class)
@JsonDeserialize(as = ImmutableDailyRest.class)
public abstract class DailyRest extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "daily-rest";

  /**
   * Days apart two shifts may start and still leave less than 24 h of rest: a shift lasts at most
   * 24 h, and a daylight-saving change takes one more hour.
   */
  private static final int MAX_DAY_GAP = 4;

  private static final Duration LAW = Duration.ofHours(11);

  DailyRest() {}

  /** A new builder; {@code minimum} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The shortest rest allowed between two shifts, more than 0 and at most 24 hours. */
  public abstract Duration minimum();

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract DailyRest withSeverity(Severity severity);

  /** A copy with another minimum. */
  public abstract DailyRest withMinimum(Duration minimum);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** {@code aml § 10-8 (1)}, or {@code (3)} when the minimum is below the law's 11 hours. */
  @JsonIgnore
  @Override
  public final String source() {
    return minimum().compareTo(LAW) < 0 ? "aml § 10-8 (3)" : "aml § 10-8 (1)";
  }

  @Value.Check
  void check() {
    require(
        minimum().compareTo(Duration.ZERO) > 0 && minimum().compareTo(Duration.ofHours(24)) <= 0,
        ID, "minimum", minimum(), "must be more than 0 and at most 24 hours");
  }

  /** Encoded when hard; a soft daily rest is not encoded yet. */
  @Override
  public boolean encoded() {
    return severity().isHard();
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    long minimumSeconds = minimum().getSeconds();
    for (Employee employee : view.problem().employees()) {
      WorkedShift latest = null; // the shift seen so far that ends last
      for (WorkedShift next : view.turnsAround(employee)) {
        if (latest != null
            && next.startSecond() - latest.endSecond() < minimumSeconds
            && view.horizon().contains(next.date())) {
          violations.add(
              violation(employee, latest, next, Duration.ofSeconds(next.startSecond() - latest.endSecond())));
        }
        if (latest == null || next.endSecond() > latest.endSecond()) {
          latest = next;
        }
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, WorkedShift before, WorkedShift after, Duration rest) {
    long restMinutes = rest.toMinutes();
    return violation()
        .employee(employee.id())
        .date(after.date())
        .shift(after.type().code())
        .measured(restMinutes)
        .limit(minimum().toMinutes())
        .measure(Measure.MINUTES)
        .penalty(minimum().toMinutes() - restMinutes)
        .message(
            String.format(
                Locale.ROOT,
                "%s rests %s between %s on %s (ends %s) and %s on %s (starts %s); minimum is %s (%s).",
                employee.id(),
                Durations.format(restMinutes),
                before.type().code(),
                before.assignment().date(),
                before.end().toLocalTime(),
                after.type().code(),
                after.date(),
                after.start().toLocalTime(),
                Durations.format(minimum()),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s kviler %s mellom %s %s (sluttar %s) og %s %s (byrjar %s); minstekravet er %s (%s).",
                employee.id(),
                Durations.formatNn(restMinutes),
                before.type().code(),
                before.assignment().date(),
                before.end().toLocalTime(),
                after.type().code(),
                after.date(),
                after.start().toLocalTime(),
                Durations.formatNn(minimum()),
                source()))
        .build();
  }

  /**
   * Hard: forbidden (first, second) value pairs as a {@code table} per employee and pair of days
   * at most {@value #MAX_DAY_GAP} apart, computed from real times; in a cyclic rotation also the
   * pairs across the wrap, the last days of the previous turn (real dates one turn earlier) before
   * the first days.
   */
  @Override
  public void post(RosterModel model) {
    if (!severity().isHard()) {
      throw new UnsupportedOperationException(
          "rule \"" + ID + "\" is encoded for the solver only in its catalogue severity, not soft");
    }
    Problem problem = model.problem();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    ImmutableList<ShiftType> types = problem.shiftTypes();
    int days = dates.size();
    for (int d1 = 0; d1 < days; d1++) {
      for (int gap = 1; gap <= MAX_DAY_GAP; gap++) {
        int d2 = d1 + gap;
        LocalDate first = dates.get(d1);
        if (d2 >= days) {
          if (!model.isCyclic() || gap >= days) {
            break;
          }
          // The check judges the later shift inside the horizon: the earlier one is the copy
          // from the previous turn, dated one rotation earlier (its own daylight-saving times).
          d2 -= days;
          first = first.minusDays(days);
        }
        Tuples forbidden = forbiddenPairs(first, dates.get(d2), types);
        if (forbidden.nbTuples() == 0) {
          continue;
        }
        for (int e = 0; e < problem.employees().size(); e++) {
          Constraint constraint =
              model.chocoModel().table(model.shift(e, d1), model.shift(e, d2), forbidden);
          constraint.setName(
              model.name(ID, problem.employees().get(e).id() + "@" + dates.get(d1) + "+" + gap));
          constraint.post();
        }
      }
    }
  }

  /** The (shift on first, shift on second) value pairs that leave less than the minimum rest. */
  private Tuples forbiddenPairs(LocalDate first, LocalDate second, List<ShiftType> types) {
    Tuples tuples = new Tuples(false);
    for (int s1 = 0; s1 < types.size(); s1++) {
      ZonedDateTime end = types.get(s1).endsAt(first);
      for (int s2 = 0; s2 < types.size(); s2++) {
        Duration rest = Duration.between(end, types.get(s2).startsAt(second));
        if (rest.compareTo(minimum()) < 0) {
          tuples.add(s1 + 1, s2 + 1);
        }
      }
    }
    return tuples;
  }

  /** Builds a {@link DailyRest}. */
  public static final class Builder extends ImmutableDailyRest.Builder {
    Builder() {}
  }
}
