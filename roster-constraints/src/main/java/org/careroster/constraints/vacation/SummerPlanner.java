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
import org.careroster.core.ContractType;
import org.careroster.core.Employee;
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
 *   <li>what nobody on the ward can take is the {@link SubstituteNeed}; when the problem lists
 *       hourly substitutes ({@link ContractType#HOURLY_SUBSTITUTE}), they are not part of the
 *       ward's own staff: the need names who of them can take each shift, and which shifts none
 *       of them can (for instance no nurse on the list is free).
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
  private final VacationPlanner planner;

  /** A planner of the main holidays whose fill keeps every hard rule of {@code rules}. */
  public SummerPlanner(RuleSet rules) {
    this(rules, new VacationPlanner());
  }

  /** A planner whose vacations {@code planner} chooses (e.g. {@link VacationPlanner#withRestOfYear()}) and whose fill keeps every hard rule of {@code rules}. */
  public SummerPlanner(RuleSet rules, VacationPlanner planner) {
    this.rules = checkNotNull(rules, "rules");
    this.planner = checkNotNull(planner, "planner");
  }

  /**
   * The summer of {@code year} for the calendar plan {@code roster} of {@code calendar}.
   *
   * @throws org.careroster.core.InvalidModelException if the year names an unknown employee
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have, or the calendar problem is cyclic
   */
  public SummerPlan plan(Problem calendar, Roster roster, VacationYear year) {
    long start = System.nanoTime();
    checkInputs(calendar, roster, year);
    return fill(calendar, roster, planner.plan(calendar, roster, year), start);
  }

  /**
   * The summer of {@code year} with the main holidays given, e.g. fixed by hand or first come
   * first served ({@link VacationPlanner#evaluate}): the fill and the substitute need as {@link
   * #plan} makes them, for a fair comparison.
   *
   * @throws IllegalArgumentException as {@link #plan} and {@link VacationPlanner#evaluate} do
   */
  public SummerPlan plan(Problem calendar, Roster roster, VacationYear year, List<Absence> mainHolidays) {
    long start = System.nanoTime();
    checkInputs(calendar, roster, year);
    return fill(calendar, roster, planner.evaluate(calendar, roster, year, mainHolidays), start);
  }

  private static void checkInputs(Problem calendar, Roster roster, VacationYear year) {
    checkNotNull(calendar, "calendar");
    checkNotNull(roster, "roster");
    checkNotNull(year, "year");
    if (calendar.horizon().isCyclic()) {
      throw new IllegalArgumentException("the problem's horizon is cyclic: roll the base rotation out into a calendar plan first");
    }
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
    ExtraHoursFill fill = new ExtraHoursFill(rules);
    ExtraHoursFill.Result filled = fill.fill(planned, vacant, e -> e.contractType() != ContractType.HOURLY_SUBSTITUTE);
    List<String> substitutes = planned.employees().stream()
        .filter(e -> e.contractType() == ContractType.HOURLY_SUBSTITUTE).map(Employee::id).toList();
    List<Assignment> proposals = substitutes.isEmpty() ? List.of()
        : fill.fill(planned, filled.roster(), e -> e.contractType() == ContractType.HOURLY_SUBSTITUTE).added();
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
        .need(SubstituteNeed.of(filled.vacancies(), substitutes, proposals))
        .report(RosterValidator.validate(planned, result, rules))
        .elapsed(Duration.ofNanos(System.nanoTime() - start))
        .build();
  }
}
