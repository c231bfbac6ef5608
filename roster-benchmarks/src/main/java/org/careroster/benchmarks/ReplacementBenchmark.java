package org.careroster.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.replace.ReplacementAdvice;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
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
 * Time to rank the candidates for one vacant day shift (a sick call on Tuesday 12 January 2027)
 * in the 6-week base rotation of 22 and of 45 staff, with every candidate validated against
 * kommune-default (target: under 200 ms for 45 staff).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReplacementBenchmark {

  /** Staff in the ward: 22 or 45. */
  @Param({"22", "45"})
  public int staff;

  private Problem problem;
  private Roster roster;
  private ReplacementAdvisor advisor;
  private Vacancy vacancy;

  /** Plans the ward, then calls one person in sick on the day shift. */
  @Setup
  public void setUp() {
    SickCalls ward = SickCalls.ward(staff);
    problem = ward.problem.withAbsences(List.of(ward.absence(1)));
    roster = RosterRepair.vacate(problem, ward.published);
    advisor = new ReplacementAdvisor(RuleSets.kommuneDefault());
    vacancy = Vacancy.of(SickCalls.DATE, SickCalls.SHIFT);
  }

  /** One ranked list: every employee tried and validated, the agency appended. */
  @Benchmark
  public ReplacementAdvice candidates() {
    return advisor.advise(problem, roster, vacancy);
  }
}
