package org.careroster.constraints;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.extension.Tuples;

/**
 * Daily rest (aml § 10-8 (1)): between the end of one shift and the start of the next, an
 * employee rests at least {@link #minimum()}, measured in real elapsed time in Europe/Oslo.
 */
final class DailyRest extends BaseRule {

  static final String ID = "daily-rest";
  static final String SOURCE = "aml § 10-8 (1)";

  /**
   * Days apart two shifts may start and still leave less than 24 h of rest: a shift lasts at most
   * 24 h, and a daylight-saving change takes one more hour.
   */
  private static final int MAX_DAY_GAP = 4;

  private final Duration minimum;

  DailyRest(Duration minimum) {
    super(ID, Severity.HARD);
    checkArgument(
        minimum.compareTo(Duration.ZERO) > 0 && minimum.compareTo(Duration.ofHours(24)) <= 0,
        "DailyRest: minimum (%s) must be more than 0 and at most 24 hours",
        minimum);
    this.minimum = minimum;
  }

  Duration minimum() {
    return minimum;
  }

  @Override
  public ImmutableList<Violation> check(Problem problem, Roster roster) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : problem.employees()) {
      List<Worked> shifts = new ArrayList<>();
      for (Assignment a : roster.assignmentsOf(employee.id())) {
        shifts.add(new Worked(a, problem.shiftType(a.shift())));
      }
      shifts.sort(Comparator.comparing(Worked::start));
      Worked latest = null; // the shift seen so far that ends last
      for (Worked next : shifts) {
        if (latest != null) {
          Duration rest = Duration.between(latest.end(), next.start());
          if (rest.compareTo(minimum) < 0) {
            violations.add(violation(employee, latest, next, rest));
          }
        }
        if (latest == null || next.end().isAfter(latest.end())) {
          latest = next;
        }
      }
    }
    return violations.build();
  }

  private Violation violation(Employee employee, Worked before, Worked after, Duration rest) {
    long restMinutes = rest.toMinutes();
    String message =
        String.format(
            "%s rests %s between %s on %s (ends %s) and %s on %s (starts %s); minimum is %s (%s).",
            employee.id(),
            Durations.format(restMinutes),
            before.assignment.shift(),
            before.assignment.date(),
            before.end().toLocalTime(),
            after.assignment.shift(),
            after.assignment.date(),
            after.start().toLocalTime(),
            Durations.format(minimum),
            SOURCE);
    return Violation.builder()
        .ruleId(ID)
        .severity(severity())
        .employee(employee.id())
        .date(after.assignment.date())
        .shift(after.assignment.shift())
        .measured(restMinutes)
        .limit(minimum.toMinutes())
        .measure(Measure.MINUTES)
        .penalty(minimum.toMinutes() - restMinutes)
        .source(SOURCE)
        .message(message)
        .build();
  }

  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    ImmutableList<ShiftType> types = problem.shiftTypes();
    for (int d1 = 0; d1 < dates.size(); d1++) {
      for (int gap = 1; gap <= MAX_DAY_GAP && d1 + gap < dates.size(); gap++) {
        int d2 = d1 + gap;
        Tuples forbidden = forbiddenPairs(dates.get(d1), dates.get(d2), types);
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
        if (rest.compareTo(minimum) < 0) {
          tuples.add(s1 + 1, s2 + 1);
        }
      }
    }
    return tuples;
  }

  @Override
  public String toString() {
    return ID + "(" + Durations.format(minimum) + ")";
  }

  /** An assignment with its real start and end. */
  private static final class Worked {
    final Assignment assignment;
    final ZonedDateTime start;
    final ZonedDateTime end;

    Worked(Assignment assignment, ShiftType type) {
      this.assignment = assignment;
      this.start = type.startsAt(assignment.date());
      this.end = type.endsAt(assignment.date());
    }

    ZonedDateTime start() {
      return start;
    }

    ZonedDateTime end() {
      return end;
    }
  }
}
