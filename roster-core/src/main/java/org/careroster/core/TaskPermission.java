package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * Who may do one task: anyone whose role is in {@link #roles()} or who holds one of {@link
 * #competences()} valid on the day.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskPermission.class)
@JsonDeserialize(as = ImmutableTaskPermission.class)
public abstract class TaskPermission {

  TaskPermission() {}

  /** Id of the {@link Task}. */
  public abstract String task();

  /** Roles whose holders may do the task. */
  public abstract ImmutableSet<String> roles();

  /** Competences whose holders may do the task, whatever their role. */
  public abstract ImmutableSet<String> competences();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(task(), "TaskPermission", "task");
  }

  /** Builds a {@link TaskPermission}; the task is required. */
  public static final class Builder extends ImmutableTaskPermission.Builder {
    Builder() {}
  }
}
