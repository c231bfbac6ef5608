package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import org.immutables.value.Value;

/**
 * A role a person is employed in, such as nurse (sjukepleiar) or health worker (helsefagarbeidar).
 *
 * <p>The three roles every ward has are constants; a municipality adds its own (ward host /
 * avdelingsvert, student, apprentice) with {@link #of(String, boolean)}. Roles are equal when their
 * ids and education flags are equal.
 */
@Value.Immutable
public abstract class Role {

  /** Registered nurse (sjukepleiar); formal health education. */
  public static final Role NURSE = of("nurse", true);

  /** Licensed health worker (helsefagarbeidar); formal health education. */
  public static final Role HEALTH_WORKER = of("health-worker", true);

  /** Assistant without formal health education (assistent, ufaglært). */
  public static final Role ASSISTANT = of("assistant", false);

  Role() {}

  /** Stable id, e.g. {@code "nurse"}; used in saved rosters and rule parameters. */
  @Value.Parameter
  public abstract String id();

  /** Whether holding this role counts as formal health education (for the KPI and cover rules). */
  @Value.Parameter
  public abstract boolean formalHealthEducation();

  /**
   * A role with the given id and education flag.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Role of(String id, boolean formalHealthEducation) {
    return ImmutableRole.of(id, formalHealthEducation);
  }

  @Value.Check
  void check() {
    checkNotBlank(id(), "Role", "id");
  }

  @Override
  public String toString() {
    return id();
  }
}
