package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanningHorizonTest {

  private static final LocalDate START = LocalDate.of(2027, 3, 22);

  @Test
  void ofDays_twoWeeks_listsFourteenDatesInOrder() {
    PlanningHorizon horizon = PlanningHorizon.ofDays(START, 14);
    assertEquals(14, horizon.days());
    assertEquals(START, horizon.dates().get(0));
    assertEquals(LocalDate.of(2027, 4, 4), horizon.end());
    assertEquals(horizon.end(), horizon.dates().get(13));
    assertEquals(13, horizon.indexOf(horizon.end()));
  }

  @Test
  void contains_isInclusiveAtBothEnds() {
    PlanningHorizon horizon = PlanningHorizon.of(START, START.plusDays(1));
    assertTrue(horizon.contains(START));
    assertTrue(horizon.contains(START.plusDays(1)));
    assertFalse(horizon.contains(START.plusDays(2)));
  }

  @Test
  void of_endBeforeStart_failsNamingBothDates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanningHorizon.of(START, START.minusDays(1)));
    assertEquals(
        "PlanningHorizon: end (2027-03-21) must not be before start (2027-03-22)", e.getMessage());
  }

  @Test
  void ofDays_zeroDays_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlanningHorizon.ofDays(START, 0));
    assertTrue(e.getMessage().contains("days (0)"), e.getMessage());
  }
}
