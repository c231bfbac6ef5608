package org.careroster.constraints.vacation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.Fixtures;
import org.careroster.core.Absence;
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationHistory;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.junit.jupiter.api.Test;

/** Main holidays chosen for a ward: wishes in rank order, a role spread, last year's July. */
class VacationPlannerTest {

  private static final LocalDate JULY_5 = LocalDate.of(2027, 7, 5);
  private static final LocalDate JUNE_14 = LocalDate.of(2027, 6, 14);
  private static final LocalDate AUGUST_2 = LocalDate.of(2027, 8, 2);

  private static Employee person(String id, Role role) {
    return Employee.builder().id(id).name("Name " + id).role(role.id()).positionPercent(100)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
  }

  private static Problem ward(Employee... staff) {
    return Fixtures.ward(LocalDate.of(2027, 5, 31), 140, staff).build();
  }

  private static VacationWish wish(String employee, int rank, LocalDate from) {
    return VacationWish.builder().employee(employee).rank(rank).from(from).weeks(3).build();
  }

  private static VacationEntitlement entitled(String employee) {
    return VacationEntitlement.builder().employee(employee).days(30).build();
  }

  @Test
  void plan_threeNursesWantingJuly_spreadsThemByTheirNextWishes() {
    Problem problem = ward(person("S1", Role.NURSE), person("S2", Role.NURSE), person("S3", Role.NURSE));
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(entitled("S1"), entitled("S2"), entitled("S3"))
        .addWishes(wish("S1", 1, JULY_5), wish("S2", 1, JULY_5), wish("S2", 2, JUNE_14),
            wish("S3", 1, JULY_5), wish("S3", 2, AUGUST_2))
        .build();
    VacationPlan plan = new VacationPlanner().plan(problem, year);

    assertEquals(3, plan.vacations().size());
    for (LocalDate day = LocalDate.of(2027, 6, 1); !day.isAfter(LocalDate.of(2027, 9, 30)); day = day.plusDays(1)) {
      assertTrue(plan.offOn(Role.NURSE.id(), day) <= 1, "more than one of three nurses off on " + day);
    }
    assertEquals(3, plan.wishMet().size());
    long firstWishes = plan.wishMet().values().stream().filter(r -> r.equals(Optional.of(1))).count();
    assertEquals(1, firstWishes, plan.wishMet()::toString);
    assertTrue(plan.wishMet().values().stream().allMatch(Optional::isPresent), "everyone gets one of their wishes");
    // Only the main holidays are planned: the rest of the 30 days is still owed, nothing else is broken.
    assertTrue(plan.report().violations().stream().allMatch(v -> v.ruleId().equals(VacationCheck.ENTITLEMENT_ID)),
        plan.report().violations()::toString);
    assertEquals(Optional.of(JULY_5), plan.mainHoliday("S1").map(Absence::from), "S1 has no other wish");
  }

  @Test
  void plan_theOnlyOneWithAWish_getsItBeforeThoseWithout() {
    Problem problem = ward(person("S1", Role.NURSE), person("S2", Role.NURSE), person("S3", Role.NURSE));
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(entitled("S1"), entitled("S2"), entitled("S3"))
        .addWishes(wish("S3", 1, JULY_5))
        .build();
    VacationPlan plan = new VacationPlanner().plan(problem, year);
    assertEquals(JULY_5, plan.mainHoliday("S3").orElseThrow().from());
    assertEquals(Optional.of(1), plan.wishMet().get("S3"));
    assertEquals(Optional.empty(), plan.wishMet().get("S1"));
  }

  @Test
  void plan_mustWish_isKeptEvenWhenItCrowdsTheRole() {
    Problem problem = ward(person("S1", Role.NURSE), person("S2", Role.NURSE));
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(entitled("S1"), entitled("S2"))
        .addWishes(VacationWish.builder().employee("S1").rank(1).from(JULY_5).weeks(3).must(true).build(),
            VacationWish.builder().employee("S2").rank(1).from(JULY_5).weeks(3).must(true).build())
        .build();
    VacationPlan plan = new VacationPlanner().plan(problem, year);
    assertEquals(JULY_5, plan.mainHoliday("S1").orElseThrow().from());
    assertEquals(JULY_5, plan.mainHoliday("S2").orElseThrow().from());
  }

  @Test
  void plan_julyLastYear_takesTheNextWishThisYear() {
    Problem problem = ward(person("H1", Role.HEALTH_WORKER), person("H2", Role.HEALTH_WORKER),
        person("H3", Role.HEALTH_WORKER), person("H4", Role.HEALTH_WORKER), person("H5", Role.HEALTH_WORKER),
        person("H6", Role.HEALTH_WORKER));
    VacationYear year = VacationYear.builder().year(2027)
        .addEntitlements(entitled("H1"), entitled("H2"))
        .addWishes(wish("H1", 1, JULY_5), wish("H1", 2, AUGUST_2), wish("H2", 1, JULY_5), wish("H2", 2, AUGUST_2))
        .addHistory(VacationHistory.builder().employee("H1").peakWeeks(3).build(),
            VacationHistory.builder().employee("H2").peakWeeks(0).build())
        .build();
    VacationPlan plan = new VacationPlanner().plan(problem, year);
    assertEquals(AUGUST_2, plan.mainHoliday("H1").orElseThrow().from(), "H1 had July last year");
    assertEquals(JULY_5, plan.mainHoliday("H2").orElseThrow().from());
  }

  @Test
  void plan_anyWard_givesEveryoneWhoDemandsItEighteenDaysInOnePieceInTheMainPeriod() {
    qt().withExamples(40).forAll(
            integers().between(1, 12),
            lists().of(integers().between(0, 14)).ofSizeBetween(0, 12))
        .checkAssert((staff, firstWeeks) -> {
          List<Employee> people = new ArrayList<>();
          List<VacationEntitlement> entitlements = new ArrayList<>();
          List<VacationWish> wishes = new ArrayList<>();
          Role[] roles = {Role.NURSE, Role.HEALTH_WORKER, Role.ASSISTANT};
          for (int i = 0; i < staff; i++) {
            String id = "E" + i;
            people.add(person(id, roles[i % 3]));
            entitlements.add(entitled(id));
            if (i < firstWeeks.size()) {
              wishes.add(wish(id, 1, LocalDate.of(2027, 5, 31).plusWeeks(firstWeeks.get(i))));
            }
          }
          VacationYear year = VacationYear.builder().year(2027).addAllEntitlements(entitlements).addAllWishes(wishes).build();
          VacationPlan plan = new VacationPlanner().plan(ward(people.toArray(Employee[]::new)), year);
          assertEquals(staff, plan.vacations().size());
          assertTrue(plan.report().violations().stream().noneMatch(v -> v.ruleId().equals(VacationCheck.MAIN_HOLIDAY_ID)),
              plan.report().violations()::toString);
          for (Absence a : plan.vacations()) {
            assertTrue(!a.from().isBefore(year.mainFrom()) || VacationYear.workingDays(year.mainFrom(), a.to()) >= 18, a::toString);
          }
        });
  }

  @Test
  void withRestOfYear_placesTheOtherWishesWithinTheDaysTheMainHolidayLeaves() {
    LocalDate october4 = LocalDate.of(2027, 10, 4);
    LocalDate november1 = LocalDate.of(2027, 11, 1);
    VacationYear year = VacationYear.builder().year(2027).addEntitlements(entitled("S1"))
        .addWishes(wish("S1", 1, JULY_5))
        .addWishes(VacationWish.builder().employee("S1").rank(2).from(october4).weeks(2).build())
        .addWishes(VacationWish.builder().employee("S1").rank(3).from(november1).weeks(1).build())
        .build();
    Problem problem = ward(person("S1", Role.NURSE));

    VacationPlan main = new VacationPlanner().plan(problem, year);
    VacationPlan all = VacationPlanner.withRestOfYear().plan(problem, year);

    assertEquals(1, main.vacations().size());
    assertEquals(30 - 18, main.daysLeft().get("S1"));
    assertEquals(List.of(JULY_5, october4), all.vacations().stream().map(Absence::from).toList(),
        "two weeks in October use the 12 days left; November's week would be more than the entitlement");
    assertEquals(0, all.daysLeft().get("S1"));
    assertEquals(JULY_5, all.mainHoliday("S1").orElseThrow().from());
    assertTrue(all.report().violations().isEmpty(), all.report().violations()::toString);
  }
}
