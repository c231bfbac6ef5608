package org.careroster.constraints.vacation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.replace.ExtraHoursFill;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationYear;

/**
 * Plans the summer of a calendar plan (ferieavvikling) in three steps:
 *
 * <ol>
 *   <li>{@link VacationPlanner} chooses everyone's main holiday, with the cover each choice takes
 *       out of the calendar roster in its cost;
 *   <li>the vacationers' shifts are taken out, and {@link ExtraHoursFill} gives the holes to the
 *       ward's own part-timers as extra hours within every hard rule and within a full-time
 *       position, nobody in overtime;
 *   <li>what nobody on the ward can take is the {@link SubstituteNeed}.
 * </ol>
 *
 * <p>For a base rotation, roll it out over the main weeks first with {@link
 * org.careroster.constraints.year.CalendarPlanner} (holidays and clock changes handled there):
 *
 * <pre>{@code
 * CalendarPlan calendar = new CalendarPlanner(rules).plan(base, baseRoster,
 *     PlanOptions.builder().from(year.mainWeeks().start()).weeks(year.mainWeeks().days() / 7).build());
 * SummerPlan summer = new SummerPlanner(rules).plan(calendar.problem(), calendar.roster(), year);
 * System.out.println(summer.need().totalShifts() + " substitute shifts");
 * }</pre>
 */
public final class SummerPlanner {

  private final RuleSet rules;

  /** A planner whose fill keeps every hard rule of {@code rules}. */
  public SummerPlanner(RuleSet rules) {
    this.rules = checkNotNull(rules, "rules");
  }

  /**
   * The summer of {@code year} for the calendar plan {@code roster} of {@code calendar}.
   *
   * @throws org.careroster.core.InvalidModelException if the year names an unknown employee
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have, or the calendar problem is cyclic
   */
  public SummerPlan plan(Problem calendar, Roster roster, VacationYear year) {
    checkNotNull(calendar, "calendar");
    checkNotNull(roster, "roster");
    checkNotNull(year, "year");
    if (calendar.horizon().isCyclic()) {
      throw new IllegalArgumentException("the problem's horizon is cyclic: roll the base rotation out into a calendar plan first");
    }
    long start = System.nanoTime();
    return fill(calendar, roster, new VacationPlanner().plan(calendar, roster, year), start);
  }

  /**
   * The summer of {@code year} with the main holidays given, e.g. fixed by hand or first come
   * first served ({@link VacationPlanner#evaluate}): the fill and the substitute need as {@link
   * #plan} makes them, for a fair comparison.
   *
   * @throws IllegalArgumentException as {@link #plan} and {@link VacationPlanner#evaluate} do
   */
  public SummerPlan plan(Problem calendar, Roster roster, VacationYear year, List<Absence> mainHolidays) {
    checkNotNull(calendar, "calendar");
    checkNotNull(roster, "roster");
    checkNotNull(year, "year");
    if (calendar.horizon().isCyclic()) {
      throw new IllegalArgumentException("the problem's horizon is cyclic: roll the base rotation out into a calendar plan first");
    }
    long start = System.nanoTime();
    return fill(calendar, roster, new VacationPlanner().evaluate(calendar, roster, year, mainHolidays), start);
  }

  private SummerPlan fill(Problem calendar, Roster roster, VacationPlan vacations, long start) {
    Problem planned = vacations.problem();
    Roster vacant = planned.vacate(roster);
    Set<Assignment> kept = new HashSet<>(vacant.assignments());
    List<Assignment> vacated = new ArrayList<>();
    for (Assignment a : roster.assignments()) {
      if (!kept.contains(a)) {
        vacated.add(a);
      }
    }
    ExtraHoursFill.Result filled = new ExtraHoursFill(rules).fill(planned, vacant);
    Roster result = Roster.builder()
        .addAllAssignments(filled.roster().assignments())
        .addAllVacantShifts(filled.vacancies().toVacantShifts())
        .build();
    return SummerPlan.builder()
        .vacations(vacations)
        .problem(planned)
        .roster(result)
        .addAllVacated(vacated)
        .addAllExtraShifts(filled.added())
        .need(SubstituteNeed.of(filled.vacancies()))
        .report(RosterValidator.validate(planned, result, rules))
        .elapsed(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }
}
