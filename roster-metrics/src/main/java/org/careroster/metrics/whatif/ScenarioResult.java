package org.careroster.metrics.whatif;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.careroster.constraints.SolveStatus;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/** One scenario's answer: the bound that needs no search and, when solved, what a rotation achieves. */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioResult.class)
public abstract class ScenarioResult {

  ScenarioResult() {}

  /** The scenario's name. */
  public abstract String scenario();

  /** The weekend frequency evaluated: the scenario's, else the rule set's. */
  public abstract int weekendEvery();

  /** The ward with the scenario applied. */
  @JsonIgnore
  public abstract Problem problem();

  /** The search-free bound. */
  public abstract WeekendBound bound();

  /**
   * The solver's status: absent when only the bound was asked for; {@code INFEASIBLE} when proven,
   * {@code UNKNOWN} when the limit ended the search without a rotation.
   */
  public abstract Optional<SolveStatus> status();

  /** The KPIs of the rotation found, if one was. */
  public abstract Optional<Achieved> achieved();

  /** The rotation found, if one was. */
  @JsonIgnore
  public abstract Optional<Roster> roster();

  /** Why there is no rotation, in words, when the bound or the solver says so. */
  public abstract Optional<String> why();

  /** Wall-clock time of this scenario's evaluation. */
  public abstract Duration elapsed();

  static ImmutableScenarioResult.Builder builder() {
    return ImmutableScenarioResult.builder();
  }
}
