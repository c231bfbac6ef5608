package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a staffing plan (bemanningsplan): how many people a shift needs on some days, counting
 * either everyone or only those with given roles, competences or formal health education.
 *
 * <pre>{@code
 * // at least one nurse on every weekday day shift
 * StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).addRole("nurse").minimum(1).build();
 * // 4 to 5 people on the day shift on weekdays, 4 preferred
 * StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY)
 *     .minimum(4).preferred(4).maximum(5).build();
 * }</pre>
 *
 * <p>A person counts if their role is one of {@link #roles()} (any role when empty), they hold
 * every competence in {@link #competences()} on the date, and, when {@link
 * #formalHealthEducation()} is set, their role counts as formal health education.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingRequirement.class)
@JsonDeserialize(as = ImmutableStaffingRequirement.class)
public abstract class StaffingRequirement {

  StaffingRequirement() {}

  /** Code of the {@link ShiftType} this row staffs. */
  public abstract String shift();

  /** Which days the row applies to. */
  public abstract DayKind days();

  /** The date, when {@link #days()} is {@link DayKind#DATE}; empty otherwise. */
  public abstract Optional<LocalDate> date();

  /** Roles that count (any one of them); every role counts when empty. */
  public abstract ImmutableSet<String> roles();

  /** Competences a person must all hold to count; none needed when empty. */
  public abstract ImmutableSet<String> competences();

  /** Whether only people whose role is formal health education count; {@code false} unless stated. */
  @Value.Default
  public boolean formalHealthEducation() {
    return false;
  }

  /** Fewest people that must count; zero or more. */
  public abstract int minimum();

  /** Number of people wanted, from minimum to maximum, if it differs from the minimum. */
  public abstract Optional<Integer> preferred();

  /** Most people allowed, if capped. */
  public abstract Optional<Integer> maximum();

  /** Optional note shown in explanations, e.g. {@code "one nurse responsible"}. */
  public abstract Optional<String> label();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the row counts everyone on the shift. */
  public final boolean countsEveryone() {
    return roles().isEmpty() && competences().isEmpty() && !formalHealthEducation();
  }

  /** A row needing at least {@code minimum} people, of any role, on {@code shift} on {@code date}. */
  public static StaffingRequirement onDate(LocalDate date, String shift, int minimum) {
    return builder().shift(shift).days(DayKind.DATE).date(date).minimum(minimum).build();
  }

  @Value.Check
  void check() {
    checkNotBlank(shift(), "StaffingRequirement", "shift");
    String subject = "StaffingRequirement " + shift() + " " + days();
    require(
        date().isPresent() == (days() == DayKind.DATE),
        subject,
        "date",
        date().orElse(null),
        "must be given when days is DATE, and only then");
    require(minimum() >= 0, subject, "minimum", minimum(), "must not be negative");
    preferred()
        .ifPresent(
            p -> require(p >= minimum(), subject, "preferred", p, "must not be below minimum (" + minimum() + ")"));
    int floor = preferred().orElse(minimum());
    maximum()
        .ifPresent(
            max ->
                require(
                    max >= floor,
                    subject,
                    "maximum",
                    max,
                    "must not be below minimum and preferred (" + floor + ")"));
  }

  /** Builds a {@link StaffingRequirement}; shift, days and minimum are required. */
  public static final class Builder extends ImmutableStaffingRequirement.Builder {
    Builder() {}
  }
}
