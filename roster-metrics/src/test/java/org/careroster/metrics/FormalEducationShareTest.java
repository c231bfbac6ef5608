package org.careroster.metrics;

import static org.careroster.metrics.Staff.percent;
import static org.careroster.metrics.Staff.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Role;
import org.junit.jupiter.api.Test;

class FormalEducationShareTest {

  private static final ImmutableMap<String, Role> ROLES = Maps.uniqueIndex(Role.STANDARD, Role::id);

  // E1 nurse 100; E2 health worker 50; E3 assistant 50; E4 assistant 40 + health worker 40
  private static final ImmutableList<Employee> STAFF =
      ImmutableList.of(
          position("E1", Role.NURSE, 100),
          position("E2", Role.HEALTH_WORKER, 50),
          position("E3", Role.ASSISTANT, 50),
          position("E4", Role.ASSISTANT, 40),
          position("E4", Role.HEALTH_WORKER, 40));

  @Test
  void fteBased_mixedRoles_weighsByPosition() {
    // educated 100 + 50 + 40 = 190 of 280 → 67.857 %
    Ratio r = FormalEducationShare.fteBased(STAFF, ROLES);
    assertEquals(190 * 100.0 / 280, percent(r), 1e-12);
  }

  @Test
  void headCount_personWithTwoPositions_countsOnceIfAnyIsEducated() {
    // E1, E2, E4 of 4 persons
    assertEquals(Share.of(3, 4), FormalEducationShare.headCount(Population.of(STAFF), ROLES));
  }

  @Test
  void fteBased_emptyPopulation_hasNoPercent() {
    assertTrue(FormalEducationShare.fteBased(ImmutableList.of(), ROLES).percent().isEmpty());
  }

  @Test
  void fteBased_unknownRole_failsNamingIt() {
    Employee host = Staff.positionBuilder("E9", "ward-host", 50, ContractType.PERMANENT).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FormalEducationShare.fteBased(ImmutableList.of(host), ROLES));
    assertEquals(
        "FormalEducationShare: role (ward-host) of employee E9 is not one of the roles given [nurse, health-worker, assistant]",
        e.getMessage());
  }
}
