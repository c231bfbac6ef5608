package org.careroster.metrics.whatif;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One step of a full-time plan: a position raised, financed by the budget's room or by the
 * position of someone whose post is merged in when it falls vacant.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePositionChange.class)
public abstract class PositionChange {

  PositionChange() {}

  /** The employee whose position grows. */
  public abstract String employee();

  /** The position before, in percent. */
  public abstract BigDecimal from();

  /** The position after, in percent. */
  public abstract BigDecimal to();

  /** The employees whose posts are merged in (not refilled when they fall vacant), if the step needs any. */
  public abstract ImmutableList<String> mergedFrom();

  static ImmutablePositionChange.Builder builder() {
    return ImmutablePositionChange.builder();
  }
}
