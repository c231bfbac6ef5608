package org.careroster.metrics.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;
import org.junit.jupiter.api.Test;

/** Full-time planning worked out by hand for a small ward whose positions match its hours. */
class FullTimePlannerTest {

  private static final SolverOptions TEN_SECONDS = SolverOptions.builder().timeLimit(Duration.ofSeconds(10)).threads(1).seed(1).build();

  /** {@link SmallWards#ward}: nurses at 60 % and 50 %, health workers at 31 %. */
  private static Problem ward() {
    return SmallWards.ward(60, 50, 31);
  }


  @Test
  void everySecondWeekend_raisesTheLargestFirstAndReachesTheBound() {
    FullTimePlan plan = new FullTimePlanner(RuleSets.kommuneDefault())
        .plan(ward(), Scenario.builder().name("every 2nd").weekendEvery(2).build(), Optional.empty(), TEN_SECONDS);

    // At every 2nd weekend the weekends need 2 people (4 heads over 6 weeks) and 2 nurses.
    assertEquals(4, plan.bound().minimumHeads());
    // S1 (60 %, the largest) takes H6's and H5's 31 % each: 100 %, 22 % left. S2 (50 %) takes H4's:
    // 100 %, 3 % left. H1 takes H3's (34 % in the room) and may take no more: H2 would leave 3 heads.
    List<String> steps = plan.changes().stream()
        .map(c -> c.employee() + " " + c.from().stripTrailingZeros().toPlainString() + "->" + c.to().stripTrailingZeros().toPlainString()
            + " " + c.mergedFrom())
        .toList();
    assertEquals(List.of("S1 60->100 [H6, H5]", "S2 50->100 [H4]", "H1 31->65 [H3]"), steps);
    assertEquals(4, plan.headsAfter());
    assertEquals(0, new BigDecimal("296").compareTo(plan.positionsAfter()), "the budget is kept");
    // 2 of 4 full-time and 74 % on average: exactly the bound, (2.96 - 4 × 0.211) / 0.789 = 2.68 and 296 / 4.
    assertEquals(0, new BigDecimal("50.0").compareTo(plan.fullTimeAfter()));
    assertEquals(0, plan.bound().maxFullTimePercent().compareTo(plan.fullTimeAfter()));
    assertEquals(0, new BigDecimal("74.0").compareTo(plan.averagePositionAfter()));
    assertTrue(plan.isProven(), plan.status() + " " + plan.achieved());
    assertEquals(0, RosterValidator.validate(plan.problem(), plan.roster().orElseThrow(), RuleSets.kommuneDefault()).hardViolationCount());
  }

  @Test
  void everyThirdWeekend_isShortOfNursesAndChangesNothing() {
    FullTimePlan plan = new FullTimePlanner(RuleSets.kommuneDefault())
        .plan(ward(), Scenario.builder().name("every 3rd").weekendEvery(3).build(), Optional.empty(), TEN_SECONDS);
    // Every 3rd weekend needs 3 nurses; the ward has 2: no lawful rotation, and nothing to merge.
    assertTrue(plan.bound().isShort());
    assertTrue(plan.changes().stream().allMatch(c -> c.mergedFrom().isEmpty()), plan.changes()::toString);
    assertEquals(org.careroster.constraints.SolveStatus.INFEASIBLE, plan.status());
    assertTrue(plan.roster().isEmpty());
  }

  @Test
  void budgetBelowTheHoursToCover_isRejected() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> new FullTimePlanner(RuleSets.kommuneDefault())
        .plan(ward(), Scenario.builder().name("x").weekendEvery(2).build(), Optional.of(BigDecimal.valueOf(250)), TEN_SECONDS));
    assertEquals("budget", e.path());
  }
}
