package org.careroster.constraints.year;

import static org.careroster.constraints.year.PlanFixtures.RULES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link CalendarPlanner} on the lawful 3-week rotation of {@link PlanFixtures}
 * (kommune-default's hard rules) over plans between 24 May and 30 October 2027, where Norway has no
 * public holiday and the clocks do not change: the calendar adds nothing, so the rotation laid out
 * is the plan.
 */
class CalendarPlannerProperties {

  private static final int EXAMPLES = 25;
  // Each shrink step plans again: keep a failing run short.
  private static final int SHRINK_CYCLES = 10;

  /** First Monday after Whit Monday (17 May 2027). */
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2027, 5, 24);

  /** Whole weeks from {@link #FIRST_MONDAY} to Sunday 24 October, the last before the clocks go back on 31 October. */
  private static final int SPAN_WEEKS = 22;

  private static final CalendarPlanner PLANNER = new CalendarPlanner(RULES);

  /** A plan's first Monday and its weeks, inside the span. */
  record Span(LocalDate from, int weeks) {
    LocalDate to() {
      return from.plusWeeks(weeks).minusDays(1);
    }
  }

  /** Spans from any Monday of the holiday-free months, of 1 week up to the weeks left before the clock change. */
  static Gen<Span> spans() {
    return integers().between(0, SPAN_WEEKS - 1).zip(integers().between(0, SPAN_WEEKS - 1),
        (start, length) -> new Span(FIRST_MONDAY.plusWeeks(start), 1 + length % (SPAN_WEEKS - start)));
  }

  /** First Mondays of the base rotation from June 2026 to December 2027: before, inside and after the plan. */
  static Gen<LocalDate> baseMondays() {
    return integers().between(0, 80).map(weeks -> LocalDate.of(2026, 6, 1).plusWeeks(weeks));
  }

  private static CalendarPlan plan(Problem base, LocalDate baseMonday, Span span) {
    return PLANNER.plan(base, PlanFixtures.baseRoster(baseMonday),
        PlanOptions.builder().from(span.from()).weeks(span.weeks()).timeLimit(Duration.ofSeconds(5)).build());
  }

  /** The plan is the rotation laid out, unchanged, lawful, with every date on its day of the rotation. */
  private static void assertRotationLaidOutUnchanged(Problem base, CalendarPlan plan, Span span) {
    assertTrue(span.from().getDayOfWeek() == DayOfWeek.MONDAY && !span.to().isAfter(LocalDate.of(2027, 10, 30)), span::toString);
    assertEquals(span.to(), plan.problem().horizon().end());
    assertTrue(plan.problem().publicHolidays().isEmpty(), plan.problem().publicHolidays()::toString);

    ValidationReport rolled = RosterValidator.validate(plan.problem(), plan.rolledOut(), RULES);
    assertEquals(0, rolled.hardViolationCount(), rolled.violations()::toString);
    assertEquals(List.of(), plan.changes());
    assertEquals(new HashSet<>(plan.rolledOut().assignments()), new HashSet<>(plan.roster().assignments()));
    assertTrue(plan.isLawful(), plan.report().violations()::toString);
    assertTrue(plan.vacancies().isEmpty(), plan.vacancies()::toString);
    assertEquals(CalendarRollout.cycleWeek(base.horizon(), span.from()), plan.cycleWeek());

    Map<String, String> planned = new HashMap<>();
    for (Assignment a : plan.roster().assignments()) {
      planned.put(a.employee() + "@" + a.date(), a.shift());
    }
    assertEquals(plan.roster().assignments().size(), planned.size(), "one shift a day at most");
    for (LocalDate date : plan.problem().horizon().dates()) {
      int cycleDay = CalendarRollout.cycleDay(base.horizon(), date);
      for (Employee e : base.employees()) {
        assertEquals(PlanFixtures.baseShift(e.id(), cycleDay), planned.get(e.id() + "@" + date),
            () -> e.id() + " on " + date + " (cycle day " + cycleDay + ")");
      }
    }
  }

  @Test
  void holidayFreeRolloutOfLawfulBaseIsUnchangedAndLawful() {
    Problem base = PlanFixtures.base();
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(spans())
        .checkAssert(span -> assertRotationLaidOutUnchanged(base, plan(base, PlanFixtures.BASE_MONDAY, span), span));
  }

  @Test
  void holidayFreeRolloutIsUnchangedAndLawfulWhateverTheRotationsFirstMonday() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(baseMondays(), spans())
        .checkAssert((monday, span) -> {
          Problem base = PlanFixtures.base(monday);
          assertRotationLaidOutUnchanged(base, plan(base, monday, span), span);
        });
  }
}
