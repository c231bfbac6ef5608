package org.careroster.benchmarks;

import java.time.LocalDate;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.examples.BaseRotationWard;

/**
 * The published rosters and sick calls the replacement and repair benchmarks use: the base
 * rotation of {@link BaseRotationWard} (22 staff) or its doubled unit (45 staff), planned with
 * kommune-default (20,000 nodes, seed 1), and the first person on the day shift of Tuesday 12
 * January 2027 calling in sick.
 */
final class SickCalls {

  /** The date of the sick call: a Tuesday. */
  static final LocalDate DATE = LocalDate.of(2027, 1, 12);

  /** The shift the sick person was to work. */
  static final String SHIFT = "D";

  final Problem problem;
  final Roster published;
  final String sick;

  private SickCalls(Problem problem, Roster published) {
    this.problem = problem;
    this.published = published;
    this.sick =
        published.assignments().stream()
            .filter(a -> a.date().equals(DATE) && a.shift().equals(SHIFT))
            .map(Assignment::employee)
            .findFirst()
            .orElseThrow();
  }

  /** The ward of {@code size} staff (22 or 45) with its published roster. */
  static SickCalls ward(int size) {
    Problem problem = size == 45 ? BaseRotationWard.doubled() : BaseRotationWard.problem();
    Roster roster =
        new RosterSolver()
            .solve(problem, RuleSets.kommuneDefault(), SolverOptions.builder().maxNodes(20_000).seed(1).build())
            .roster()
            .orElseThrow(() -> new IllegalStateException("no published roster for the " + size + "-staff ward"));
    return new SickCalls(problem, roster);
  }

  /** The sick person's absence from {@link #DATE} for {@code days} days. */
  Absence absence(int days) {
    return Absence.builder()
        .employee(sick)
        .kind(AbsenceKind.SICK_LEAVE)
        .from(DATE)
        .to(DATE.plusDays(days - 1))
        .build();
  }
}
