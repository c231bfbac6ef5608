package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role a person is employed in, such as nurse (sjukepleiar) or health worker (helsefagarbeidar).
 *
 * <p>The three roles every ward has are constants; a municipality adds its own (ward host /
 * avdelingsvert, student, apprentice) with {@link #of(String, boolean)}. A {@link Problem} declares
 * the roles it uses, and employees refer to them by {@link #id()}.
 *
 * <pre>{@code
 * Role wardHost = Role.of("ward-host", false);   // avdelingsvert: meals, laundry, tidying
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role {

  /** Registered nurse (sjukepleiar); formal health education. */
  public static final Role NURSE = of("nurse", true);

  /** Licensed health worker (helsefagarbeidar); formal health education. */
  public static final Role HEALTH_WORKER = of("health-worker", true);

  /** Assistant without formal health education (assistent, ufaglært). */
  public static final Role ASSISTANT = of("assistant", false);

  /** The three roles every ward has: nurse, health worker and assistant. */
  public static final ImmutableList<Role> STANDARD = ImmutableList.of(NURSE, HEALTH_WORKER, ASSISTANT);

  Role() {}

  /** Stable id, e.g. {@code "nurse"}; employees, staffing plans and task-sharing refer to it. */
  @Value.Parameter
  public abstract String id();

  /** Whether holding this role counts as formal health education (KPI and cover rules). */
  @Value.Parameter
  public abstract boolean formalHealthEducation();

  /** Optional display name, e.g. {@code "sjukepleiar"}. */
  public abstract Optional<String> name();

  /**
   * A role with the given id and education flag.
   *
   * @throws InvalidModelException if {@code id} is blank
   */
  public static Role of(String id, boolean formalHealthEducation) {
    return ImmutableRole.of(id, formalHealthEducation);
  }

  /** This role with display name {@code name}, e.g. {@code Role.NURSE.withName("sjukepleiar")}. */
  public abstract Role withName(String name);

  @Value.Check
  void check() {
    checkNotBlank(id(), "Role", "id");
    name().ifPresent(n -> checkNotBlank(n, "Role " + id(), "name"));
  }

  @Override
  public String toString() {
    return id();
  }
}
