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
import org.careroster.constraints.vacation.VacationPlan;
import org.careroster.constraints.vacation.VacationPlanner;
import org.careroster.constraints.year.CalendarPlan;
import org.careroster.constraints.year.CalendarPlanner;
import org.careroster.constraints.year.PlanOptions;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
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
    LocalDate from = summer.mainWeeks().start();
    int weeks = summer.mainWeeks().days() / 7;
    Problem calendar = CalendarRollout.problem(base, summer.mainWeeks(), List.of());

    long start = System.nanoTime();
    VacationPlan planned = new VacationPlanner().plan(calendar, summer);
    long planMillis = (System.nanoTime() - start) / 1_000_000;
    row("planner", base, summer, planned.vacations(), planMillis, baseRoster, from, weeks, seconds, threads);
    row("first come, first served", base, summer, firstComeFirstServed(summer, base), 0, baseRoster, from, weeks, seconds, threads);
  }

  private static void row(String name, Problem base, VacationYear summer, List<Absence> vacations, long planMillis,
      Roster baseRoster, LocalDate from, int weeks, int seconds, int threads) {
    long start = System.nanoTime();
    CalendarPlan plan = new CalendarPlanner(RuleSets.kommuneDefault()).plan(base, baseRoster,
        PlanOptions.builder().from(from).weeks(weeks).holidayGroups(false).addAllAbsences(vacations)
            .timeLimit(Duration.ofSeconds(seconds)).threads(threads).seed(1).build());
    long wall = (System.nanoTime() - start) / 1_000_000 + planMillis;
    long firstWishes = 0;
    for (Absence a : vacations) {
      List<VacationWish> wishes = summer.wishesOf(a.employee());
      if (!wishes.isEmpty() && wishes.get(0).from().equals(a.from())) {
        firstWishes++;
      }
    }
    System.out.printf(Locale.ROOT, "| %d staff | %s | %d of %d | %d | %.1f h | %d | %d ms | %.1f s | %d MB |%n",
        base.employees().size(), name, firstWishes, vacations.size(), plan.vacancies().slots().size(),
        plan.vacancies().hours().toMinutes() / 60.0, plan.vacancies().weekendSlots().size(), planMillis, wall / 1000.0,
        SolverBenchmark.peakHeapMegabytes());
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
