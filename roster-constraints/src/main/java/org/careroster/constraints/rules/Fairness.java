package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.careroster.constraints.Measure;
import org.careroster.constraints.RosterView;
import org.careroster.constraints.Rule;
import org.careroster.constraints.Severity;
import org.careroster.constraints.Violation;
import org.careroster.constraints.WorkedShift;
import org.careroster.constraints.internal.Encodings;
import org.careroster.constraints.spi.RosterModel;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.ShiftCategory;
import org.careroster.core.ShiftType;
import org.careroster.core.WeekendWindow;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
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
@JsonTypeName(Fairness.ID)
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


  /**
   * For each measure and group (as in {@link #check}): a count variable per member (a sum of
   * {@code works} variables, or of one disjunction per weekend), their total, and each member's
   * limit as an {@code element} over the total, tabulated with exactly the validator's arithmetic
   * (share rounded to 10 decimals, then the ceiling). Soft: penalty {@code max(0, count − limit)}
   * per member; hard: {@code count ≤ limit}.
   */
  @Override
  public void post(RosterModel model) {
    Problem problem = model.problem();
    Map<String, List<Integer>> byRole = new LinkedHashMap<>();
    for (int e = 0; e < model.employees(); e++) {
      byRole.computeIfAbsent(problem.employees().get(e).role(), r -> new ArrayList<>()).add(e);
    }
    for (FairnessMeasure measure : FairnessMeasure.values()) {
      if (!measures().contains(measure)) {
        continue;
      }
      for (Map.Entry<String, List<Integer>> role : byRole.entrySet()) {
        List<Integer> group = new ArrayList<>();
        for (int e : role.getValue()) {
          Employee employee = problem.employees().get(e);
          if (measure == FairnessMeasure.NIGHTS && !employee.worksNights()
              || measure == FairnessMeasure.LONG_SHIFTS && !employee.acceptsLongShifts()) {
            continue;
          }
          group.add(e);
        }
        postGroup(model, measure, role.getKey(), group);
      }
    }
  }

  private void postGroup(RosterModel model, FairnessMeasure measure, String role, List<Integer> group) {
    Problem problem = model.problem();
    Model choco = model.chocoModel();
    BigDecimal positions = BigDecimal.ZERO;
    for (int e : group) {
      positions = positions.add(problem.employees().get(e).positionPercent());
    }
    if (group.isEmpty() || positions.signum() == 0) {
      return;
    }
    IntVar[] counts = new IntVar[group.size()];
    int most = 0;
    for (int i = 0; i < counts.length; i++) {
      List<BoolVar> items = items(model, group.get(i), measure);
      String id = problem.employees().get(group.get(i)).id();
      counts[i] = choco.intVar(measure.name().toLowerCase(Locale.ROOT) + "[" + id + "]", 0, items.size(), true);
      if (!items.isEmpty()) {
        choco.sum(items.toArray(new BoolVar[0]), "=", counts[i]).post();
      }
      most += items.size();
    }
    if (most == 0) {
      return;
    }
    String groupName = measure.name().toLowerCase(Locale.ROOT) + ":" + role;
    IntVar total = choco.intVar("total[" + groupName + "]", 0, most, true);
    choco.sum(counts, "=", total).post();
    for (int i = 0; i < counts.length; i++) {
      Employee employee = problem.employees().get(group.get(i));
      int[] limits = new int[most + 1];
      for (int t = 0; t <= most; t++) {
        limits[t] =
            BigDecimal.valueOf(t)
                .multiply(employee.positionPercent())
                .divide(positions, 10, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
      }
      IntVar limit =
          choco.intVar(
              "limit[" + groupName + ":" + employee.id() + "]",
              IntStream.of(limits).distinct().sorted().toArray());
      choco.element(limit, limits, total).post();
      String subject = groupName + ":" + employee.id();
      if (severity().isHard()) {
        Encodings.post(this, model, subject, choco.arithm(counts[i], "<=", limit));
      } else {
        IntVar excess = choco.intVar(model.name(ID, subject), 0, counts[i].getUB(), true);
        IntVar difference =
            choco.intVar("above[" + subject + "]", -limit.getUB(), counts[i].getUB(), true);
        choco.arithm(counts[i], "-", limit, "=", difference).post();
        choco.max(excess, choco.intVar(0), difference).post();
        model.addPenalty(ID, excess, severity().weight());
      }
    }
  }

  /**
   * The booleans whose sum is the employee's count: night or long shift {@code works} variables,
   * or one disjunction per weekend of the shifts touching it (Friday to Sunday starts only, each
   * weekend keyed by its Saturday, as {@link #count} does).
   */
  private static List<BoolVar> items(RosterModel model, int e, FairnessMeasure measure) {
    Problem problem = model.problem();
    ImmutableList<ShiftType> types = problem.shiftTypes();
    ImmutableList<LocalDate> dates = problem.horizon().dates();
    List<BoolVar> items = new ArrayList<>();
    if (measure != FairnessMeasure.WEEKENDS) {
      for (int d = 0; d < dates.size(); d++) {
        for (int s = 0; s < types.size(); s++) {
          ShiftType type = types.get(s);
          if (measure == FairnessMeasure.NIGHTS ? type.category() == ShiftCategory.NIGHT : type.isLong()) {
            items.add(model.works(e, d, s));
          }
        }
      }
      return items;
    }
    Map<LocalDate, List<BoolVar>> byWeekend = new LinkedHashMap<>();
    for (int d = 0; d < dates.size(); d++) {
      LocalDate date = dates.get(d);
      DayOfWeek day = date.getDayOfWeek();
      if (day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
        continue;
      }
      for (int s = 0; s < types.size(); s++) {
        ShiftType type = types.get(s);
        if (WeekendWindow.SATURDAY_SUNDAY.touches(type.startsAt(date), type.endsAt(date))) {
          byWeekend.computeIfAbsent(saturdayOf(date), k -> new ArrayList<>()).add(model.works(e, d, s));
        }
      }
    }
    for (List<BoolVar> weekend : byWeekend.values()) {
      items.add(Encodings.or(model.chocoModel(), weekend));
    }
    return items;
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
                Locale.ROOT,
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
                Locale.ROOT,
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
