package org.careroster.metrics;

import static org.careroster.metrics.Staff.h;
import static org.careroster.metrics.Staff.percent;
import static org.careroster.metrics.Staff.position;
import static org.careroster.metrics.Staff.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Role;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WeekendWindow;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;

/** Weekend hours coverage (A, B, C), vacant shift hours and the long-shift share. */
class RotationKpisTest {

  private static final LocalDate MON = LocalDate.of(2024, 11, 4);
  private static final LocalDate FRI = MON.plusDays(4);
  private static final LocalDate SAT = MON.plusDays(5);
  private static final LocalDate SUN = MON.plusDays(6);
  private static final WeekendWindow WEEKEND = WeekendWindow.SATURDAY_SUNDAY;

  private static final ShiftType D = shift("D", 7, 30, 450, ShiftCategory.DAY);
  private static final ShiftType LD = shift("LD", 8, 0, 750, ShiftCategory.LONG);
  private static final ShiftType N = shift("N", 21, 45, 600, ShiftCategory.NIGHT);
  private static final ImmutableMap<String, ShiftType> SHIFTS = Maps.uniqueIndex(ImmutableList.of(D, LD, N), ShiftType::code);

  /** D: 1 on weekdays, 2 at weekends; nothing else required. */
  private static final StaffingPlan PLAN =
      StaffingPlan.builder()
          .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).minimum(1).build())
          .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKEND).minimum(2).build())
          .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY).addRole("nurse").minimum(1).build())
          .build();

  private static ShiftType shift(String code, int hour, int minute, int minutes, ShiftCategory category) {
    return ShiftType.builder().code(code).start(LocalTime.of(hour, minute)).duration(Duration.ofMinutes(minutes)).category(category).build();
  }

  /** One week: E3 on every weekday D; E1 on Sat and Sun D; E2 on Sun D. Saturday lacks one person. */
  private static BaseRotation oneWeek() {
    BaseRotation.Builder b = BaseRotation.builder().horizon(PlanningHorizon.cyclic(MON, 1));
    for (int d = 0; d < 5; d++) {
      b.addAssignment(Assignment.of("E3", MON.plusDays(d), "D"));
    }
    return b.addAssignment(Assignment.of("E1", SAT, "D"))
        .addAssignment(Assignment.of("E1", SUN, "D"))
        .addAssignment(Assignment.of("E2", SUN, "D"))
        .build();
  }

  @Test
  void planned_saturdayShort_coversThreeOfFourWeekendShifts() {
    // required 2 × 7.5 + 2 × 7.5 = 30 h (the nurse row is a narrower group: the everyone row decides);
    // covered 7.5 + 15 = 22.5 h → 75 %
    Ratio r = WeekendHoursCoverage.planned(oneWeek(), PLAN, SHIFTS, WEEKEND);
    assertEquals(75.0, percent(r), 1e-12);
  }

  @Test
  void planned_overstaffedShift_countsOnlyRequiredPeople() {
    BaseRotation extra =
        BaseRotation.builder()
            .horizon(oneWeek().horizon())
            .addAllAssignments(oneWeek().assignments())
            .addAssignment(Assignment.of("E4", SUN, "D"))
            .build();
    assertEquals(75.0, percent(WeekendHoursCoverage.planned(extra, PLAN, SHIFTS, WEEKEND)), 1e-12);
  }

  @Test
  void planned_nightShifts_countTheirHoursInsideTheWindow() {
    // N required every night; Fri N has 7 h 45 in the weekend (Sat 00:00–07:45), Sat N 10 h, Sun N 2 h 15.
    // Fri and Sat assigned: 17.75 of 20 h → 88.75 %
    StaffingPlan nights =
        StaffingPlan.builder().addRequirement(StaffingRequirement.builder().shift("N").days(DayKind.EVERY_DAY).minimum(1).build()).build();
    BaseRotation r =
        BaseRotation.builder().horizon(PlanningHorizon.cyclic(MON, 1))
            .addAssignment(Assignment.of("E1", FRI, "N")).addAssignment(Assignment.of("E2", SAT, "N")).build();
    assertEquals(88.75, percent(WeekendHoursCoverage.planned(r, nights, SHIFTS, WEEKEND)), 1e-12);
    // Sunday-work window Sat 18:00 – Sun 22:00: Fri N 0 h, Sat N 10 h, Sun N 0 h 15 → 10 of 10.25 h
    assertEquals(100 * 10 / 10.25, percent(WeekendHoursCoverage.planned(r, nights, SHIFTS, WeekendWindow.SUNDAY_WORK)), 1e-12);
  }

  @Test
  void planned_periodWithoutWeekend_hasNoCoverage() {
    BaseRotation weekdays =
        BaseRotation.builder().horizon(PlanningHorizon.of(MON, MON.plusDays(3)))
            .addAssignment(Assignment.of("E3", MON, "D")).build();
    Ratio r = WeekendHoursCoverage.planned(weekdays, PLAN, SHIFTS, WEEKEND);
    assertTrue(r.percent().isEmpty(), r::toString);
    assertEquals(Duration.ZERO, VacantShiftHours.weekend(weekdays, PLAN, SHIFTS, WEEKEND));
    assertEquals(h(22.5), VacantShiftHours.total(weekdays, PLAN, SHIFTS));
  }

  @Test
  void vacantShiftHours_saturdayShort_isOneDayShift() {
    assertEquals(h(7.5), VacantShiftHours.total(oneWeek(), PLAN, SHIFTS));
    assertEquals(h(7.5), VacantShiftHours.weekend(oneWeek(), PLAN, SHIFTS, WEEKEND));
  }

  @Test
  void capacity_weekendFrequencies_divideHoursPerWorkedWeekend() {
    // E1 (every 2nd weekend) 15 h per worked weekend → 7.5; E2 (every 3rd) 7.5 h → 2.5;
    // required 30 h per week → 10 / 30 = 33.33 %
    ImmutableList<Employee> staff =
        ImmutableList.of(withFrequency("E1", 2), withFrequency("E2", 3), position("E3", Role.NURSE, 100));
    Ratio r = WeekendHoursCoverage.capacity(oneWeek(), PLAN, SHIFTS, staff, WEEKEND);
    assertEquals(100.0 / 3, percent(r), 1e-12);
  }

  @Test
  void capacity_weekendWorkerWithoutFrequency_failsNamingThePerson() {
    ImmutableList<Employee> staff = ImmutableList.of(withFrequency("E1", 2), position("E2", Role.NURSE, 100));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WeekendHoursCoverage.capacity(oneWeek(), PLAN, SHIFTS, staff, WEEKEND));
    assertTrue(e.getMessage().startsWith("WeekendHoursCoverage: employee E2 works weekends in the rotation but has no weekendFrequency"), e.getMessage());
  }

  @Test
  void actual_weekendRecords_shareOfOwnOrdinaryHours() {
    // Saturday: E1 7.5 ordinary (counts), E2 7.5 extra, agency 7.5, E3 temp 7.5 ordinary (not in P);
    // Monday hours are not weekend → 7.5 / 30 = 25 %
    Population p = Population.onDate(
        ImmutableList.of(position("E1", Role.NURSE, 100), position("E2", Role.NURSE, 50),
            position("E3", Role.NURSE, 50, ContractType.TEMPORARY)), MON, Population.KS_EXCLUDED);
    ImmutableList<WorkRecord> records =
        ImmutableList.of(
            record("E1", SAT).ordinary(h(7.5)).build(),
            record("E2", SAT).extra(h(7.5)).build(),
            WorkRecord.builder().date(SAT).agency(h(7.5)).build(),
            record("E3", SAT).ordinary(h(7.5)).build(),
            record("E1", MON).ordinary(h(7.5)).build());
    assertEquals(25.0, percent(WeekendHoursCoverage.actual(records, p)), 1e-12);
  }

  @Test
  void longShiftShare_longAndDayShifts_shareOfWeekendHours() {
    // Sat LD 12.5 h, Sat D 7.5 h, Mon D (not weekend) → 12.5 / 20 = 62.5 %
    BaseRotation r =
        BaseRotation.builder().horizon(PlanningHorizon.cyclic(MON, 1))
            .addAssignment(Assignment.of("E1", SAT, "LD")).addAssignment(Assignment.of("E2", SAT, "D"))
            .addAssignment(Assignment.of("E2", MON, "D")).build();
    assertEquals(62.5, percent(LongShiftShare.ofWeekendHours(r, SHIFTS, WEEKEND)), 1e-12);
  }

  @Test
  void rotation_unknownShift_failsNamingIt() {
    BaseRotation r = BaseRotation.builder().horizon(PlanningHorizon.cyclic(MON, 1)).addAssignment(Assignment.of("E1", SAT, "X")).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VacantShiftHours.total(r, PLAN, SHIFTS));
    assertEquals("BaseRotation: shift (X) of assignment E1 X 2024-11-09 is not a shift type of the unit; known: [D, LD, N]", e.getMessage());
  }

  private static Employee withFrequency(String id, int n) {
    return Staff.positionBuilder(id, "nurse", 100, ContractType.PERMANENT).weekendFrequency(n).build();
  }
}
