package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Rules;
import org.careroster.constraints.Severity;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.Violation;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.ShiftType;
import org.junit.jupiter.api.Test;

/** The engine and the validator agree on the catalogue's daily rest, and the assertion catches a rule whose check is broken. */
class EngineAgreementTest {

  private static final SolverOptions OPTIONS = SolverOptions.builder().timeLimit(Duration.ofSeconds(5)).maxNodes(20_000).seed(1).build();

  @Test
  void dailyRest_engineAndValidatorAgreeOnGeneratedWards() {
    qt().withExamples(5).forAll(Gens.feasibleWards(5, 1)).checkAssert(ward ->
        EngineAgreement.assertAgrees(Rules.dailyRest(Duration.ofHours(11)), ward.problem(), OPTIONS));
  }

  @Test
  void ruleWithAFlippedComparison_isCaught() {
    Witnessed ward = Wards.feasible(new java.util.SplittableRandom(3), 4, 1);
    AssertionError caught = assertThrows(AssertionError.class,
        () -> EngineAgreement.assertAgrees(new FlippedDailyRest(Rules.dailyRest(Duration.ofHours(11))), ward.problem(), OPTIONS));
    assertTrue(caught.getMessage().contains("daily-rest"), caught.getMessage());
  }

  /**
   * A copy of daily rest whose check has its comparison flipped (a rest longer than the minimum is
   * reported) while the engine still posts the real rule: the kind of slip the agreement catches.
   */
  private static final class FlippedDailyRest implements Rule {
    private final DailyRest real;

    FlippedDailyRest(DailyRest real) {
      this.real = real;
    }

    @Override
    public String id() {
      return real.id();
    }

    @Override
    public Severity severity() {
      return real.severity();
    }

    @Override
    public String source() {
      return real.source();
    }

    @Override
    public ImmutableList<Violation> check(RosterView view) {
      List<Violation> found = new ArrayList<>();
      for (Employee e : view.problem().employees()) {
        List<Assignment> shifts = new ArrayList<>(view.roster().assignmentsOf(e.id()));
        shifts.sort(Comparator.comparing(a -> start(view, a)));
        for (int i = 1; i < shifts.size(); i++) {
          ZonedDateTime end = start(view, shifts.get(i - 1)).plus(type(view, shifts.get(i - 1)).realDuration(shifts.get(i - 1).date()));
          long rest = Duration.between(end, start(view, shifts.get(i))).toMinutes();
          if (rest > real.minimum().toMinutes()) { // flipped: should be "<"
            found.add(Violation.builder().ruleId(id()).severity(severity()).employee(e.id()).date(shifts.get(i).date())
                .measured(rest).limit(real.minimum().toMinutes()).measure(Measure.MINUTES).penalty(1).source(source())
                .message(e.id() + " rests " + rest + " min").messageNynorsk(e.id() + " kviler " + rest + " min").build());
          }
        }
      }
      return ImmutableList.copyOf(found);
    }

    @Override
    public void post(RosterModel model) {
      real.post(model);
    }

    private static ShiftType type(RosterView view, Assignment a) {
      return view.problem().findShiftType(a.shift()).orElseThrow();
    }

    private static ZonedDateTime start(RosterView view, Assignment a) {
      return type(view, a).startsAt(a.date());
    }
  }
}
