package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * Work that occurs on a shift and that someone on it must be allowed to do: medication round,
 * shift lead (ansvarsvakt), personal care, meals. Who may do it is the {@link TaskSharingPolicy}'s
 * business.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {

  Task() {}

  /** Stable id, e.g. {@code "medication-round"}. */
  public abstract String id();

  /** Display name, e.g. {@code "Medisinrunde"}. */
  public abstract String name();

  /** Codes of the shift types the task occurs on; at least one. */
  public abstract ImmutableSet<String> shifts();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(id(), "Task", "id");
    checkNotBlank(name(), "Task " + id(), "name");
    require(!shifts().isEmpty(), "Task " + id(), "shifts", shifts(), "must name at least one shift type");
  }

  /** Builds a {@link Task}; id, name and at least one shift are required. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }
}
