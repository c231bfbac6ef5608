package org.careroster.metrics;

import static org.careroster.metrics.Staff.h;
import static org.careroster.metrics.Staff.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;

class HoursTest {

  private static final LocalDate MON = LocalDate.of(2024, 11, 4);

  private static final ImmutableList<WorkRecord> RECORDS =
      ImmutableList.of(
          record("E1", MON).ordinary(h(7.5)).extra(h(2)).build(),
          record("E2", MON).ordinary(h(7.5)).overtime(h(3.5)).build(),
          record("E1", MON.plusDays(1)).extra(h(7.5)).overtime(h(1)).build(),
          WorkRecord.builder().date(MON).agency(h(10)).build());

  @Test
  void extraHours_records_sumMeirarbeidOnly() {
    assertEquals(h(9.5), ExtraHours.of(RECORDS));
  }

  @Test
  void overtimeHours_records_sumTariffOvertimeOnly() {
    assertEquals(h(4.5), OvertimeHours.of(RECORDS));
  }

  @Test
  void plusOvertime_records_sumBoth() {
    assertEquals(h(14), ExtraHours.plusOvertime(RECORDS));
  }

  @Test
  void agencyHours_records_sumAgencyOnly() {
    assertEquals(h(10), AgencyHours.of(RECORDS));
  }

  @Test
  void counters_noRecords_areZero() {
    assertEquals(Duration.ZERO, ExtraHours.plusOvertime(ImmutableList.of()));
    assertEquals(Duration.ZERO, LawOvertimeHours.of(ImmutableList.of(), Duration.ofHours(9), Duration.ofHours(40)));
  }

  @Test
  void lawOvertime_longDays_countDailyExcessWhenLarger() {
    // four days of 12.5 h: daily excess 4 × 3.5 = 14 h, weekly 50 − 40 = 10 h → 14 h
    ImmutableList.Builder<WorkRecord> week = ImmutableList.builder();
    for (int d = 0; d < 4; d++) {
      week.add(record("E1", MON.plusDays(d)).ordinary(h(12.5)).build());
    }
    assertEquals(h(14), LawOvertimeHours.of(week.build(), LawOvertimeHours.DAILY_LIMIT, LawOvertimeHours.WEEKLY_LIMIT));
  }

  @Test
  void lawOvertime_sixShortDays_countWeeklyExcess() {
    // six days of 8.5 h (ordinary 7.5 + 1 extra): 51 h, nothing beyond 9 h a day → 11 h
    ImmutableList.Builder<WorkRecord> week = ImmutableList.builder();
    for (int d = 0; d < 6; d++) {
      week.add(record("E1", MON.plusDays(d)).ordinary(h(7.5)).extra(h(1)).build());
    }
    assertEquals(h(11), LawOvertimeHours.of(week.build(), LawOvertimeHours.DAILY_LIMIT, LawOvertimeHours.WEEKLY_LIMIT));
  }

  @Test
  void lawOvertime_weeksAndPeople_standAlone() {
    // E1: 30 h in week 1 and 45 h in week 2 → 5 h; E2 the same 45 h in week 1 → 5 h; a 38 h limit → 7 + 7
    ImmutableList<WorkRecord> records =
        ImmutableList.of(
            record("E1", MON).ordinary(h(15)).build(),
            record("E1", MON.plusDays(6)).ordinary(h(15)).build(),
            record("E1", MON.plusDays(7)).ordinary(h(22.5)).build(),
            record("E1", MON.plusDays(8)).ordinary(h(22.5)).build(),
            record("E2", MON).ordinary(h(22.5)).build(),
            record("E2", MON.plusDays(1)).ordinary(h(22.5)).build());
    // daily limit high enough not to bind
    assertEquals(h(10), LawOvertimeHours.of(records, Duration.ofHours(24), Duration.ofHours(40)));
    assertEquals(h(14), LawOvertimeHours.of(records, Duration.ofHours(24), Duration.ofHours(38)));
  }

  @Test
  void lawOvertime_zeroLimit_fails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LawOvertimeHours.of(RECORDS, Duration.ZERO, Duration.ofHours(40)));
    assertEquals("LawOvertimeHours: dailyLimit (PT0S) and weeklyLimit (PT40H) must be positive", e.getMessage());
  }
}
