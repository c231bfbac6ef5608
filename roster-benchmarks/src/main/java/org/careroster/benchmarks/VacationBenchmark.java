package org.careroster.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.vacation.SummerPlan;
import org.careroster.constraints.vacation.SummerPlanner;
import org.careroster.constraints.vacation.VacationPlanner;
import org.careroster.constraints.year.CalendarPlan;
import org.careroster.constraints.year.CalendarPlanner;
import org.careroster.constraints.year.PlanOptions;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Employee;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.careroster.examples.BaseRotationWard;

/**
 * The summer of 2027 for the demo ward (22) or two such wards (45): everyone's main holiday from
 * seeded wishes (most want July), planned by {@link VacationPlanner} and, as the baseline, first
 * come first served (each in staff order gets their first wish, those without one the first
 * three weeks of June); each then rolled out with the vacations and the holes filled
 * ({@link CalendarPlanner}), and the substitute need compared.
 *
 * <pre>
 * java -Xmx2g -cp roster-benchmarks/target/benchmarks.jar org.careroster.benchmarks.VacationBenchmark 22 20 2
 * </pre>
 */
public final class VacationBenchmark {

  private VacationBenchmark() {}

  /** Runs both plans for STAFF (22|45) with SECONDS for each fill-in on THREADS and prints their rows. */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: VacationBenchmark STAFF(22|45) SECONDS THREADS");
      System.exit(2);
    }
    int staff = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    Problem base = BaseRotationWard.scaled(staff >= 45 ? 2 : 1);
    SolveResult rotation = new RosterSolver().solve(base, RuleSets.kommuneDefault(),
        SolverOptions.builder().timeLimit(Duration.ofSeconds(60)).threads(threads).seed(1).build());
    Roster baseRoster = rotation.roster().orElseThrow(() -> new IllegalStateException("no base rotation: " + rotation.status()));
    VacationYear summer = wishes(base, new Random(2027));
    PlanningHorizon weeks = summer.mainWeeks();
    long start = System.nanoTime();
    CalendarPlan calendar = new CalendarPlanner(RuleSets.kommuneDefault()).plan(base, baseRoster,
        PlanOptions.builder().from(weeks.start()).weeks(weeks.days() / 7).holidayGroups(false)
            .timeLimit(Duration.ofSeconds(seconds)).threads(threads).seed(1).build());
    long rolloutMillis = (System.nanoTime() - start) / 1_000_000;
    SummerPlanner planner = new SummerPlanner(RuleSets.kommuneDefault());
    row("planner", summer, planner.plan(calendar.problem(), calendar.roster(), summer), rolloutMillis);
    List<Absence> withoutCover = new VacationPlanner().plan(calendar.problem(), summer).vacations();
    row("planner without the cover term", summer, planner.plan(calendar.problem(), calendar.roster(), summer, withoutCover), rolloutMillis);
    row("first come, first served", summer,
        planner.plan(calendar.problem(), calendar.roster(), summer, firstComeFirstServed(summer, base)), rolloutMillis);
  }

  private static void row(String name, VacationYear summer, SummerPlan plan, long rolloutMillis) {
    long firstWishes = plan.vacations().wishMet().values().stream().filter(r -> r.equals(java.util.Optional.of(1))).count();
    long otherHard = plan.report().violations().stream()
        .filter(v -> v.severity() == org.careroster.constraints.Severity.HARD && !v.ruleId().equals("minimum-cover")).count();
    System.out.printf(Locale.ROOT, "| %d | %s | %d of %d | %d | %d | %d | %s h | %d | %d | %.1f s | %d MB |%n",
        plan.problem().employees().size(), name, firstWishes, plan.vacations().vacations().size(), plan.vacated().size(),
        plan.extraShifts().size(), plan.need().totalShifts(), plan.need().totalHours().toPlainString(), plan.need().weekendShifts(),
        otherHard, (rolloutMillis + plan.elapsed().toMillis()) / 1000.0, SolverBenchmark.peakHeapMegabytes());
  }

  /** Seeded wishes: 30 days each, two thirds with a first wish (most of them in July), some a second. */
  static VacationYear wishes(Problem base, Random random) {
    VacationYear.Builder year = VacationYear.builder().year(2027);
    LocalDate[] mondays = {LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 21), LocalDate.of(2027, 6, 28),
        LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 5), LocalDate.of(2027, 7, 12), LocalDate.of(2027, 7, 19),
        LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 16)};
    for (Employee e : base.employees()) {
      year.addEntitlements(VacationEntitlement.builder().employee(e.id()).days(30).build());
      if (random.nextInt(3) < 2) {
        LocalDate first = mondays[random.nextInt(mondays.length)];
        year.addWishes(VacationWish.builder().employee(e.id()).rank(1).from(first).weeks(3).build());
        if (random.nextBoolean()) {
          LocalDate second = mondays[random.nextInt(mondays.length)];
          if (!second.equals(first)) {
            year.addWishes(VacationWish.builder().employee(e.id()).rank(2).from(second).weeks(3).build());
          }
        }
      }
    }
    return year.build();
  }

  /** Each employee in staff order gets their first wish; those without one the first three weeks of June. */
  static List<Absence> firstComeFirstServed(VacationYear summer, Problem base) {
    List<Absence> vacations = new ArrayList<>();
    for (Employee e : base.employees()) {
      List<VacationWish> wishes = summer.wishesOf(e.id());
      LocalDate from = wishes.isEmpty() ? LocalDate.of(2027, 6, 7) : wishes.get(0).from();
      vacations.add(Absence.builder().employee(e.id()).kind(AbsenceKind.VACATION).from(from).to(from.plusWeeks(3).minusDays(1)).build());
    }
    return vacations;
  }
}
