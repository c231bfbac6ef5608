package org.careroster.constraints;

import static org.careroster.constraints.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careroster.core.Employee;
import org.careroster.core.ShiftCategory;
import org.careroster.core.WeekendWindow;
import org.immutables.value.Value;

/**
 * Fairness (local agreement): night shifts, weekends and long shifts are shared among comparable
 * employees in proportion to their position size. Comparable employees have the same role; for
 * nights only those who work nights count, for long shifts only those who accept them. For each
 * such group and each of {@link #measures()}, an employee's fair share is the group's total × their
 * position % / the group's summed position %; working more than the fair share rounded up costs the
 * weight for each one over. Counts run over the whole horizon: a weekend counts once when any shift
 * touches Saturday 00:00 – Monday 00:00 (a Friday night shift reaching into Saturday counts; the
 * weekend is counted even if the horizon holds only part of it). A group whose positions sum to 0 %
 * has no fair shares and is not judged. Soft.
 *
 * <pre>{@code
 * Rule fair = Fairness.builder().measures(Sets.immutableEnumSet(FairnessMeasure.NIGHTS)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFairness.class)
@JsonDeserialize(as = ImmutableFairness.class)
public abstract class Fairness extends CatalogueRule {

  /** The rule id, {@value}. */
  public static final String ID = "fairness";

  Fairness() {}

  /** A new builder; every parameter has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** What is shared out evenly, at least one; all three unless set. */
  @Value.Default
  public ImmutableSet<FairnessMeasure> measures() {
    return Sets.immutableEnumSet(
        FairnessMeasure.NIGHTS, FairnessMeasure.WEEKENDS, FairnessMeasure.LONG_SHIFTS);
  }

  /** Soft with weight 1 per shift or weekend above the fair share unless set otherwise. */
  @Override
  @Value.Default
  public Severity severity() {
    return Severity.soft(1);
  }

  /** A copy with other measures. */
  public abstract Fairness withMeasures(ImmutableSet<FairnessMeasure> measures);

  /** A copy with another severity. */
  public abstract Fairness withSeverity(Severity severity);

  @JsonIgnore
  @Override
  public final String id() {
    return ID;
  }

  /** A local fairness agreement. */
  @JsonIgnore
  @Override
  public final String source() {
    return "fairness (local agreement)";
  }

  @Value.Check
  void check() {
    require(
        !measures().isEmpty(),
        ID,
        "measures",
        measures(),
        "must name at least one of " + List.of(FairnessMeasure.values()));
  }

  @Override
  public ImmutableList<Violation> check(RosterView view) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    Map<String, List<Employee>> byRole = new LinkedHashMap<>();
    for (Employee employee : view.problem().employees()) {
      byRole.computeIfAbsent(employee.role(), r -> new ArrayList<>()).add(employee);
    }
    for (FairnessMeasure measure : FairnessMeasure.values()) {
      if (!measures().contains(measure)) {
        continue;
      }
      for (Map.Entry<String, List<Employee>> role : byRole.entrySet()) {
        List<Employee> group = new ArrayList<>();
        for (Employee employee : role.getValue()) {
          if (measure == FairnessMeasure.NIGHTS && !employee.worksNights()
              || measure == FairnessMeasure.LONG_SHIFTS && !employee.acceptsLongShifts()) {
            continue;
          }
          group.add(employee);
        }
        judge(view, measure, role.getKey(), group, violations);
      }
    }
    return violations.build();
  }

  private void judge(
      RosterView view,
      FairnessMeasure measure,
      String role,
      List<Employee> group,
      ImmutableList.Builder<Violation> violations) {
    BigDecimal positions = BigDecimal.ZERO;
    long total = 0;
    long[] counts = new long[group.size()];
    for (int i = 0; i < group.size(); i++) {
      counts[i] = count(view, group.get(i), measure);
      total += counts[i];
      positions = positions.add(group.get(i).positionPercent());
    }
    if (total == 0 || positions.signum() == 0) {
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      Employee employee = group.get(i);
      BigDecimal share =
          BigDecimal.valueOf(total)
              .multiply(employee.positionPercent())
              .divide(positions, 10, RoundingMode.HALF_UP);
      long limit = share.setScale(0, RoundingMode.CEILING).longValueExact();
      if (counts[i] > limit) {
        violations.add(
            violation(view, employee, measure, role, group.size(), total, counts[i], share, limit));
      }
    }
  }

  private Violation violation(
      RosterView view,
      Employee employee,
      FairnessMeasure measure,
      String role,
      int groupSize,
      long total,
      long count,
      BigDecimal share,
      long limit) {
    String shareText = share.setScale(1, RoundingMode.HALF_UP).toPlainString();
    String percent = employee.positionPercent().stripTrailingZeros().toPlainString();
    return violation()
        .employee(employee.id())
        .date(view.horizon().start())
        .endDate(view.horizon().end())
        .measured(count)
        .limit(limit)
        .measure(Measure.COUNT)
        .penalty(count - limit)
        .message(
            String.format(
                "%s works %d %s from %s to %s; the fair share of the %d in the %s group (%s %%"
                    + " position, %d %s in all) is %s, so at most %d (%s).",
                employee.id(),
                count,
                measure.english(),
                view.horizon().start(),
                view.horizon().end(),
                groupSize,
                role,
                percent,
                total,
                measure.english(),
                shareText,
                limit,
                source()))
        .messageNynorsk(
            String.format(
                "%s har %d %s frå %s til %s; den rettferdige delen blant dei %d i gruppa %s (%s %%"
                    + " stilling, %d %s i alt) er %s, så høgst %d (%s).",
                employee.id(),
                count,
                measure.nynorsk(),
                view.horizon().start(),
                view.horizon().end(),
                groupSize,
                role,
                percent,
                total,
                measure.nynorsk(),
                shareText.replace('.', ','),
                limit,
                source()))
        .build();
  }

  /** How many night shifts, weekends or long shifts the employee works in the horizon. */
  private static long count(RosterView view, Employee employee, FairnessMeasure measure) {
    switch (measure) {
      case NIGHTS:
        return view.shiftsOf(employee).stream()
            .filter(s -> s.type().category() == ShiftCategory.NIGHT)
            .count();
      case LONG_SHIFTS:
        return view.shiftsOf(employee).stream().filter(s -> s.type().isLong()).count();
      case WEEKENDS:
        Set<LocalDate> saturdays = new HashSet<>();
        for (WorkedShift s : view.shiftsOf(employee)) {
          // A shift lasts at most a day (and an hour): starting Monday to Thursday, it cannot
          // reach Saturday 00:00, so the costly window test is only needed from Friday on.
          DayOfWeek day = s.date().getDayOfWeek();
          boolean nearWeekend =
              day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
          if (nearWeekend && WeekendWindow.SATURDAY_SUNDAY.touches(s.start(), s.end())) {
            saturdays.add(saturdayOf(s.date()));
          }
        }
        return saturdays.size();
      default:
        throw new AssertionError(measure);
    }
  }

  /** The Saturday of the weekend a shift starting on {@code date} and touching it belongs to. */
  private static LocalDate saturdayOf(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
        ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
        : date.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
  }

  /** Builds a {@link Fairness}. */
  public static final class Builder extends ImmutableFairness.Builder {
    Builder() {}
  }
}
