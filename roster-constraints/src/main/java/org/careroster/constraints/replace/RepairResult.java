package org.careroster.constraints.replace;

import java.time.Duration;
import java.util.Optional;
import org.careroster.constraints.Infeasibility;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterChanges;
import org.immutables.value.Value;

/**
 * The outcome of a {@link RosterRepair}: the repaired roster, what changed from the published one,
 * the validation, and the shifts still vacant.
 */
@Value.Immutable
public abstract class RepairResult {

  RepairResult() {}

  /** The problem with the new absences added. */
  public abstract Problem problem();

  /** How the solve ended; {@code INFEASIBLE} or {@code UNKNOWN} when no roster was found. */
  public abstract SolveStatus status();

  /**
   * The repaired roster, naming the published one as {@link Roster#previous()} (when it has an
   * id) and listing the shifts still vacant in {@link Roster#vacantShifts()}; empty when no roster
   * was found (e.g. the pinned assignments break a hard rule themselves).
   */
  public abstract Optional<Roster> roster();

  /** Assignments removed (the absent staff's) and added (replacements), against the published roster. */
  public abstract Optional<RosterChanges> changes();

  /**
   * The repaired roster checked against the caller's rule set: hard violations of {@code
   * minimum-cover} and {@code task-sharing} are the vacant shifts; no other hard rule is broken.
   */
  public abstract Optional<ValidationReport> report();

  /** Shifts whose demand the repaired roster does not meet. */
  public abstract Optional<VacantShiftReport> vacancies();

  /** Why no roster was found, when none was. */
  public abstract Optional<Infeasibility> infeasibility();

  /** Wall-clock time of the repair. */
  public abstract Duration elapsed();

  static ImmutableRepairResult.Builder builder() {
    return ImmutableRepairResult.builder();
  }
}
