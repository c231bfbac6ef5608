package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.core.CoverRequirement;
import org.careroster.core.StaffingRequirement;
import org.immutables.value.Value;

/**
 * One shift whose demand a roster leaves unmet: who is missing, the hours, and whether it is a
 * weekend shift (vakant helgevakt).
 */
@Value.Immutable
public abstract class VacantSlot {

  VacantSlot() {}

  /** The date the shift starts on. */
  public abstract LocalDate date();

  /** Code of the shift type. */
  public abstract String shift();

  /**
   * People missing: the largest shortfall among the shift's unmet requirements, and at least 1
   * when a task of the shift has nobody who may do it.
   */
  public abstract int missing();

  /** The shift's requirements below their minimum. */
  public abstract ImmutableList<CoverRequirement> unmet();

  /** Ids of the shift's tasks that nobody on it may do (task-sharing policy), e.g. {@code medication-round}. */
  public abstract ImmutableList<String> tasks();

  /** Real hours missing: {@link #missing()} × the shift's real duration. */
  public abstract Duration hours();

  /** Whether the shift touches the weekend, Saturday 00:00 to Monday 00:00. */
  public abstract boolean weekend();

  /** The part of {@link #hours()} inside the weekend, Saturday 00:00 to Monday 00:00. */
  public abstract Duration weekendHours();

  /** The role the missing people must have, when every unmet requirement names that one role. */
  public final Optional<String> role() {
    ImmutableSet<String> roles = null;
    for (CoverRequirement c : unmet()) {
      if (c.roles().size() != 1 || (roles != null && !roles.equals(c.roles()))) {
        return Optional.empty();
      }
      roles = c.roles();
    }
    return roles == null ? Optional.empty() : Optional.of(roles.iterator().next());
  }

  /** What is missing in words, e.g. {@code 1 nurse; 1 with formal health education}. */
  public final String lacking() {
    StringBuilder text = new StringBuilder();
    for (CoverRequirement c : unmet()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(describe(c.requirement()));
    }
    for (String task : tasks()) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append("someone who may do ").append(task);
    }
    return text.toString();
  }

  private static String describe(StaffingRequirement r) {
    StringBuilder who = new StringBuilder();
    who.append("at least ").append(r.minimum());
    if (!r.roles().isEmpty()) {
      who.append(" ").append(String.join("/", r.roles()));
    }
    if (r.formalHealthEducation()) {
      who.append(" with formal health education");
    }
    if (!r.competences().isEmpty()) {
      who.append(" with ").append(String.join(", ", r.competences()));
    }
    return who.toString();
  }

  static ImmutableVacantSlot.Builder builder() {
    return ImmutableVacantSlot.builder();
  }

  @Override
  public String toString() {
    return shift() + " " + date() + ": " + missing() + " missing (" + lacking() + "), " + Texts.hours(hours())
        + (weekend() ? ", weekend" : "");
  }
}
