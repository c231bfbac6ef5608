package org.careroster.core;

import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who works which shift on which date: a list of {@link Assignment}s, each employee-date-shift slot
 * at most once, plus the shifts left vacant.
 *
 * <p>A roster refers to employees and shift types by id and code; {@link
 * Problem#checkReferences(Roster)} checks that they resolve. Whether the roster is lawful and
 * covers the demand is for the validator in {@code org.careroster.constraints} to say. A roster
 * may name the roster it revises in {@link #previous()}; {@link #changesSince(Roster)} lists what
 * changed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoster.class)
@JsonDeserialize(as = ImmutableRoster.class)
public abstract class Roster {

  Roster() {}

  /** Optional id of this roster, e.g. {@code "ward-2/2027-w01/v3"}. */
  public abstract Optional<String> id();

  /** Id of the roster this one revises, for change tracking. */
  public abstract Optional<String> previous();

  /** The assignments, in the order they were given. */
  public abstract ImmutableList<Assignment> assignments();

  /** Shifts left unfilled. */
  public abstract ImmutableList<VacantShift> vacantShifts();

  /** The roster with these assignments. */
  public static Roster of(Iterable<Assignment> assignments) {
    return builder().addAllAssignments(assignments).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The assignments grouped by employee id. */
  @Value.Lazy
  public ImmutableListMultimap<String, Assignment> byEmployee() {
    return Multimaps.index(assignments(), Assignment::employee);
  }

  /** The assignments of one employee, in the order they were given (empty for an unknown id). */
  public final ImmutableList<Assignment> assignmentsOf(String employee) {
    return byEmployee().get(employee);
  }

  /** Number of people assigned to shift {@code shift} starting on {@code date}. */
  public final int count(LocalDate date, String shift) {
    int count = 0;
    for (Assignment assignment : assignments()) {
      if (assignment.date().equals(date) && assignment.shift().equals(shift)) {
        count++;
      }
    }
    return count;
  }

  /** The assignments added and removed between {@code earlier} and this roster. */
  public final RosterChanges changesSince(Roster earlier) {
    return RosterChanges.between(earlier, this);
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < assignments().size(); i++) {
      Assignment assignment = assignments().get(i);
      require(
          seen.add(assignment.slot()),
          "Roster",
          "assignments[" + i + "]",
          assignment.slot(),
          "repeats an earlier assignment of the same employee, date and shift");
    }
  }

  /** Builds a {@link Roster}. */
  public static final class Builder extends ImmutableRoster.Builder {
    Builder() {}
  }
}
