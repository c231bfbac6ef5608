package org.careroster.metrics.whatif;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The weekend need of one kind of people (a staffing row's roles and competences, or long-shift consent) and how many the ward has. */
@Value.Immutable
@JsonSerialize(as = ImmutableBoundGroup.class)
public abstract class BoundGroup {

  BoundGroup() {}

  /** Who, in words, e.g. {@code nurse}, {@code with formal health education}, {@code anyone}, {@code consenting to long shifts}. */
  public abstract String label();

  /** People of the kind needed on one weekend: the larger of the busier day's need and half the two days' shifts. */
  public abstract int perWeekend();

  /** People of the kind the ward needs at least, each working at most the frequency's share of weekends. */
  public abstract int minimumHeads();

  /** People of the kind on the staff. */
  public abstract int onStaff();

  /** Whether the staff has fewer than {@link #minimumHeads()}: no lawful rotation can exist. */
  @Value.Derived
  public boolean isShort() {
    return onStaff() < minimumHeads();
  }

  static ImmutableBoundGroup.Builder builder() {
    return ImmutableBoundGroup.builder();
  }
}
