package org.careroster.constraints.rules;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.TimeEncoding;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.IntVar;

/** Shared check of the per-day hour caps: minutes of the shifts starting on one date. */
final class DailyHours {
  private DailyHours() {}

  static ImmutableList<Violation> check(
      CatalogueRule rule, RosterView view, Duration maximum, boolean withOvertime, String what, String whatNn) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    long limit = maximum.toMinutes();
    for (Employee employee : view.problem().employees()) {
      Map<LocalDate, Long> byDate = new TreeMap<>();
      for (WorkedShift s : view.shiftsOf(employee)) {
        if (withOvertime || !s.isOvertime()) {
          byDate.merge(s.date(), s.minutes(), Long::sum);
        }
      }
      for (Map.Entry<LocalDate, Long> day : byDate.entrySet()) {
        long worked = day.getValue();
        if (worked > limit) {
          violations.add(
              rule.violation()
                  .employee(employee.id())
                  .date(day.getKey())
                  .measured(worked)
                  .limit(limit)
                  .measure(Measure.MINUTES)
                  .penalty(worked - limit)
                  .message(
                      String.format(
                          Locale.ROOT,
                          "%s works %s of %s on %s; the maximum is %s (%s).",
                          employee.id(), Durations.format(worked), what, day.getKey(),
                          Durations.format(limit), rule.source()))
                  .messageNynorsk(
                      String.format(
                          Locale.ROOT,
                          "%s arbeider %s %s den %s; største tillatne er %s (%s).",
                          employee.id(), Durations.formatNn(worked), whatNn, day.getKey(),
                          Durations.formatNn(limit), rule.source()))
                  .build());
        }
      }
    }
    return violations.build();
  }

  /**
   * Encodes a per-day cap. The solver never assigns overtime and gives each employee at most one
   * shift a day, so ordinary and total time are the real minutes of that shift: hard, the values
   * longer than the maximum on that date are removed with a named {@code notMember}; soft, the
   * penalty per employee is the sum over days of an {@code element} of each value's minutes above
   * the maximum.
   */
  static void post(CatalogueRule rule, RosterModel model, Duration maximum) {
    Model choco = model.chocoModel();
    long limit = maximum.toMinutes();
    int[][] excess = new int[model.days()][];
    for (int d = 0; d < model.days(); d++) {
      excess[d] = IntStream.of(model.minutesByValue(d)).map(m -> (int) Math.max(0, m - limit)).toArray();
    }
    for (int e = 0; e < model.employees(); e++) {
      List<IntVar> parts = new ArrayList<>();
      for (int d = 0; d < model.days(); d++) {
        int[] over = excess[d];
        int[] tooLong = IntStream.range(1, over.length).filter(v -> over[v] > 0).toArray();
        if (tooLong.length == 0) {
          continue;
        }
        if (rule.severity().isHard()) {
          TimeEncoding.post(
              model,
              choco.notMember(model.shift(e, d), tooLong),
              rule.id(),
              TimeEncoding.subject(model, e, model.problem().horizon().dates().get(d)));
        } else {
          IntVar part = choco.intVar("excess", IntStream.of(excess[d]).distinct().sorted().toArray());
          choco.element(part, excess[d], model.shift(e, d)).post();
          parts.add(part);
        }
      }
      TimeEncoding.penalty(
          model, rule.id(), model.problem().employees().get(e).id(), parts, rule.severity().weight());
    }
  }
}
