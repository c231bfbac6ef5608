package org.careroster.constraints.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Problem;
import org.careroster.core.Task;
import org.careroster.core.TaskPermission;
import org.careroster.core.TaskSharingPolicy;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.variables.BoolVar;
import org.immutables.value.Value;

/**
 * Task-sharing cover (oppgavedeling, RULES.md §3.3): on every date of the horizon, each shift a
 * {@link Task} occurs on has at least one person working it whom the problem's {@link
 * TaskSharingPolicy} allows to do the task that day (by role, or by a competence valid that day). A
 * shift nobody works breaks the rule for each of its tasks. Hard: health personnel must not take
 * tasks beyond their competence (hpl § 4), and tasks are handed over only as hpl § 5 allows.
 *
 * <pre>{@code
 * Rule tasks = TaskSharingCover.of();
 * }</pre>
 */
@Value.Immutable(singleton = true, builder = false)
@JsonTypeName(TaskSharingCover.ID)
@JsonSerialize(as = ImmutableTaskSharingCover.class)
@JsonDeserialize(as = ImmutableTaskSharingCover.class)
public abstract class TaskSharingCover extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "task-sharing";

  /** Words for who may do a task: anyone with, role, competence, or, nobody. */
  private static final String[] EN = {"anyone with", "role", "competence", "or", "nobody"};

  private static final String[] NN = {"alle med", "rolle", "kompetanse", "eller", "ingen"};

  TaskSharingCover() {}

  /** The rule, hard. */
  public static TaskSharingCover of() {
    return ImmutableTaskSharingCover.of();
  }

  /** Hard unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.HARD;
  }

  /** A copy with another severity. */
  public abstract TaskSharingCover withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** The task-sharing policy, under hpl § 4 and § 5. */
  @JsonIgnore
  @Override
  public final String source() {
    return "task-sharing policy (hpl § 4, § 5)";
  }


  /**
   * For each date, task and shift the task names: hard, at least one of the people the policy
   * allows that day works the shift (a sum of their {@code works} variables; a named false
   * constraint when nobody is allowed, so the explanation names the task); soft, a penalty of 1
   * for each such slot nobody allowed works.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    TaskSharingPolicy policy = problem.taskSharing();
    Model choco = model.chocoModel();
    List<BoolVar> uncovered = new ArrayList<>();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    for (int d = 0; d < dates.size(); d++) {
      LocalDate date = dates.get(d);
      for (Task task : problem.tasks()) {
        for (String shift : task.shifts()) {
          int type = model.shiftTypeIndex(shift);
          List<BoolVar> allowed = new ArrayList<>();
          for (int e = 0; e < model.employees(); e++) {
            if (policy.allows(task.id(), problem.employees().get(e), date)) {
              allowed.add(model.works(e, d, type));
            }
          }
          String subject = task.id() + ":" + shift + "@" + date;
          if (severity().isHard()) {
            Constraint constraint =
                allowed.isEmpty()
                    ? choco.falseConstraint()
                    : choco.sum(allowed.toArray(new BoolVar[0]), ">=", 1);
            Encodings.post(this, model, subject, constraint);
          } else {
            uncovered.add(Encodings.or(choco, allowed).not());
          }
        }
      }
    }
    if (!severity().isHard()) {
      Encodings.addPenalty(this, model, "all", uncovered, null);
    }
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    Problem problem = view.problem();
    TaskSharingPolicy policy = problem.taskSharing();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (LocalDate date : view.horizon().dates()) {
      for (Task task : problem.tasks()) {
        for (String shift : task.shifts()) {
          List<String> working = new ArrayList<>();
          boolean allowed = false;
          for (WorkedShift worked : view.on(date, shift)) {
            working.add(worked.employee().id());
            allowed |= policy.allows(task.id(), worked.employee(), date);
          }
          if (!allowed) {
            violations.add(violation(task, date, shift, working, policy));
          }
        }
      }
    }
    return violations.build();
  }

  private Violation violation(
      Task task, LocalDate date, String shift, List<String> working, TaskSharingPolicy policy) {
    String who = allowedText(policy, task, EN);
    String whoNn = allowedText(policy, task, NN);
    String en =
        working.isEmpty()
            ? "nobody works the shift, so 0 people may do it"
            : String.format(
                Locale.ROOT,
                "0 of the %d working it (%s) may do it",
                working.size(), String.join(", ", working));
    String nn =
        working.isEmpty()
            ? "ingen arbeider vakta, så 0 kan gjere ho"
            : String.format(
                Locale.ROOT,
                "0 av dei %d på vakta (%s) kan gjere ho",
                working.size(), String.join(", ", working));
    return violation()
        .date(date)
        .shift(shift)
        .measured(0)
        .limit(1)
        .measure(Measure.PEOPLE)
        .penalty(1)
        .message(
            String.format(
                Locale.ROOT,
                "Task %s (%s) on %s on %s: %s; at least 1 must, and %s may (%s).",
                task.id(), task.name(), shift, date, en, who, source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT,
                "Oppgåva %s (%s) på %s %s: %s; minst 1 må kunne, og %s kan (%s).",
                task.id(), task.name(), shift, date, nn, whoNn, source()))
        .build();
  }

  /** Who the policy lets do the task, e.g. {@code anyone with role nurse or competence x}. */
  private static String allowedText(TaskSharingPolicy policy, Task task, String[] words) {
    TaskPermission permission = policy.permission(task.id()).orElse(null);
    if (permission == null
        || (permission.roles().isEmpty() && permission.competences().isEmpty())) {
      return words[4];
    }
    List<String> parts = new ArrayList<>();
    if (!permission.roles().isEmpty()) {
      parts.add(words[1] + " " + String.join("/", permission.roles()));
    }
    if (!permission.competences().isEmpty()) {
      parts.add(words[2] + " " + String.join("/", permission.competences()));
    }
    return words[0] + " " + String.join(" " + words[3] + " ", parts);
  }
}
