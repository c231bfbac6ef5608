package org.careroster.core;

import static org.careroster.core.Checks.checkUnique;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * The task-sharing policy (oppgavedeling): for each task, which roles and competences may do it.
 * Changing it is the TØRN lever, and a one-line change:
 *
 * <pre>{@code
 * // let health workers with medication delegation take the medication round
 * Problem torn = problem.withTaskSharing(
 *     problem.taskSharing().allowCompetence("medication-round", "medication-delegation"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTaskSharingPolicy.class)
@JsonDeserialize(as = ImmutableTaskSharingPolicy.class)
public abstract class TaskSharingPolicy {

  TaskSharingPolicy() {}

  /** One permission per task. */
  public abstract ImmutableList<TaskPermission> permissions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy with no permissions. */
  public static TaskSharingPolicy empty() {
    return builder().build();
  }

  /** The permission for {@code task}, if the policy has one. */
  public final Optional<TaskPermission> permission(String task) {
    return permissions().stream().filter(p -> p.task().equals(task)).findFirst();
  }

  /**
   * Whether a person with role {@code role} and these qualifications may do {@code task} on {@code
   * date}.
   */
  public final boolean allows(String task, Employee employee, LocalDate date) {
    return permission(task)
        .map(
            p ->
                p.roles().contains(employee.role())
                    || p.competences().stream().anyMatch(c -> employee.hasCompetence(c, date)))
        .orElse(false);
  }

  /** This policy with role {@code role} also allowed to do {@code task}. */
  public final TaskSharingPolicy allowRole(String task, String role) {
    return change(task, roles -> Sets.union(roles, Set.of(role)), competences -> competences);
  }

  /** This policy with holders of {@code competence} also allowed to do {@code task}. */
  public final TaskSharingPolicy allowCompetence(String task, String competence) {
    return change(task, roles -> roles, competences -> Sets.union(competences, Set.of(competence)));
  }

  /** This policy with role {@code role} no longer allowed to do {@code task} by virtue of its role. */
  public final TaskSharingPolicy disallowRole(String task, String role) {
    return change(task, roles -> Sets.difference(roles, Set.of(role)), competences -> competences);
  }

  /** This policy with the permission for {@code task} (added if missing) changed. */
  private TaskSharingPolicy change(
      String task, UnaryOperator<Set<String>> roles, UnaryOperator<Set<String>> competences) {
    TaskPermission current =
        permission(task).orElseGet(() -> TaskPermission.builder().task(task).build());
    TaskPermission changed =
        TaskPermission.builder()
            .task(task)
            .addAllRoles(roles.apply(current.roles()))
            .addAllCompetences(competences.apply(current.competences()))
            .build();
    ImmutableList.Builder<TaskPermission> result = ImmutableList.builder();
    boolean replaced = false;
    for (TaskPermission p : permissions()) {
      replaced |= p.task().equals(task);
      result.add(p.task().equals(task) ? changed : p);
    }
    if (!replaced) {
      result.add(changed);
    }
    return builder().addAllPermissions(result.build()).build();
  }

  @Value.Check
  void check() {
    checkUnique(permissions(), TaskPermission::task, "TaskSharingPolicy", "permissions", "task");
  }

  /** Builds a {@link TaskSharingPolicy}. */
  public static final class Builder extends ImmutableTaskSharingPolicy.Builder {
    Builder() {}
  }
}
