package org.careroster.metrics.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveStatus;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;
import org.junit.jupiter.api.Test;

/** What-if answers for a small ward: the bound, and a solved rotation that never beats it. */
class WhatIfTest {

  private static final SolverOptions FIVE_SECONDS = SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).threads(1).seed(1).build();

  /** {@link SmallWards#ward}: nurses at 100 % and 50 %, health workers at 60 %. */
  private static Problem ward() {
    return SmallWards.ward(100, 50, 60);
  }


  private static Scenario every(int n) {
    return Scenario.builder().name("every " + n).weekendEvery(n).build();
  }

  @Test
  void evaluate_solvedRotationsValidateCleanAndNeverBeatTheBound() {
    List<ScenarioResult> results = new WhatIf(RuleSets.kommuneDefault()).evaluate(ward(), List.of(every(2), every(3)), FIVE_SECONDS, 2);

    ScenarioResult second = results.get(0);
    assertEquals("every 2", second.scenario());
    assertTrue(second.roster().isPresent(), second.toString());
    Achieved achieved = second.achieved().orElseThrow();
    assertEquals(0, achieved.hardViolations());
    assertEquals(0, RosterValidator.validate(second.problem(), second.roster().orElseThrow(), RuleSets.kommuneDefault()).hardViolationCount());
    assertEquals(0, achieved.vacantShifts());
    assertTrue(achieved.weekendHeads() >= second.bound().minimumHeads(),
        achieved.weekendHeads() + " people work weekends; the bound says at least " + second.bound().minimumHeads());
    assertTrue(achieved.fullTimePercent().compareTo(second.bound().maxFullTimePercent()) <= 0);

    // At every 3rd weekend the weekend D needs 3 nurses (one a weekend, each on 2 of 6): the ward has 2.
    ScenarioResult third = results.get(1);
    assertEquals(Optional.of(SolveStatus.INFEASIBLE), third.status());
    assertEquals(Optional.empty(), third.achieved());
    assertEquals(Optional.of("weekend cover needs 3 nurse at every 3rd weekend, the ward has 2"), third.why());
  }

  @Test
  void bounds_scenarioWithoutFrequency_usesTheRuleSets() {
    ScenarioResult asIs = new WhatIf(RuleSets.kommuneDefault()).bounds(ward(), List.of(Scenario.builder().name("as is").build())).get(0);
    assertEquals(3, asIs.weekendEvery(), "kommune-default: every 3rd weekend");
    assertEquals(Optional.empty(), asIs.status(), "no search asked for");
  }

  @Test
  void badInput_isRejected() {
    WhatIf whatIf = new WhatIf(RuleSets.kommuneDefault());
    assertThrows(InvalidModelException.class,
        () -> whatIf.bounds(ward(), List.of(Scenario.builder().name("x").addRemove("Z9").build())));
    assertThrows(IllegalArgumentException.class,
        () -> whatIf.evaluate(ward(), List.of(every(2)), SolverOptions.builder().build(), 1), "a time limit is needed");
    assertThrows(IllegalArgumentException.class, () -> whatIf.evaluate(ward(), List.of(every(2)), FIVE_SECONDS, 0));
  }
}
