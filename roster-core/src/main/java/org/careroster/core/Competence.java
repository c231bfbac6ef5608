package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A competence a ward plans with beyond the role, such as medication delegation
 * (legemiddeldelegering) or shift lead. A {@link Problem} declares its competences; employees hold
 * them as {@link Qualification}s, possibly with an expiry date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompetence.class)
@JsonDeserialize(as = ImmutableCompetence.class)
public abstract class Competence {

  /** Personal delegation to hand out or give medicines (hpl § 5; delegation is personal). */
  public static final Competence MEDICATION_DELEGATION = of("medication-delegation");

  Competence() {}

  /** Stable id, e.g. {@code "medication-delegation"}. */
  @Value.Parameter
  public abstract String id();

  /** Optional display name, e.g. {@code "legemiddelhandtering"}. */
  public abstract Optional<String> name();

  /**
   * A competence with this id.
   *
   * @throws InvalidModelException if {@code id} is blank
   */
  public static Competence of(String id) {
    return ImmutableCompetence.of(id);
  }

  /** This competence with display name {@code name}. */
  public abstract Competence withName(String name);

  @Value.Check
  void check() {
    checkNotBlank(id(), "Competence", "id");
    name().ifPresent(n -> checkNotBlank(n, "Competence " + id(), "name"));
  }

  @Override
  public String toString() {
    return id();
  }
}
