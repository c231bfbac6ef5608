package org.careroster.constraints.vacation;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One shift the ward's own staff cannot fill: how many substitutes (vikarar) it needs, for how
 * many hours, and what they must be.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubstituteShift.class)
public abstract class SubstituteShift {

  SubstituteShift() {}

  /** The ISO week of the date, e.g. {@code 2027-W28}. */
  public abstract String week();

  /** The date the shift starts on. */
  public abstract LocalDate date();

  /** Code of the shift type. */
  public abstract String shift();

  /** Substitutes needed on the shift. */
  public abstract int substitutes();

  /**
   * The ward's listed hourly substitutes ({@code HOURLY_SUBSTITUTE} in the problem) who can take
   * the shift within every hard rule, one per substitute needed at most, each proposal made with
   * the earlier ones in place; none when the problem lists nobody.
   */
  public abstract ImmutableList<String> proposed();

  /** Substitutes needed that no listed substitute can be: {@link #substitutes()} less {@link #proposed()}. */
  @Value.Derived
  public int uncovered() {
    return substitutes() - proposed().size();
  }

  /** Hours of substitute work: substitutes × the shift's real hours, in decimal hours. */
  public abstract BigDecimal hours();

  /** Whether the shift touches the weekend, Saturday 00:00 to Monday 00:00. */
  public abstract boolean weekend();

  /** The role the substitutes must have, when every unmet requirement names that one role. */
  public abstract Optional<String> role();

  /** What is missing in words, e.g. {@code at least 1 sjukepleiar}. */
  public abstract String lacking();

  /**
   * Whether only a qualified substitute will do: every unmet requirement names a role, a
   * competence or formal health education, or a task nobody on the shift may do is missing. A
   * substitute without that leaves the cover unmet.
   */
  public abstract boolean qualifiedOnly();

  static ImmutableSubstituteShift.Builder builder() {
    return ImmutableSubstituteShift.builder();
  }
}
