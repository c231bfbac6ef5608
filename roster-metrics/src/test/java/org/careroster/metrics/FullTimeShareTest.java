package org.careroster.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Role;
import org.junit.jupiter.api.Test;

class FullTimeShareTest {

  private static Employee employee(String id, double percent) {
    return Employee.builder()
        .id(id)
        .name("N" + id)
        .role(Role.HEALTH_WORKER)
        .positionPercent(percent)
        .fullTimeWeeklyHours(35.5)
        .contractType(ContractType.PERMANENT)
        .build();
  }

  @Test
  void of_mixedPositions_countsThoseAtOrAboveHundred() {
    Share share =
        FullTimeShare.of(
            ImmutableList.of(
                employee("E1", 100), employee("E2", 99.99), employee("E3", 62.91), employee("E4", 100)));
    assertEquals(2, share.count());
    assertEquals(4, share.total());
    assertEquals(50.0, share.percent().getAsDouble(), 1e-9);
    assertEquals("2 of 4 (50.0 %)", share.toString());
  }

  @Test
  void of_personWithTwoPositions_sumsThemExactly() {
    // 33.33 + 33.33 + 33.34 is exactly 100 in decimal arithmetic (not in binary doubles).
    Share share =
        FullTimeShare.of(
            ImmutableList.of(employee("E1", 33.33), employee("E1", 33.33), employee("E1", 33.34), employee("E2", 50)));
    assertEquals(1, share.count());
    assertEquals(2, share.total());
  }

  @Test
  void of_emptyPopulation_hasNoPercent() {
    Share share = FullTimeShare.of(ImmutableList.of());
    assertEquals(0, share.total());
    assertTrue(share.percent().isEmpty());
    assertEquals("0 of 0 (no population)", share.toString());
  }

  @Test
  void share_countAboveTotal_fails() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Share.of(3, 2));
    assertEquals("Share: count (3) must be between 0 and total (2)", e.getMessage());
  }
}
