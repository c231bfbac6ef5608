package org.careroster.core;

import static org.careroster.core.TestModels.employee;
import static org.careroster.core.TestModels.employeeBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskSharingPolicyTest {

  private static final String ROUND = "medication-round";
  private static final String DELEGATION = "medication-delegation";
  private static final LocalDate DAY = LocalDate.of(2027, 6, 30);

  private static final Employee NURSE = employee("E1", Role.NURSE);
  private static final Employee DELEGATED_HEALTH_WORKER =
      employeeBuilder("E2", Role.HEALTH_WORKER)
          .positionPercent(75)
          .addCompetence(Qualification.of(DELEGATION).withExpires(DAY))
          .build();
  private static final Employee HEALTH_WORKER = employee("E3", Role.HEALTH_WORKER);

  private static final TaskSharingPolicy NURSES_ONLY =
      TaskSharingPolicy.builder()
          .addPermission(TaskPermission.builder().task(ROUND).addRole("nurse").build())
          .addPermission(TaskPermission.builder().task("meals").addRole("assistant").build())
          .build();

  @Test
  void allows_byRole() {
    assertTrue(NURSES_ONLY.allows(ROUND, NURSE, DAY));
    assertFalse(NURSES_ONLY.allows(ROUND, DELEGATED_HEALTH_WORKER, DAY));
  }

  @Test
  void allows_unknownTask_isFalse() {
    assertFalse(NURSES_ONLY.allows("laundry", NURSE, DAY));
  }

  @Test
  void allows_byCompetence_onlyWhileValid() {
    TaskSharingPolicy policy = NURSES_ONLY.allowCompetence(ROUND, DELEGATION);
    assertTrue(policy.allows(ROUND, DELEGATED_HEALTH_WORKER, DAY));
    assertFalse(policy.allows(ROUND, DELEGATED_HEALTH_WORKER, DAY.plusDays(1))); // expired
    assertFalse(policy.allows(ROUND, HEALTH_WORKER, DAY)); // no delegation
  }

  @Test
  void allowCompetence_changesOnlyThatTask_andLeavesOriginalUnchanged() {
    TaskSharingPolicy before = TaskSharingPolicy.builder().addAllPermissions(NURSES_ONLY.permissions()).build();
    TaskSharingPolicy after = NURSES_ONLY.allowCompetence(ROUND, DELEGATION);
    assertEquals(
        TaskSharingPolicy.builder()
            .addPermission(
                TaskPermission.builder().task(ROUND).addRole("nurse").addCompetence(DELEGATION).build())
            .addPermission(TaskPermission.builder().task("meals").addRole("assistant").build())
            .build(),
        after);
    assertEquals(before, NURSES_ONLY);
    assertNotEquals(NURSES_ONLY, after);
  }

  @Test
  void allowRole_addsRoleToExistingPermission() {
    TaskSharingPolicy after = NURSES_ONLY.allowRole(ROUND, "health-worker");
    assertEquals(ImmutableSet.of("nurse", "health-worker"), after.permission(ROUND).orElseThrow().roles());
    assertTrue(after.allows(ROUND, HEALTH_WORKER, DAY));
    assertFalse(NURSES_ONLY.allows(ROUND, HEALTH_WORKER, DAY));
  }

  @Test
  void allowRole_taskWithoutPermission_addsOneAtTheEnd() {
    TaskSharingPolicy after = TaskSharingPolicy.empty().allowRole("laundry", "assistant");
    assertEquals(
        ImmutableList.of(TaskPermission.builder().task("laundry").addRole("assistant").build()),
        after.permissions());
    assertEquals(TaskSharingPolicy.empty(), TaskSharingPolicy.builder().build());
  }

  @Test
  void disallowRole_removesOnlyThatRole() {
    TaskSharingPolicy both = NURSES_ONLY.allowRole(ROUND, "health-worker").allowCompetence(ROUND, DELEGATION);
    TaskSharingPolicy after = both.disallowRole(ROUND, "nurse");
    TaskPermission round = after.permission(ROUND).orElseThrow();
    assertEquals(ImmutableSet.of("health-worker"), round.roles());
    assertEquals(ImmutableSet.of(DELEGATION), round.competences());
    assertFalse(after.allows(ROUND, NURSE, DAY));
    assertTrue(both.allows(ROUND, NURSE, DAY));
  }

  @Test
  void build_twoPermissionsForOneTask_fails() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                TaskSharingPolicy.builder()
                    .addPermission(TaskPermission.builder().task(ROUND).build())
                    .addPermission(TaskPermission.builder().task(ROUND).build())
                    .build());
    assertEquals("permissions[1].task", e.path());
  }
}
