package org.careroster.core;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A staffing-plan row resolved to one date: {@code at least 1 nurse on D on 2027-01-04}. {@link
 * Problem#coverRequirements()} lists them for the whole horizon; they are derived, never written to
 * JSON.
 */
@Value.Immutable
public abstract class CoverRequirement {

  CoverRequirement() {}

  /** The date the shift starts on. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The staffing-plan row this requirement comes from. */
  @Value.Parameter
  public abstract StaffingRequirement requirement();

  /** Code of the {@link ShiftType} to cover. */
  public final String shift() {
    return requirement().shift();
  }

  /** Fewest people that must count. */
  public final int minimum() {
    return requirement().minimum();
  }

  /** Number wanted, the minimum unless the plan says otherwise. */
  public final int preferred() {
    return requirement().preferred().orElse(minimum());
  }

  /** Most people allowed, if capped. */
  public final Optional<Integer> maximum() {
    return requirement().maximum();
  }

  /** Roles that count; all when empty. */
  public final ImmutableSet<String> roles() {
    return requirement().roles();
  }

  /** The requirement {@code requirement} on {@code date}. */
  static CoverRequirement of(LocalDate date, StaffingRequirement requirement) {
    return ImmutableCoverRequirement.of(date, requirement);
  }

  @Override
  public String toString() {
    StaffingRequirement r = requirement();
    StringBuilder who = new StringBuilder();
    if (!r.roles().isEmpty()) {
      who.append(" ").append(String.join("/", r.roles()));
    }
    if (r.formalHealthEducation()) {
      who.append(" with formal health education");
    }
    if (!r.competences().isEmpty()) {
      who.append(" with ").append(String.join(", ", r.competences()));
    }
    return "at least " + minimum() + who + " on " + shift() + " on " + date();
  }
}
