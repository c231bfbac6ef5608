package org.careroster.metrics.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Scenario;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WardPresets;
import org.junit.jupiter.api.Test;

/** The weekend bound, worked out by hand for a small ward and checked for monotonicity on any ward. */
class WeekendBoundTest {

  private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

  private static Employee person(String id, Role role, double percent, boolean longShifts) {
    return WardPresets.employee(id, "Name " + id, role, percent, 35.5, ContractType.PERMANENT).acceptsLongShifts(longShifts).build();
  }

  private static StaffingRequirement row(String shift, DayKind days, int minimum, Role... roles) {
    StaffingRequirement.Builder row = StaffingRequirement.builder().shift(shift).days(days).minimum(minimum);
    for (Role r : roles) {
      row.addRoles(r.id());
    }
    return row.build();
  }

  /**
   * Eight staff (two nurses), a 6-week rotation, D and A of 7.5 h with one person each every day,
   * and a nurse on the weekend D.
   */
  private static Problem smallWard() {
    List<Employee> staff = new ArrayList<>();
    staff.add(person("S1", Role.NURSE, 100, false));
    staff.add(person("S2", Role.NURSE, 50, false));
    for (int i = 1; i <= 6; i++) {
      staff.add(person("H" + i, Role.HEALTH_WORKER, 40, false));
    }
    return Problem.builder()
        .horizon(PlanningHorizon.cyclic(MONDAY, 6))
        .addAllRoles(Role.STANDARD)
        .addAllEmployees(staff)
        .addShiftTypes(WardPresets.DAY, WardPresets.EVENING)
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(row("D", DayKind.EVERY_DAY, 1))
            .addRequirement(row("A", DayKind.EVERY_DAY, 1))
            .addRequirement(row("D", DayKind.WEEKEND, 1, Role.NURSE))
            .build())
        .build();
  }

  @Test
  void smallWard_atEveryThirdWeekend_matchesTheHandArithmetic() {
    WeekendBound bound = WeekendBound.of(smallWard(), 3);

    // Saturday and Sunday each need D + A = 2 people; 4 shifts a weekend, so 2 people a weekend.
    assertEquals(4, bound.weekendShifts());
    assertEquals(2, bound.perWeekend());
    // Six weekends in the rotation, each person works 6 / 3 = 2 of them: 6 × 2 / 2 = 6 heads.
    assertEquals(6, bound.minimumHeads());
    // 14 shifts of 7.5 h a week = 105 h = 2.96 full-time positions; over 6 heads at most 49.3 %.
    assertEquals(0, new BigDecimal("105.00").compareTo(bound.weeklyHours()));
    assertEquals(0, new BigDecimal("2.96").compareTo(bound.fullTimeEquivalents()));
    assertEquals(0, new BigDecimal("49.3").compareTo(bound.maxAveragePositionPercent()));
    // A weekend's 30 h over 2 people is 15 h each, every 3rd week: m = 15 / (3 × 35.5) = 0.141 of a
    // position; (2.96 − 6 × 0.141) / (1 − 0.141) = 2.46, so 2 of the 6 can be full-time: 33.3 %.
    assertEquals(0, new BigDecimal("33.3").compareTo(bound.maxFullTimePercent()));
    // One nurse on each weekend day's D: one nurse a weekend, 6 × 1 / 2 = 3 nurses; the ward has 2.
    BoundGroup nurses = bound.groups().stream().filter(g -> g.label().equals("nurse")).findFirst().orElseThrow();
    assertEquals(3, nurses.minimumHeads());
    assertEquals(2, nurses.onStaff());
    assertTrue(bound.isShort());
    assertEquals(List.of("weekend cover needs 3 nurse at every 3rd weekend, the ward has 2"), bound.shortfalls());
  }

  @Test
  void smallWard_atEverySecondWeekend_needsFewerHeadsAndFitsItsNurses() {
    WeekendBound bound = WeekendBound.of(smallWard(), 2);
    // Each person works 3 of the 6 weekends: 6 × 2 / 3 = 4 heads, 2 nurses.
    assertEquals(4, bound.minimumHeads());
    assertFalse(bound.isShort(), bound.shortfalls()::toString);
    assertEquals(0, new BigDecimal("74.0").compareTo(bound.maxAveragePositionPercent()));
  }

  @Test
  void everyFourthWeekendInSixWeeks_fitsOnlyOnce() {
    // ⌊6 / 4⌋ = 1 weekend each in the rotation: 6 × 2 heads.
    assertEquals(12, WeekendBound.of(smallWard(), 4).minimumHeads());
    // In 12 weeks each works ⌊12 / 4⌋ = 3 weekends: 12 × 2 / 3 = 8 heads.
    assertEquals(8, WeekendBound.of(Scenario.builder().name("12 weeks").rotationWeeks(12).build().apply(smallWard()), 4).minimumHeads());
  }

  @Test
  void of_calendarProblemOrBadFrequency_isRejected() {
    Problem calendar = Problem.builder().horizon(PlanningHorizon.ofDays(MONDAY, 7)).addAllRoles(Role.STANDARD)
        .addShiftTypes(WardPresets.DAY).build();
    assertThrows(IllegalArgumentException.class, () -> WeekendBound.of(calendar, 3));
    assertThrows(IllegalArgumentException.class, () -> WeekendBound.of(smallWard(), 0));
  }

  @Test
  void anyWard_moreFrequentWeekendsNeverNeedMoreHeads_andLongShiftsNeverMoreThanTheirDayShifts() {
    qt().withExamples(60).forAll(integers().between(0, 3), integers().between(0, 3), integers().between(1, 3), integers().between(1, 7))
        .checkAssert((day, evening, longDay, every) -> {
          Problem ward = Problem.builder()
              .horizon(PlanningHorizon.cyclic(MONDAY, 12))
              .addAllRoles(Role.STANDARD)
              .addEmployees(person("S1", Role.NURSE, 100, true))
              .addShiftTypes(WardPresets.DAY, WardPresets.EVENING, WardPresets.WEEKEND_LONG_DAY)
              .staffingPlan(StaffingPlan.builder()
                  .addRequirement(row("D", DayKind.WEEKEND, day))
                  .addRequirement(row("A", DayKind.WEEKEND, evening))
                  .addRequirement(row("LD", DayKind.WEEKEND, longDay))
                  .build())
              .build();
          assertTrue(WeekendBound.of(ward, every).minimumHeads() <= WeekendBound.of(ward, every + 1).minimumHeads());
          Problem withoutLongShifts = Scenario.builder().name("no LD").longShifts(false).build().apply(ward);
          assertTrue(WeekendBound.of(ward, every).minimumHeads() <= WeekendBound.of(withoutLongShifts, every).minimumHeads(),
              "an LD covers what a D and an A cover, with one person instead of two");
          assertEquals(WeekendBound.of(ward, every).weeklyHours().compareTo(WeekendBound.of(withoutLongShifts, every).weeklyHours()) <= 0,
              true, "the D and A instead of an LD cover at least its hours");
        });
  }
}
