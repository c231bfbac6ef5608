package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Violation;
import org.careroster.constraints.replace.Candidate;
import org.careroster.constraints.replace.ReplacementAdvice;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/** Invariants of the advisor over sick calls on every date and shift of the demo ward. */
class ReplacementAdvisorProperties {

  private final ReplacementAdvisor advisor = new ReplacementAdvisor(RuleSets.kommuneDefault());

  @Test
  void noCandidateBreaksAHardRule() {
    Problem demo = SickCalls.PROBLEM;
    qt().withExamples(25)
        .forAll(integers().between(0, demo.horizon().days() - 1), integers().between(0, demo.shiftTypes().size() - 1),
            integers().between(0, 2))
        .checkAssert((day, type, who) -> {
          LocalDate date = demo.horizon().dates().get(day);
          ShiftType shift = demo.shiftTypes().get(type);
          List<String> working = SickCalls.on(date, shift.code());
          Problem problem = demo.withAbsences(List.of(SickCalls.sick(working.get(who % working.size()), date, 1)));
          Roster before = RosterRepair.vacate(problem, SickCalls.PUBLISHED);
          ReplacementAdvice advice = advisor.advise(problem, before, Vacancy.of(date, shift.code()));
          Map<String, Long> hardBefore = hard(RosterValidator.validate(problem, before, RuleSets.kommuneDefault()).violations());
          for (Candidate c : advice.candidates()) {
            if (c.isAgency()) {
              continue;
            }
            Roster after = c.roster().orElseThrow();
            assertTrue(after.assignments().contains(c.assignment().orElseThrow()));
            assertEquals(before.assignments().size() + 1, after.assignments().size());
            hard(RosterValidator.validate(problem, after, RuleSets.kommuneDefault()).violations())
                .forEach((key, penalty) -> assertTrue(hardBefore.getOrDefault(key, -1L) >= penalty,
                    c.employee() + " on " + shift.code() + " " + date + " adds " + key));
          }
        });
  }

  @Test
  void extraHoursFill_onGeneratedWards_takesAShiftBackWithoutBreakingAHardRule() {
    qt().withExamples(15).forAll(org.careroster.testkit.Gens.feasibleWards(6, 2), org.careroster.testkit.Gens.randoms())
        .checkAssert((ward, random) -> {
          Roster gap = org.careroster.testkit.Mutations.drop(random, ward.witness());
          org.careroster.constraints.replace.ExtraHoursFill.Result filled =
              new org.careroster.constraints.replace.ExtraHoursFill(RuleSets.kommuneDefault()).fill(ward.problem(), gap);
          assertTrue(RosterValidator.validate(ward.problem(), filled.roster(), RuleSets.kommuneDefault()).violations().stream()
              .noneMatch(v -> v.severity().isHard() && !v.ruleId().equals(org.careroster.constraints.rules.MinimumCover.ID)),
              () -> filled.added().toString());
          assertTrue(filled.vacancies().slots().size() <= 1, "one shift was dropped; at most it stays vacant");
        });
  }

  /** The largest penalty of each hard violation by rule, employee, dates and shift. */
  private static Map<String, Long> hard(List<Violation> violations) {
    Map<String, Long> result = new HashMap<>();
    for (Violation v : violations) {
      if (v.severity().isHard()) {
        String key = v.ruleId() + " " + v.employee().orElse("-") + " " + v.date() + " "
            + v.endDate().map(LocalDate::toString).orElse("-") + " " + v.shift().orElse("-");
        result.merge(key, v.penalty(), Math::max);
      }
    }
    return result;
  }
}
