package org.careroster.metrics;

import static org.careroster.metrics.Staff.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Role;
import org.junit.jupiter.api.Test;

class EarlyLeaverShareTest {

  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate TO = LocalDate.of(2022, 12, 31);

  private static Employee hired(String id, String start, String end) {
    Employee.Builder b = Staff.positionBuilder(id, "health-worker", 80, ContractType.PERMANENT);
    b.employmentStart(LocalDate.parse(start));
    if (end != null) {
      b.employmentEnd(LocalDate.parse(end));
    }
    return b.build();
  }

  @Test
  void of_cohortOfThree_countsOnlyThoseWhoLeftBeforeTwoYears() {
    Share share =
        EarlyLeaverShare.of(
            ImmutableList.of(
                hired("E1", "2022-03-01", "2023-06-30"), // left after 16 months: early leaver
                hired("E2", "2022-05-01", null), // stays
                hired("E3", "2022-02-01", "2024-02-01"), // left on the two-year anniversary: not early
                hired("E4", "2021-12-31", "2022-01-31"), // hired before the cohort
                position("E5", Role.NURSE, 100)), // no start date: not a new hire
            FROM,
            TO,
            Period.ofYears(2));
    assertEquals(Share.of(1, 3), share);
  }

  @Test
  void of_personWithTwoPositions_usesFirstStartAndLastEnd() {
    // E1 starts 2022-03-01, ends one position in 2022 but keeps the other: not a leaver
    Share share =
        EarlyLeaverShare.of(
            ImmutableList.of(hired("E1", "2022-03-01", "2022-09-30"), hired("E1", "2022-06-01", null)),
            FROM,
            TO,
            Period.ofYears(2));
    assertEquals(Share.of(0, 1), share);
  }

  @Test
  void of_noNewHires_isEmpty() {
    assertEquals(Share.of(0, 0), EarlyLeaverShare.of(ImmutableList.of(), FROM, TO, Period.ofYears(2)));
  }

  @Test
  void of_cohortEndsBeforeItStarts_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EarlyLeaverShare.of(ImmutableList.of(), TO, FROM, Period.ofYears(2)));
    assertEquals("EarlyLeaverShare: cohortTo (2022-01-01) must not be before cohortFrom (2022-12-31)", e.getMessage());
  }
}
