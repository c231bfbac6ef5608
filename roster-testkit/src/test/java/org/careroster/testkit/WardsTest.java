package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.SplittableRandom;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.replace.VacantShiftReport;
import org.junit.jupiter.api.Test;

/** The generators keep their promises: feasible by construction, repeatable, smaller for smaller sizes. */
class WardsTest {

  @Test
  void feasible_everyWitnessMeetsEveryMinimumAndBreaksNoHardRule() {
    qt().withExamples(60).forAll(Gens.feasibleWards(12, 3)).checkAssert(ward -> {
      ValidationReport report = RosterValidator.validate(ward.problem(), ward.witness(), RuleSets.kommuneDefault());
      assertTrue(report.isFeasible(), () -> report.violations().toString());
      assertTrue(VacantShiftReport.of(ward.problem(), ward.witness()).isEmpty());
    });
  }

  @Test
  void feasible_sameSeedAndSizes_sameWard_andFewerStaffGiveASmallerOne() {
    assertEquals(Wards.feasible(new SplittableRandom(7), 6, 2), Wards.feasible(new SplittableRandom(7), 6, 2));
    Witnessed small = Wards.feasible(new SplittableRandom(7), 2, 1);
    assertEquals(2, small.problem().employees().size());
    assertEquals(7, small.problem().horizon().days());
  }

  @Test
  void employees_haveTheRolesAndPositionsOfAWard() {
    List<org.careroster.core.Employee> staff = Wards.employees(new SplittableRandom(1), 50);
    assertEquals(50, staff.size());
    assertTrue(staff.stream().allMatch(e -> e.positionPercent().intValue() >= 20 && e.positionPercent().intValue() <= 100));
    assertTrue(staff.stream().map(org.careroster.core.Employee::role).distinct().count() > 1);
  }

  @Test
  void shiftTypesAbsencesAndPolicies_makeValidProblems() {
    qt().withExamples(40).forAll(Gens.feasibleWards(6, 2), Gens.randoms()).checkAssert((ward, random) -> {
      List<org.careroster.core.ShiftType> types = Wards.shiftTypes(random, 1 + random.nextInt(6));
      org.careroster.core.Problem withTypes = org.careroster.core.Problem.builder().horizon(ward.problem().horizon())
          .addAllRoles(ward.problem().roles()).addAllEmployees(ward.problem().employees()).addAllShiftTypes(types).build();
      assertEquals(types.size(), withTypes.shiftTypes().size());
      org.careroster.core.Problem absent = Wards.withMedicationRound(random, ward.problem())
          .withAbsences(Wards.absences(random, ward.problem(), 4));
      assertEquals(1, absent.tasks().size());
      org.careroster.core.Roster vacated = absent.vacate(ward.witness());
      assertTrue(vacated.assignments().stream().allMatch(a -> absent.absencesOn(a.employee(), a.date()).stream()
          .noneMatch(org.careroster.core.Absence::isFull)), "nobody works a day of full absence");
    });
  }

  @Test
  void competenceCover_keepsTheWitnessFeasibleAndCountsHoldersValidThatDay() {
    qt().withExamples(60).forAll(Gens.competenceWards(12, 3)).checkAssert(ward -> {
      org.careroster.constraints.ValidationReport report = org.careroster.constraints.RosterValidator.validate(
          ward.problem(), ward.witness(), org.careroster.constraints.RuleSets.kommuneDefault());
      assertTrue(report.isFeasible(), report.violations()::toString);
      for (org.careroster.core.StaffingRequirement row : ward.problem().staffingPlan().requirements()) {
        if (!row.competences().isEmpty()) {
          long holders = ward.witness().assignments().stream()
              .filter(a -> a.date().equals(row.date().orElseThrow()) && a.shift().equals(row.shift()))
              .filter(a -> ward.problem().findEmployee(a.employee()).orElseThrow().hasCompetence("medication-delegation", a.date()))
              .count();
          assertEquals(row.minimum(), holders, row::toString);
        }
      }
    });
    // The plan does count competences: on some seed, a holder's expiry or a competence row shows.
    assertTrue(java.util.stream.LongStream.range(0, 20).mapToObj(seed -> Wards.withCompetenceCover(new SplittableRandom(seed),
            Wards.feasible(new SplittableRandom(seed), 8, 2)).problem().staffingPlan().requirements())
        .anyMatch(rows -> rows.stream().anyMatch(r -> !r.competences().isEmpty())));
  }
}
