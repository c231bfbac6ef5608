package org.careroster.constraints.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Violation;
import org.careroster.constraints.internal.Sequences;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;

/**
 * The shared check of "at most N days of a kind in a row" ({@link ConsecutiveNights}, {@link
 * ConsecutiveWorkingDays}): one violation per longer run, and one for a rotation worked that way
 * every day (an endless run, whose penalty is the rotation's length).
 */
final class LongRuns {

  /** The four sentences of a rule, each a format of (employee, count, period, maximum, source). */
  static final class Texts {
    final String run;
    final String endless;
    final String runNynorsk;
    final String endlessNynorsk;

    Texts(String run, String endless, String runNynorsk, String endlessNynorsk) {
      this.run = run;
      this.endless = endless;
      this.runNynorsk = runNynorsk;
      this.endlessNynorsk = endlessNynorsk;
    }
  }

  private LongRuns() {}

  static ImmutableList<Violation> check(
      CatalogueRule rule,
      RosterView view,
      Function<Employee, boolean[]> days,
      ToIntFunction<Employee> maximumOf,
      Texts texts) {
    PlanningHorizon horizon = view.horizon();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (Employee employee : view.problem().employees()) {
      int maximum = maximumOf.applyAsInt(employee);
      for (Sequences.Run run : Sequences.runs(days.apply(employee), true, view.isCyclic())) {
        if (run.endless || run.length > maximum) {
          violations.add(violation(rule, employee, horizon, run, maximum, texts));
        }
      }
    }
    return violations.build();
  }

  private static Violation violation(
      CatalogueRule rule, Employee employee, PlanningHorizon horizon, Sequences.Run run, int maximum, Texts texts) {
    int days = horizon.days();
    LocalDate first = Sequences.date(horizon, run.start);
    LocalDate last = Sequences.date(horizon, run.last(days));
    boolean wraps = !run.endless && run.wraps(days);
    int count = run.endless ? days : run.length;
    return rule.violation()
        .employee(employee.id())
        .date(first)
        .endDate(last)
        .measured(run.length)
        .limit(maximum)
        .measure(Measure.COUNT)
        .penalty(run.endless ? run.length : run.length - maximum)
        .message(
            String.format(
                Locale.ROOT, run.endless ? texts.endless : texts.run,
                employee.id(), count, Sequences.period(first, last, wraps), maximum, rule.source()))
        .messageNynorsk(
            String.format(
                Locale.ROOT, run.endless ? texts.endlessNynorsk : texts.runNynorsk,
                employee.id(), count, Sequences.periodNn(first, last, wraps), maximum, rule.source()))
        .build();
  }
}
