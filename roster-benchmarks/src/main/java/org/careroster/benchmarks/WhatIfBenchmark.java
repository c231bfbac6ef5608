package org.careroster.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolverOptions;
import org.careroster.core.Problem;
import org.careroster.core.Scenario;
import org.careroster.examples.BaseRotationWard;
import org.careroster.metrics.whatif.ScenarioResult;
import org.careroster.metrics.whatif.WhatIf;

/**
 * The what-if targets of issue 18 on the demo ward: the bounds of 100 scenarios (weekend every
 * 2nd to 5th × long-shift consent 20–100 % × five position raises), timed over repeated runs, and
 * the 3 × 2 grid (every 2nd/3rd/4th weekend × long shifts on/off) solved with SECONDS per scenario,
 * PARALLEL scenarios at a time.
 *
 * <pre>
 * java -Xmx2g -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.WhatIfBenchmark 20 2
 * </pre>
 */
public final class WhatIfBenchmark {

  private WhatIfBenchmark() {}

  /** Prints the bound timing and one row per solved scenario. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: WhatIfBenchmark SECONDS PARALLEL");
      System.exit(2);
    }
    int seconds = Integer.parseInt(args[0]);
    int parallel = Integer.parseInt(args[1]);
    Problem ward = BaseRotationWard.problem();
    WhatIf whatIf = new WhatIf(RuleSets.kommuneDefault());

    List<Scenario> weekends = new ArrayList<>();
    for (int n = 2; n <= 5; n++) {
      weekends.add(Scenario.builder().name("every " + n).weekendEvery(n).build());
    }
    List<Scenario> consent = new ArrayList<>();
    for (int p = 20; p <= 100; p += 20) {
      consent.add(Scenario.builder().name(p + " % consent").longShiftConsentPercent(BigDecimal.valueOf(p)).build());
    }
    List<Scenario> raises = new ArrayList<>();
    for (int p = 60; p <= 100; p += 10) {
      raises.add(Scenario.builder().name("H9 at " + p + " %").addPositions(Scenario.Position.of("H9", p)).build());
    }
    List<Scenario> hundred = Scenario.grid(List.of(weekends, consent, raises));
    whatIf.bounds(ward, hundred);
    int runs = 20;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      whatIf.bounds(ward, hundred);
    }
    System.out.printf(Locale.ROOT, "bounds of %d scenarios: %.1f ms a run (mean of %d)%n", hundred.size(),
        (System.nanoTime() - start) / 1e6 / runs, runs);

    List<Scenario> every = new ArrayList<>();
    for (int n = 2; n <= 4; n++) {
      every.add(Scenario.builder().name("every " + n).weekendEvery(n).rotationWeeks(n == 4 ? 12 : 6).build());
    }
    List<Scenario> longShifts = List.of(Scenario.builder().name("long shifts").longShifts(true).build(),
        Scenario.builder().name("no long shifts").longShifts(false).build());
    start = System.nanoTime();
    List<ScenarioResult> results = whatIf.evaluate(ward, Scenario.grid(List.of(every, longShifts)),
        SolverOptions.builder().timeLimit(Duration.ofSeconds(seconds)).threads(1).seed(1).build(), parallel);
    long wall = (System.nanoTime() - start) / 1_000_000;
    for (ScenarioResult r : results) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s %% | %s %% | %s | %s | %s | %s | %.1f s |%n", r.scenario(), r.bound().minimumHeads(),
          r.bound().maxAveragePositionPercent(), r.bound().maxFullTimePercent(), r.status().map(Enum::name).orElse("-"),
          r.achieved().map(a -> a.hardViolations() + " hard, " + a.vacantShifts() + " vacant").orElse("-"),
          r.achieved().map(a -> a.averageWorkedPercent() + " %").orElse("-"), r.why().orElse(""), r.elapsed().toMillis() / 1000.0);
    }
    System.out.printf(Locale.ROOT, "grid of %d solved in %.1f s wall, %d at a time; peak heap %d MB%n", results.size(), wall / 1000.0,
        parallel, SolverBenchmark.peakHeapMegabytes());
  }
}
