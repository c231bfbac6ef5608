package org.careroster.benchmarks;

import java.util.concurrent.TimeUnit;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to validate a roster against the full {@link RuleSets#kommuneDefault()} catalogue: a
 * 6-week roster for 50 employees and a 52-week roster for 150 (targets: under 5 ms and under 100
 * ms on a 2-core machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ValidatorBenchmark {

  /** Employees × weeks. */
  @Param({"50x6", "150x52"})
  public String size;

  private Problem problem;
  private Roster roster;
  private RuleSet rules;

  /** Builds the ward and its roster once per trial. */
  @Setup
  public void setUp() {
    String[] parts = size.split("x");
    problem = BenchmarkWards.problem(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    roster = BenchmarkWards.roster(problem);
    rules = RuleSets.kommuneDefault();
  }

  /** One full validation, the view included. */
  @Benchmark
  public ValidationReport validate() {
    return RosterValidator.validate(problem, roster, rules);
  }
}
