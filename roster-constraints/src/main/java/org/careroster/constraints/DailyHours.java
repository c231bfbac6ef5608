package org.careroster.constraints;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.careroster.core.Employee;

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
                          "%s works %s of %s on %s; the maximum is %s (%s).",
                          employee.id(), Durations.format(worked), what, day.getKey(),
                          Durations.format(limit), rule.source()))
                  .messageNynorsk(
                      String.format(
                          "%s arbeider %s %s den %s; største tillatne er %s (%s).",
                          employee.id(), Durations.formatNn(worked), whatNn, day.getKey(),
                          Durations.formatNn(limit), rule.source()))
                  .build());
        }
      }
    }
    return violations.build();
  }
}
