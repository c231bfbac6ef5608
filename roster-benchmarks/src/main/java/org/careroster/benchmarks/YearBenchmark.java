package org.careroster.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Problem;
import org.careroster.examples.BaseRotationWard;

/**
 * Year-scale solving from scratch: one {@link RosterSolver#solve} of the demo ward (or 2 or 4 such
 * wards as one unit) as a CALENDAR plan of some weeks from Monday 4 January 2027, public holidays
 * included, with the kommune-default rules. Wall-clock figures, so a command rather than JMH:
 *
 * <pre>
 * java -Xmx2g -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.YearBenchmark 22 52 60 2
 * </pre>
 *
 * <p>Arguments: staff (22, 45 or 90), weeks (1 to 53), time limit in seconds, threads, and
 * optionally the first Monday (2027-01-04 unless given). Prints one
 * Markdown table row: time to the first lawful roster, final penalty, status, peak heap.
 */
public final class YearBenchmark {

  private YearBenchmark() {}

  /** Runs one solve and prints its row. */
  public static void main(String[] args) {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: YearBenchmark STAFF(22|45|90) WEEKS SECONDS THREADS [FROM-MONDAY]");
      System.exit(2);
    }
    int staff = Integer.parseInt(args[0]);
    int weeks = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    Problem base = BaseRotationWard.scaled(staff >= 90 ? 4 : staff >= 45 ? 2 : 1);
    Problem problem =
        CalendarRollout.problem(base, CalendarRollout.horizon(args.length == 5 ? LocalDate.parse(args[4]) : LocalDate.of(2027, 1, 4), weeks), List.of());
    AtomicLong first = new AtomicLong(-1);
    SolverOptions options =
        SolverOptions.builder()
            .timeLimit(Duration.ofSeconds(seconds))
            .threads(threads)
            .seed(1)
            .listener((objective, elapsed) -> first.compareAndSet(-1, elapsed.toMillis()))
            .build();
    long start = System.nanoTime();
    SolveResult result = new RosterSolver().solve(problem, RuleSets.kommuneDefault(), options);
    long wall = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        Locale.ROOT,
        "| %d staff | %d weeks | %d | %s | %s | %s | %.1f s | %d MB |%n",
        problem.employees().size(),
        weeks,
        threads,
        first.get() < 0 ? "–" : String.format(Locale.ROOT, "%.1f s", first.get() / 1000.0),
        result.roster().isPresent() ? Long.toString(result.objective()) : "–",
        result.status(),
        wall / 1000.0,
        SolverBenchmark.peakHeapMegabytes());
    result.infeasibility().ifPresent(why -> System.err.print(why.headline() + "\n" + why));
  }

}
