package org.careroster.metrics;

import static org.careroster.metrics.MetricChecks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.careroster.core.Assignment;
import org.careroster.core.PlanningHorizon;
import org.immutables.value.Value;

/**
 * The base rotation (grunnturnus) a period was planned with: who works which shift on each date of
 * its horizon, usually a cyclic horizon of whole weeks. Weekend hours coverage (variants A and C),
 * vacant shift hours and the long-shift share are measured on it against the staffing plan.
 *
 * <pre>{@code
 * BaseRotation.builder()
 *     .horizon(PlanningHorizon.cyclic(LocalDate.of(2024, 11, 4), 6))
 *     .addAssignment(Assignment.of("E1", LocalDate.of(2024, 11, 9), "LD"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBaseRotation.class)
@JsonDeserialize(as = ImmutableBaseRotation.class)
public abstract class BaseRotation {

  BaseRotation() {}

  /** The dates the rotation lays out. */
  public abstract PlanningHorizon horizon();

  /** The assignments; each employee–date–shift slot at most once. */
  public abstract ImmutableList<Assignment> assignments();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < assignments().size(); i++) {
      Assignment a = assignments().get(i);
      String at = "assignments[" + i + "]";
      require(
          horizon().contains(a.date()),
          "BaseRotation",
          at + ".date",
          a.date(),
          "must lie in the rotation's horizon " + horizon());
      require(
          seen.add(a.slot()),
          "BaseRotation",
          at,
          a.slot(),
          "repeats an earlier assignment of the same employee, date and shift");
    }
  }

  /** Builds a {@link BaseRotation}; the horizon is required. */
  public static final class Builder extends ImmutableBaseRotation.Builder {
    Builder() {}
  }
}
