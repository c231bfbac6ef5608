package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisational unit staff belong to and work in: a ward (avdeling) inside a service
 * (virksomhet). Employees have a home unit and may be allowed to work in others.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit {

  Unit() {}

  /** Stable id, e.g. {@code "ward-2"}. */
  public abstract String id();

  /** Display name, e.g. {@code "Avdeling 2, Solbakken sjukeheim"}. */
  public abstract String name();

  /** Whether this is a ward or a service. */
  public abstract UnitKind kind();

  /** Id of the unit this one belongs to, e.g. the service a ward is part of. */
  public abstract Optional<String> parent();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(id(), "Unit", "id");
    checkNotBlank(name(), "Unit " + id(), "name");
    require(!parent().equals(Optional.of(id())), "Unit " + id(), "parent", id(), "must not be the unit itself");
  }

  /** Builds a {@link Unit}; id, name and kind are required. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
