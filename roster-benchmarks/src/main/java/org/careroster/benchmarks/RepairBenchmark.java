package org.careroster.benchmarks;

import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.replace.RepairOptions;
import org.careroster.constraints.replace.RepairResult;
import org.careroster.constraints.replace.RosterRepair;

/**
 * Wall-clock time of {@link RosterRepair} after a 3-day sick leave (Tuesday to Thursday, 12–14
 * January 2027) of the first person on Tuesday's day shift, in the 6-week base rotation of 22 or
 * 45 staff, with the default {@link RepairOptions} (no swaps, change weight 1,000, 10 s limit,
 * 1 s patience). Prints one Markdown row per run:
 *
 * <pre>
 * java -Xmx2g -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.RepairBenchmark 45 3
 * </pre>
 *
 * <p>Arguments: ward size (22 or 45), runs (the first includes the JVM's warm-up).
 */
public final class RepairBenchmark {

  private RepairBenchmark() {}

  /** Runs the repairs and prints their rows. */
  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    int runs = Integer.parseInt(args[1]);
    SickCalls ward = SickCalls.ward(size);
    RosterRepair repair = new RosterRepair(RuleSets.kommuneDefault());
    for (int run = 1; run <= runs; run++) {
      RepairResult result =
          repair.repair(ward.problem, ward.published, List.of(ward.absence(3)), RepairOptions.defaults());
      System.out.printf(
          Locale.ROOT,
          "| %d staff | %s sick 3 days | run %d | %.2f s | %s | %d added, %d removed | %d vacant |%n",
          ward.problem.employees().size(),
          ward.sick,
          run,
          result.elapsed().toMillis() / 1000.0,
          result.status(),
          result.changes().map(c -> c.added().size()).orElse(-1),
          result.changes().map(c -> c.removed().size()).orElse(-1),
          result.vacancies().map(v -> v.slots().size()).orElse(-1));
    }
  }
}
