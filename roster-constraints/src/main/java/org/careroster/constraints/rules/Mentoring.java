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
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.immutables.value.Value;

/**
 * Mentoring (opplæring, local practice): an employee with a {@link Employee#mentor() mentor} works
 * each of their first {@link #firstShifts()} shifts in the horizon on the same date and shift type
 * as the mentor. "First" counts the employee's shifts in the order they start, from the employment
 * start on (shifts before it are {@link Availability}'s business). In a cyclic horizon the first
 * shifts are those of the rotation's first turn, read from its first day; the rule does not wrap.
 * Hard.
 *
 * <pre>{@code
 * Rule training = Mentoring.builder().firstShifts(5).build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName(Mentoring.ID)
@JsonSerialize(as = ImmutableMentoring.class)
@JsonDeserialize(as = ImmutableMentoring.class)
public abstract class Mentoring extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "mentoring";

  Mentoring() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many first shifts the employee works with the mentor, 1 or more; 3 unless set. */
  @Value.Default
  public int firstShifts() {
    return 3;
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another number of first shifts. */
  public abstract Mentoring withFirstShifts(int firstShifts);

  /** A copy with another severity. */
  public abstract Mentoring withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** Local practice (opplæring). */
  @JsonIgnore
  @Override
  public final String source() {
    return "local practice (opplæring)";
  }

  @Value.Check
  void check() {
    require(firstShifts() >= 1, ID, "firstShifts", firstShifts(), "must be 1 or more");
  }


  /**
   * For each employee with a mentor: a running count of the days they work from their employment
   * start ({@code before[d]}, a chain of sums), and for each day and shift type: hard, the clause
   * {@code works(trainee) ∧ before < firstShifts → works(mentor)}; soft, a boolean for the
   * violated case, each costing 1 as in the validator.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    Model choco = model.chocoModel();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    int types = problem.shiftTypes().size();
    for (int t = 0; t < model.employees(); t++) {
      Employee trainee = problem.employees().get(t);
      if (trainee.mentor().isEmpty()) {
        continue;
      }
      int m = problem.employees().indexOf(problem.findEmployee(trainee.mentor().get()).orElseThrow());
      List<BoolVar> violated = new ArrayList<>();
      IntVar before = choco.intVar(0); // shifts worked so far from employment start
      for (int d = 0; d < dates.size(); d++) {
        LocalDate date = dates.get(d);
        if (trainee.employmentStart().map(date::isBefore).orElse(false)) {
          continue;
        }
        // whether this day's shift, if any, is one of the first shifts
        BoolVar early =
            before.getUB() < firstShifts()
                ? choco.boolVar(true)
                : choco.arithm(before, "<", firstShifts()).reify();
        for (int s = 0; s < types; s++) {
          BoolVar trainer = model.works(m, d, s);
          BoolVar works = model.works(t, d, s);
          if (severity().isHard()) {
            Encodings.post(
                this,
                model,
                trainee.id() + "@" + date + ":" + problem.shiftTypes().get(s).code(),
                choco.sum(new BoolVar[] {works.not(), early.not(), trainer}, ">=", 1));
          } else {
            violated.add(Encodings.and(choco, List.of(works, early, trainer.not())));
          }
        }
        IntVar next = choco.intVar("worked[" + trainee.id() + "<" + date.plusDays(1) + "]", 0, d + 1, true);
        choco.sum(new IntVar[] {before, model.working(t, d)}, "=", next).post();
        before = next;
      }
      if (!severity().isHard()) {
        Encodings.addPenalty(this, model, trainee.id(), violated, null);
      }
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      if (employee.mentor().isEmpty()) {
        continue;
      }
      String mentor = employee.mentor().get();
      int number = 0;
      for (WorkedShift shift : view.shiftsOf(employee)) {
        if (employee.employmentStart().map(shift.date()::isBefore).orElse(false)) {
          continue;
        }
        number++;
        if (number > firstShifts()) {
          break;
        }
        boolean together =
            view.on(shift.date(), shift.type().code()).stream()
                .anyMatch(w -> w.employee().id().equals(mentor));
        if (!together) {
          violations.add(violation(view, employee, mentor, shift, number));
        }
      }
    }
    return violations.build();
  }

  private Violation violation(
      RosterView view, Employee employee, String mentor, WorkedShift shift, int number) {
    List<String> mentorShifts = new ArrayList<>();
    view.problem()
        .findEmployee(mentor)
        .ifPresent(
            m -> {
              for (WorkedShift s : view.shiftsOf(m)) {
                if (s.date().equals(shift.date())) {
                  mentorShifts.add(s.type().code());
                }
              }
            });
    String whereEn =
        mentorShifts.isEmpty()
            ? mentor + " has no shift that day"
            : mentor + " works " + String.join(", ", mentorShifts);
    String whereNn =
        mentorShifts.isEmpty()
            ? mentor + " har inga vakt den dagen"
            : mentor + " har " + String.join(", ", mentorShifts);
    return violation()
        .employee(employee.id())
        .date(shift.date())
        .shift(shift.type().code())
        .measured(0)
        .limit(1)
        .measure(Measure.PEOPLE)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "%s works %s on %s, training shift %d of the first %d, without mentor %s (%s);"
                    + " the first %d shifts are worked with the mentor (%s).",
                employee.id(),
                shift.type().code(),
                shift.date(),
                number,
                firstShifts(),
                mentor,
                whereEn,
                firstShifts(),
                source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "%s har %s %s, opplæringsvakt %d av dei første %d, utan rettleiaren %s (%s);"
                    + " dei første %d vaktene skal vere saman med rettleiaren (%s).",
                employee.id(),
                shift.type().code(),
                shift.date(),
                number,
                firstShifts(),
                mentor,
                whereNn,
                firstShifts(),
                source()))
        .build();
  }

  /** Builds a {@link Mentoring}. */
  public static final class Builder extends ImmutableMentoring.Builder {
    Builder() {}
  }
}
