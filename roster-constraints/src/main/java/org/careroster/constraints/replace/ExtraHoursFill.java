package org.careroster.constraints.replace;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.careroster.constraints.RuleSet;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * Fills a roster's vacant shifts with the ward's own part-timers' extra hours (meirarbeid), one
 * person at a time, before anyone thinks of a substitute: for each shift below its minimum, in
 * date order (weekend shifts of a date before the others, since fewer people may take them), the
 * {@link ReplacementAdvisor}'s best candidate of tier {@link PayTier#EXTRA_HOURS} takes it. Such
 * a candidate breaks no hard rule (rest, hours, weekends, availability, competence: the advisor
 * leaves out anyone who would) and stays within a full-time position's hours, so nobody is put
 * into overtime. What nobody can take stays vacant: the substitute need.
 *
 * <p>Deterministic and greedy: a shift once given is not taken back, so the result depends on
 * the order above. Each step validates the candidates against the rule set, which makes the fill
 * take seconds for a summer of a ward of 20 to 50.
 *
 * <pre>{@code
 * ExtraHoursFill.Result filled = new ExtraHoursFill(RuleSets.kommuneDefault()).fill(problem, roster);
 * filled.added().forEach(System.out::println);          // the extra shifts, e.g. S3 2027-07-06 D
 * System.out.println(filled.vacancies().slots().size());  // what is left for substitutes
 * }</pre>
 */
public final class ExtraHoursFill {

  private final ReplacementAdvisor advisor;

  /** A fill that checks every extra shift against {@code rules} (availability added if missing). */
  public ExtraHoursFill(RuleSet rules) {
    this.advisor = new ReplacementAdvisor(checkNotNull(rules, "rules"));
  }

  /**
   * {@code roster} with as many of its vacant shifts as the staff's extra hours can take.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have
   */
  public Result fill(Problem problem, Roster roster) {
    return fill(problem, roster, e -> true);
  }

  /**
   * As {@link #fill(Problem, Roster)}, with the shifts given only to {@code staff}, e.g. the ward's
   * own people first and its hourly substitutes ({@link
   * org.careroster.core.ContractType#HOURLY_SUBSTITUTE}) after them.
   *
   * @throws IllegalArgumentException if the roster names an employee or shift type the problem
   *     does not have
   */
  public Result fill(Problem problem, Roster roster, Predicate<Employee> staff) {
    checkNotNull(problem, "problem");
    checkNotNull(roster, "roster");
    checkNotNull(staff, "staff");
    List<VacantSlot> slots = new ArrayList<>(VacantShiftReport.of(problem, roster).slots());
    slots.sort(Comparator.comparing(VacantSlot::date).thenComparing(s -> !s.weekend()));
    Roster current = roster;
    List<Assignment> added = new ArrayList<>();
    for (VacantSlot slot : slots) {
      for (int person = 0; person < slot.missing(); person++) {
        ReplacementAdvice advice = advisor.advise(problem, current, Vacancy.of(slot.date(), slot.shift()), EnumSet.of(PayTier.EXTRA_HOURS), staff);
        Optional<Candidate> best = advice.candidates().stream()
            .filter(c -> c.tier() == PayTier.EXTRA_HOURS && c.roster().isPresent())
            .findFirst();
        if (best.isEmpty()) {
          break;
        }
        current = best.get().roster().get();
        added.add(best.get().assignment().orElseThrow());
      }
    }
    return ImmutableResult.builder()
        .roster(current)
        .addAllAdded(added)
        .vacancies(VacantShiftReport.of(problem, current))
        .build();
  }

  /** A filled roster, the shifts the fill added and what stays vacant. */
  @Value.Immutable
  public abstract static class Result {

    Result() {}

    /** The roster with the extra shifts added. */
    public abstract Roster roster();

    /** The extra shifts, in the order they were given. */
    public abstract ImmutableList<Assignment> added();

    /** The shifts still below a minimum: the substitute need. */
    public abstract VacantShiftReport vacancies();
  }
}
