package org.careroster.constraints;

import static org.careroster.constraints.Fixtures.employee;
import static org.careroster.constraints.Fixtures.ward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.careroster.constraints.internal.ChocoRosterModel;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.chocosolver.solver.Model;
import org.junit.jupiter.api.Test;

/**
 * The implied constraints the model adds from hard rules' facts (one automaton per row over runs
 * and worked minutes) never change which rosters are accepted: every roster of one employee over
 * six days (all 4^6 of them, with day, evening and night shifts of different lengths) is accepted by
 * the model with them exactly when the validator accepts it.
 */
class ImpliedConstraintsTest {

  @Test
  void impliedConstraints_acceptExactlyTheLawfulRows() {
    Problem problem = ward(6, employee("E1", 100)).build();
    RuleSet rules =
        RuleSet.of(
            ConsecutiveWorkingDays.builder().maximum(3).minimum(2).build(),
            Rules.consecutiveDaysOff(2),
            Rules.workedTime(Duration.ofMinutes(900), Duration.ofMinutes(1800)));
    int types = problem.shiftTypes().size();
    int rows = (int) Math.pow(types + 1, 6);
    int lawful = 0;
    for (int code = 0; code < rows; code++) {
      int[] values = new int[6];
      ImmutableList.Builder<Assignment> assignments = ImmutableList.builder();
      for (int d = 0, rest = code; d < 6; d++, rest /= types + 1) {
        values[d] = rest % (types + 1);
        if (values[d] > 0) {
          assignments.add(
              Assignment.of("E1", problem.horizon().start().plusDays(d), problem.shiftTypes().get(values[d] - 1).code()));
        }
      }
      boolean accepted = RosterValidator.validate(problem, Roster.of(assignments.build()), rules).isFeasible();
      ChocoRosterModel model = new ChocoRosterModel(problem);
      for (Rule rule : rules.rules()) {
        rule.post(model);
      }
      model.postImpliedConstraints();
      Model choco = model.chocoModel();
      for (int d = 0; d < 6; d++) {
        choco.arithm(model.shift(0, d), "=", values[d]).post();
      }
      assertEquals(accepted, choco.getSolver().solve(), () -> java.util.Arrays.toString(values));
      if (accepted) {
        lawful++;
      }
    }
    assertTrue(lawful > 50 && lawful < rows / 2, "lawful rows: " + lawful);
  }
}
