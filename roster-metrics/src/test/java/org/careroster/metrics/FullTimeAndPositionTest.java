package org.careroster.metrics;

import static org.careroster.metrics.Staff.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Role;
import org.junit.jupiter.api.Test;

class FullTimeAndPositionTest {

  private static final LocalDate REF = LocalDate.of(2024, 11, 30);

  @Test
  void onDate_tempsApprenticesAndFormerStaff_leftOut() {
    Employee left = Staff.positionBuilder("E4", "nurse", 100, ContractType.PERMANENT).employmentEnd(REF.minusDays(1)).build();
    Employee starts = Staff.positionBuilder("E5", "nurse", 100, ContractType.PERMANENT).employmentStart(REF).build();
    ImmutableList<Employee> staff =
        ImmutableList.of(
            position("E1", Role.NURSE, 100),
            position("E2", Role.ASSISTANT, 50, ContractType.TEMPORARY),
            position("E3", Role.ASSISTANT, 20, ContractType.APPRENTICE),
            left,
            starts);
    assertEquals(ImmutableList.of("E1", "E5"), Population.onDate(staff, REF, Population.KS_EXCLUDED).persons().asList());
    assertEquals(
        ImmutableList.of("E1", "E2", "E3", "E5"), Population.onDate(staff, REF, Set.of()).persons().asList());
  }

  @Test
  void fullTimeShare_personWithTwoPositions_countsOnceWhenSumReachesHundred() {
    // E1: 60 + 40 = 100 → full time; E2: 80 → part time; E3: 100 → full time
    Population p =
        Population.of(
            ImmutableList.of(
                position("E1", Role.NURSE, 60),
                position("E1", Role.ASSISTANT, 40),
                position("E2", Role.HEALTH_WORKER, 80),
                position("E3", Role.HEALTH_WORKER, 100)));
    Share share = FullTimeShare.of(p);
    assertEquals(Share.of(2, 3), share);
    assertEquals(new BigDecimal("66.66666666666666666666666666666667"), share.asRatio().percent().orElseThrow());
  }

  @Test
  void averagePositionSize_personWithTwoPositions_sumsOrCaps() {
    // E1: 60 + 60 = 120, E2: 80 → uncapped (120 + 80) / 2 = 100; capped (100 + 80) / 2 = 90
    Population p =
        Population.of(
            ImmutableList.of(
                position("E1", Role.NURSE, 60), position("E1", Role.NURSE, 60), position("E2", Role.NURSE, 80)));
    assertEquals(0, new BigDecimal("100").compareTo(AveragePositionSize.of(p, false).quotient().orElseThrow()));
    assertEquals(0, new BigDecimal("90").compareTo(AveragePositionSize.of(p, true).quotient().orElseThrow()));
  }

  @Test
  void averagePositionSize_exactDecimals_keptExactly() {
    // (62.91 + 33.33 + 80) / 3 = 176.24 / 3 = 58.74666…
    Population p =
        Population.of(
            ImmutableList.of(
                position("E1", Role.NURSE, 62.91), position("E2", Role.NURSE, 33.33), position("E3", Role.NURSE, 80)));
    Ratio avg = AveragePositionSize.of(p, false);
    assertEquals(new BigDecimal("176.24"), avg.numerator());
    assertEquals(new BigDecimal("58.74666666666666666666666666666667"), avg.quotient().orElseThrow());
  }

  @Test
  void averagePositionSize_emptyPopulation_hasNoValue() {
    Ratio avg = AveragePositionSize.of(Population.of(ImmutableList.of()), false);
    assertTrue(avg.quotient().isEmpty());
    assertEquals("0 / 0 (no population)", avg.toString());
  }
}
