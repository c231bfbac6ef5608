package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanningHorizonTest {

  private static final LocalDate START = LocalDate.of(2027, 3, 22); // a Monday

  @Test
  void ofDays_twoWeeks_listsFourteenDatesInOrder() {
    PlanningHorizon horizon = PlanningHorizon.ofDays(START, 14);
    assertEquals(14, horizon.days());
    assertEquals(START, horizon.dates().get(0));
    assertEquals(LocalDate.of(2027, 4, 4), horizon.end());
    assertEquals(horizon.end(), horizon.dates().get(13));
    assertEquals(13, horizon.indexOf(horizon.end()));
    assertEquals(HorizonKind.CALENDAR, horizon.kind());
  }

  @Test
  void contains_isInclusiveAtBothEnds() {
    PlanningHorizon horizon = PlanningHorizon.of(START, START.plusDays(1));
    assertTrue(horizon.contains(START));
    assertTrue(horizon.contains(START.plusDays(1)));
    assertFalse(horizon.contains(START.plusDays(2)));
    assertFalse(horizon.contains(START.minusDays(1)));
  }

  @Test
  void of_endBeforeStart_failsNamingBothDates() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> PlanningHorizon.of(START, START.minusDays(1)));
    assertEquals("end", e.path());
    assertEquals("\"2027-03-21\"", e.value());
    assertEquals(
        "PlanningHorizon: end (\"2027-03-21\") must not be before start (2027-03-22)", e.getMessage());
  }

  @Test
  void of_singleDay_isAllowed() {
    assertEquals(1, PlanningHorizon.of(START, START).days());
  }

  @Test
  void ofDays_zeroDays_fails() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> PlanningHorizon.ofDays(START, 0));
    assertEquals("days", e.path());
    assertEquals("0", e.value());
  }

  @Test
  void ofDays_twoYearsIsTheLimit() {
    assertEquals(PlanningHorizon.MAX_DAYS, PlanningHorizon.ofDays(START, PlanningHorizon.MAX_DAYS).days());
    assertThrows(
        InvalidModelException.class, () -> PlanningHorizon.ofDays(START, PlanningHorizon.MAX_DAYS + 1));
    assertThrows(
        InvalidModelException.class,
        () -> PlanningHorizon.of(START, START.plusDays(PlanningHorizon.MAX_DAYS)));
  }

  @Test
  void cyclic_sixWeeks_endsOnSundayAfterFortyTwoDays() {
    PlanningHorizon horizon = PlanningHorizon.cyclic(START, 6);
    assertTrue(horizon.isCyclic());
    assertEquals(42, horizon.days());
    assertEquals(LocalDate.of(2027, 5, 2), horizon.end());
  }

  @Test
  void cyclic_startNotMonday_fails() {
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> PlanningHorizon.cyclic(START.plusDays(1), 6));
    assertEquals("start", e.path());
    assertEquals("\"2027-03-23\"", e.value());
    assertTrue(e.getMessage().contains("TUESDAY"), e.getMessage());
  }

  @Test
  void cyclic_weeksOutOfRange_fails() {
    assertEquals("weeks", assertThrows(InvalidModelException.class, () -> PlanningHorizon.cyclic(START, 0)).path());
    assertEquals(52 * 7, PlanningHorizon.cyclic(START, 52).days());
    assertEquals("weeks", assertThrows(InvalidModelException.class, () -> PlanningHorizon.cyclic(START, 53)).path());
  }

  @Test
  void build_cyclicNotWholeWeeks_failsAtEnd() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                ImmutablePlanningHorizon.builder()
                    .start(START)
                    .end(START.plusDays(7))
                    .kind(HorizonKind.CYCLIC)
                    .build());
    assertEquals("end", e.path());
    assertEquals("\"2027-03-29\"", e.value());
  }

  @Test
  void next_cyclicAtEnd_wrapsToStart() {
    PlanningHorizon horizon = PlanningHorizon.cyclic(START, 2);
    assertEquals(Optional.of(horizon.start()), horizon.next(horizon.end()));
    assertEquals(Optional.of(START.plusDays(1)), horizon.next(START));
  }

  @Test
  void previous_cyclicAtStart_wrapsToEnd() {
    PlanningHorizon horizon = PlanningHorizon.cyclic(START, 2);
    assertEquals(Optional.of(horizon.end()), horizon.previous(horizon.start()));
    assertEquals(Optional.of(horizon.end().minusDays(1)), horizon.previous(horizon.end()));
  }

  @Test
  void nextAndPrevious_calendarAtEdges_areEmpty() {
    PlanningHorizon horizon = PlanningHorizon.ofDays(START, 14);
    assertEquals(Optional.empty(), horizon.next(horizon.end()));
    assertEquals(Optional.empty(), horizon.previous(horizon.start()));
    assertEquals(Optional.of(horizon.end()), horizon.next(horizon.end().minusDays(1)));
  }

  @Test
  void next_dateOutsideHorizon_fails() {
    PlanningHorizon horizon = PlanningHorizon.cyclic(START, 1);
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> horizon.next(horizon.end().plusDays(1)));
    assertEquals("date", e.path());
  }
}
