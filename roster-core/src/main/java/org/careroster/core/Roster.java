package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who works which shift on which date: a list of {@link Assignment}s, each at most once.
 *
 * <p>A roster refers to employees and shift types by id and code; {@link
 * Problem#checkReferences(Roster)} checks that they resolve. Whether the roster is lawful and
 * covers the demand is for the validator in {@code org.careroster.constraints} to say.
 */
@Value.Immutable
public abstract class Roster {

  Roster() {}

  /** The assignments, in the order they were given. */
  public abstract ImmutableList<Assignment> assignments();

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

  @Value.Check
  void check() {
    Set<Assignment> seen = new HashSet<>();
    for (int i = 0; i < assignments().size(); i++) {
      Assignment assignment = assignments().get(i);
      checkArgument(
          seen.add(assignment),
          "Roster: assignments[%s] (%s) is a duplicate of an earlier assignment",
          i,
          assignment);
    }
  }

  /** Builds a {@link Roster}. */
  public static final class Builder extends ImmutableRoster.Builder {
    Builder() {}
  }
}
