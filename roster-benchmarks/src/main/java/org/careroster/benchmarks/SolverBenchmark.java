package org.careroster.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Problem;
import org.careroster.examples.BaseRotationWard;

/**
 * Time to the first lawful roster and the objective after 10 s and 60 s for the base rotation of
 * {@link BaseRotationWard} (22 staff) and its doubled version (45 staff), with the kommune-default
 * rules. Wall-clock figures, so a command rather than a JMH benchmark:
 *
 * <pre>
 * java -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.SolverBenchmark 22 60 1
 * </pre>
 *
 * <p>Arguments: ward size (22 or 45), time limit in seconds, threads. Prints one Markdown table row.
 */
public final class SolverBenchmark {

  private SolverBenchmark() {}

  /** Runs one solve and prints its row. */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    Problem problem = size == 45 ? BaseRotationWard.doubled() : BaseRotationWard.problem();
    List<long[]> improvements = new ArrayList<>(); // {objective, millis}
    SolverOptions options =
        SolverOptions.builder()
            .timeLimit(Duration.ofSeconds(seconds))
            .threads(threads)
            .seed(1)
            .listener((objective, elapsed) -> {
              synchronized (improvements) {
                improvements.add(new long[] {objective, elapsed.toMillis()});
              }
            })
            .build();
    SolveResult result = new RosterSolver().solve(problem, RuleSets.kommuneDefault(), options);
    String first = improvements.isEmpty() ? "–" : seconds(improvements.get(0)[1]);
    System.out.printf(
        Locale.ROOT,
        "| %d staff, 6 weeks | %d | %s | %s | %s | %s | %s | %d MB |%n",
        problem.employees().size(),
        threads,
        first,
        objectiveAt(improvements, 10_000),
        result.roster().isPresent() ? Long.toString(result.objective()) : "–",
        result.timeToBest().map(d -> seconds(d.toMillis())).orElse("–"),
        result.status(),
        peakHeapMegabytes());
  }

  private static String objectiveAt(List<long[]> improvements, long millis) {
    String objective = "–";
    for (long[] improvement : improvements) {
      if (improvement[1] <= millis) {
        objective = Long.toString(improvement[0]);
      }
    }
    return objective;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** Peak heap use of this JVM so far, in MB, over all heap pools. */
  static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
