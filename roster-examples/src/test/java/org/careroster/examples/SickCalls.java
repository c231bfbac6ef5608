package org.careroster.examples;

import java.time.LocalDate;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/** The demo ward's published roster (kommune-default, 20,000 nodes, seed 1), planned once per test run. */
final class SickCalls {

  /** Tuesday 12 January 2027. */
  static final LocalDate TUESDAY = LocalDate.of(2027, 1, 12);

  static final Problem PROBLEM = DemoWard.problem();

  static final Roster PUBLISHED = publish();

  private SickCalls() {}

  private static Roster publish() {
    SolveResult result = new RosterSolver().solve(PROBLEM, RuleSets.kommuneDefault(),
        SolverOptions.builder().maxNodes(20_000).seed(1).build());
    return result.roster().orElseThrow(() -> new IllegalStateException("demo ward: no roster, " + result.status()));
  }

  /** Who works {@code shift} on {@code date} in the published roster, in roster order. */
  static java.util.List<String> on(LocalDate date, String shift) {
    return PUBLISHED.assignments().stream()
        .filter(a -> a.date().equals(date) && a.shift().equals(shift))
        .map(Assignment::employee)
        .toList();
  }

  /** Sick leave of {@code employee} from {@code from} for {@code days} days. */
  static Absence sick(String employee, LocalDate from, int days) {
    return Absence.builder().employee(employee).kind(AbsenceKind.SICK_LEAVE).from(from).to(from.plusDays(days - 1)).build();
  }
}
