package org.careroster.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import org.immutables.value.Value;

/** What changed from one roster to the next: assignments added and removed. */
@Value.Immutable
public abstract class RosterChanges {

  RosterChanges() {}

  /** Assignments in the new roster but not in the earlier one. */
  public abstract ImmutableList<Assignment> added();

  /** Assignments in the earlier roster but not in the new one. */
  public abstract ImmutableList<Assignment> removed();

  /** Number of assignments added plus removed. */
  public final int size() {
    return added().size() + removed().size();
  }

  /** Whether the two rosters have the same assignments. */
  public final boolean isEmpty() {
    return size() == 0;
  }

  /** The changes from {@code earlier} to {@code later}, in the order each roster lists them. */
  public static RosterChanges between(Roster earlier, Roster later) {
    ImmutableSet<Assignment> before = ImmutableSet.copyOf(earlier.assignments());
    ImmutableSet<Assignment> after = ImmutableSet.copyOf(later.assignments());
    return ImmutableRosterChanges.builder()
        .addAllAdded(Sets.difference(after, before))
        .addAllRemoved(Sets.difference(before, after))
        .build();
  }

  @Override
  public String toString() {
    return "+" + added().size() + " -" + removed().size();
  }
}
