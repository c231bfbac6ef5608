package org.careroster.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.examples.BaseRotationWard;
import org.careroster.views.RosterPage;

/**
 * The roster page's size and time for a unit of about 150 staff over 52 weeks (seven demo wards,
 * 2027): each employee on D on four weekdays a week, A or LD on their third weekends, validated
 * under kommune-default so the page carries its violations; the page is rendered RUNS times.
 *
 * <pre>
 * java -Xmx2g -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.ViewsBenchmark 5
 * </pre>
 */
public final class ViewsBenchmark {

  private ViewsBenchmark() {}

  /** Prints the page's size, the mean time to render it and the validation's time. */
  public static void main(String[] args) {
    int runs = args.length == 1 ? Integer.parseInt(args[0]) : 5;
    Problem base = BaseRotationWard.scaled(7);
    Problem year = CalendarRollout.problem(base, PlanningHorizon.of(LocalDate.of(2027, 1, 4), LocalDate.of(2028, 1, 2)), List.of());
    List<Assignment> shifts = new ArrayList<>();
    int i = 0;
    for (Employee e : year.employees()) {
      int offset = i++;
      for (LocalDate d : year.horizon().dates()) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        long week = (d.toEpochDay() + 3) / 7;
        if (!weekend && d.getDayOfWeek().getValue() <= 4) {
          shifts.add(Assignment.of(e.id(), d, "D"));
        } else if (weekend && (week + offset) % 3 == 0) {
          shifts.add(Assignment.of(e.id(), d, e.acceptsLongShifts() ? "LD" : "A"));
        }
      }
    }
    Roster roster = Roster.of(shifts);
    long start = System.nanoTime();
    ValidationReport report = RosterValidator.validate(year, roster, RuleSets.kommuneDefault());
    long validated = System.nanoTime() - start;
    String html = RosterPage.html(year, roster, report, RosterPage.Language.ENGLISH);
    start = System.nanoTime();
    for (int r = 0; r < runs; r++) {
      html = RosterPage.html(year, roster, report, RosterPage.Language.ENGLISH);
    }
    double perRun = (System.nanoTime() - start) / 1e9 / runs;
    System.out.printf(Locale.ROOT, "%d staff × %d days, %d shifts, %d violations: page %.1f MB, rendered in %.2f s (mean of %d); validation %.1f s%n",
        year.employees().size(), year.horizon().days(), shifts.size(), report.violations().size(),
        html.getBytes(StandardCharsets.UTF_8).length / 1e6, perRun, runs, validated / 1e9);
  }
}
