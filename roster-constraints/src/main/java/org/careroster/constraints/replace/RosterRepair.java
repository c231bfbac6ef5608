package org.careroster.constraints.replace;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.Rule;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.rules.MinimumCover;
import org.careroster.constraints.rules.TaskSharingCover;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * Repairs a published roster after new absences, changing as few assignments as it can.
 *
 * <p>The repair adds the absences to the problem, removes the absent staff's shifts on those days
 * and re-solves with {@link RosterSolver}: the published roster is the {@link
 * SolverOptions#previous()} and each changed employee-day costs {@link
 * RepairOptions#changeWeight()}. Unless {@link RepairOptions#allowSwaps()}, every remaining
 * published assignment is pinned, so the repair can only put people on shifts on their days off.
 * Minimum cover and task-sharing cover are solved as soft rules weighing {@link #COVER_WEIGHT} per
 * missing person or uncovered task, so a demand nobody can lawfully meet comes back as a vacant shift (in {@link
 * RepairResult#vacancies()} and the roster's {@link Roster#vacantShifts()}) instead of no roster;
 * every other rule keeps its severity. The solve stops at the time limit, or once no better roster
 * has been found for {@link RepairOptions#patience()}.
 *
 * <pre>{@code
 * Absence sick = Absence.builder().employee("E7").kind(AbsenceKind.SICK_LEAVE)
 *     .from(LocalDate.of(2027, 1, 12)).to(LocalDate.of(2027, 1, 14)).build();
 * RepairResult repaired = new RosterRepair(RuleSets.kommuneDefault())
 *     .repair(problem, published, List.of(sick), RepairOptions.defaults());
 * repaired.changes().get().added().forEach(System.out::println);   // who fills in
 * repaired.vacancies().get().slots().forEach(System.out::println); // what is still vacant
 * }</pre>
 */
public final class RosterRepair {

  /** Objective weight of each person missing from a minimum while repairing. */
  public static final int COVER_WEIGHT = 100_000;

  private final RuleSet rules;
  private final RosterSolver solver = new RosterSolver();

  /**
   * A repair that keeps the roster lawful under {@code rules}; a rule set without an availability
   * rule gets {@link org.careroster.constraints.rules.Availability} added, so the absences are kept.
   */
  public RosterRepair(RuleSet rules) {
    this.rules = ReplacementAdvisor.withAvailability(checkNotNull(rules, "rules"));
  }

  /**
   * The published roster repaired after {@code absences}.
   *
   * @throws InvalidModelException if an absence names an unknown employee, lies outside the
   *     horizon or overlaps one of the same kind the problem already has, or the published roster
   *     does not fit the problem
   * @throws IllegalArgumentException if the published roster gives someone two shifts on one day
   */
  public RepairResult repair(Problem problem, Roster published, Iterable<Absence> absences, RepairOptions options) {
    long start = System.nanoTime();
    List<Absence> added = ImmutableList.copyOf(absences);
    for (int i = 0; i < added.size(); i++) {
      Absence a = added.get(i);
      if (a.to().isBefore(problem.horizon().start()) || a.from().isAfter(problem.horizon().end())) {
        throw new InvalidModelException("Repair", "absences[" + i + "]", a.from() + ".." + a.to(),
            "lies outside the planning horizon " + problem.horizon());
      }
    }
    Problem updated = problem.withAbsences(
        ImmutableList.<Absence>builder().addAll(problem.absences()).addAll(added).build());
    problem.checkReferences(published);
    Roster vacated = vacate(updated, published);
    Set<String> absent = new HashSet<>();
    added.forEach(a -> absent.add(a.employee()));

    SolverOptions.Builder solverOptions = SolverOptions.builder()
        .timeLimit(options.timeLimit())
        .seed(options.seed())
        .previous(vacated)
        .changeWeight(options.changeWeight());
    options.maxNodes().ifPresent(solverOptions::maxNodes);
    if (!options.allowSwaps()) {
      solverOptions.addAllPinned(vacated.assignments());
    }
    AtomicLong lastImprovement = new AtomicLong();
    long patience = options.patience().toNanos();
    solverOptions.listener((objective, elapsed) -> lastImprovement.set(System.nanoTime()));
    solverOptions.cancellation(() -> {
      long last = lastImprovement.get();
      return last != 0 && System.nanoTime() - last > patience;
    });
    SolveResult solved = solver.solve(updated, softCover(rules), solverOptions.build());
    ImmutableRepairResult.Builder result = RepairResult.builder().problem(updated).status(solved.status());
    solved.infeasibility().ifPresent(result::infeasibility);
    if (solved.roster().isPresent()) {
      Roster roster = solved.roster().get();
      VacantShiftReport vacancies = VacantShiftReport.of(updated, roster);
      Roster.Builder repaired = Roster.builder().addAllAssignments(roster.assignments())
          .addAllVacantShifts(vacancies.toVacantShifts());
      published.id().ifPresent(repaired::previous);
      Roster done = repaired.build();
      ValidationReport report = RosterValidator.validate(updated, done, rules);
      result.roster(done).changes(done.changesSince(published)).report(report).vacancies(vacancies);
    }
    return result.elapsed(Duration.ofNanos(System.nanoTime() - start)).build();
  }

  /**
   * {@code roster} without the shifts its staff cannot work because of a full absence in {@code
   * problem} (sick leave, vacation, leave or a course at 100 %) on the shift's date.
   */
  public static Roster vacate(Problem problem, Roster roster) {
    return problem.vacate(roster);
  }

  /** The rule set with hard minimum cover and task-sharing cover made soft at {@link #COVER_WEIGHT}. */
  private static RuleSet softCover(RuleSet rules) {
    return rules.withSoftCover(COVER_WEIGHT);
  }

}
