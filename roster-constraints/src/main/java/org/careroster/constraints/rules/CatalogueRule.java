package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.Violation;

/**
 * What every rule of the catalogue shares: a pre-filled violation builder, and whether the solver
 * can encode it yet.
 */
public abstract class CatalogueRule implements Rule {

  CatalogueRule() {}

  /** A violation builder with this rule's id, severity and source filled in. */
  final Violation.Builder violation() {
    Violation.Builder builder = Violation.builder();
    builder.ruleId(id()).severity(severity()).source(source());
    return builder;
  }

  /** A copy with another severity: how the solver applies {@code SolverOptions.weights()}. */
  public abstract CatalogueRule withSeverity(Severity severity);

  /**
   * Whether {@link #post} encodes this rule in its current severity (every rule does in its
   * catalogue severity); the solver refuses rule sets with one that does not.
   */
  @JsonIgnore
  public boolean encoded() {
    return true;
  }

  @Override
  public String toString() {
    return id();
  }
}
