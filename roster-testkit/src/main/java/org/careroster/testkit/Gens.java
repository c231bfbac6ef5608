package org.careroster.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters over {@link Wards}: the sizes and the seed are generated, so QuickTheories
 * shrinks a failing ward towards fewer staff, fewer weeks and seed 0, each still feasible.
 *
 * <pre>{@code
 * qt().forAll(Gens.feasibleWards(8, 3)).checkAssert(ward ->
 *     assertTrue(RosterValidator.validate(ward.problem(), ward.witness(), RuleSets.kommuneDefault()).isFeasible()));
 * }</pre>
 */
public final class Gens {

  private Gens() {}

  /** Feasible wards of 1 to {@code maxStaff} employees over 1 to {@code maxWeeks} weeks ({@link Wards#feasible}). */
  public static Gen<Witnessed> feasibleWards(int maxStaff, int maxWeeks) {
    return integers().between(1, maxStaff)
        .zip(integers().between(1, maxWeeks), longs().all(),
            (staff, weeks, seed) -> Wards.feasible(new SplittableRandom(seed), staff, weeks));
  }

  /** Feasible wards whose staffing plan also counts a competence and its expiry ({@link Wards#withCompetenceCover}). */
  public static Gen<Witnessed> competenceWards(int maxStaff, int maxWeeks) {
    return feasibleWards(maxStaff, maxWeeks).zip(longs().all(),
        (ward, seed) -> Wards.withCompetenceCover(new SplittableRandom(seed), ward));
  }

  /** Employees with the awkward corners of {@link Models#employee}. */
  public static Gen<org.careroster.core.Employee> employees() {
    return longs().all().map(seed -> Models.employee(new SplittableRandom(seed)));
  }

  /** Rosters of up to {@code maxAssignments} (at most 30) assignments ({@link Models#roster}); shrinks towards fewer. */
  public static Gen<org.careroster.core.Roster> rosters(int maxAssignments) {
    return integers().between(0, maxAssignments).zip(longs().all(), (size, seed) -> Models.roster(new SplittableRandom(seed), size));
  }

  /** Seeds for the engine-neutral functions ({@link Mutations}, {@link Wards}) as generators of their random state. */
  public static Gen<SplittableRandom> randoms() {
    return longs().all().map(SplittableRandom::new);
  }
}
