package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named variation of a ward's problem for a what-if question (TØRN): how often staff work
 * weekends, whether there are long shifts and who consents to them, another task-sharing policy,
 * other position sizes (raised, merged, added or removed heads) and other shift lengths. Every
 * part is optional; an empty scenario is the ward as it is. Scenarios compose: {@link #and}
 * merges two, {@link #grid} builds every combination of several lists.
 *
 * <pre>{@code
 * Scenario everyThird = Scenario.builder().name("every 3rd weekend").weekendEvery(3).build();
 * Problem variant = everyThird.and(Scenario.builder().name("no long shifts").longShifts(false).build())
 *     .apply(ward);
 * }</pre>
 *
 * <p>The rule set's side (the weekend-frequency rule's {@code every}) is applied by the
 * evaluation in roster-metrics; {@link #apply} changes the problem only.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
public abstract class Scenario {

  Scenario() {}

  /** The scenario's name, shown in every result row, e.g. {@code every 2nd weekend, long shifts}. */
  public abstract String name();

  /** Everyone works every n-th weekend (1 to 8), in place of their own frequency and the rule's. */
  public abstract Optional<Integer> weekendEvery();

  /**
   * Weeks of the cyclic base rotation, in place of the base's (e.g. 12 so that every 4th weekend
   * fits a whole number of times); only for a cyclic problem.
   */
  public abstract Optional<Integer> rotationWeeks();

  /**
   * With {@code false}, no long shifts: the long shift types ({@link ShiftType#isLong()}) are
   * removed and their staffing rows move to the other day-time shift types they overlap (e.g. the
   * weekend LD 08:00–20:30 to D and A). With {@code true}, the long shifts the ward has stay.
   */
  public abstract Optional<Boolean> longShifts();

  /**
   * The share of the staff, 0 to 100 %, who consent to long shifts: those who consent now first,
   * then the others in staff order, until the share (rounded up) is reached; the rest do not.
   */
  public abstract Optional<BigDecimal> longShiftConsentPercent();

  /** Another task-sharing policy in place of the ward's. */
  public abstract Optional<TaskSharingPolicy> taskSharing();

  /** Employees to leave out, by id. */
  public abstract ImmutableList<String> remove();

  /** Two part-time positions merged into one: the first keeps the sum, the second leaves. */
  public abstract ImmutableList<Merge> merge();

  /** Position sizes to set, by employee. */
  public abstract ImmutableList<Position> positions();

  /** New heads to add, by role. */
  public abstract ImmutableList<Heads> add();

  /** Shift types to lengthen or shorten (e.g. D of 8 h instead of 7.5 h). */
  public abstract ImmutableList<ShiftLength> shiftLengths();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Everyone at most every {@code every}-th weekend, for a base rotation of {@code baseWeeks}
   * weeks. When those weeks do not hold the frequency a whole number of times (every 4th weekend
   * in 6 weeks), the rotation runs over the least common multiple of both (12 weeks). Named
   * {@code every 2nd weekend}, or {@code every 4th weekend (12 weeks)} with the weeks changed.
   *
   * @throws InvalidModelException if {@code every} is not from 1 to 8
   * @throws IllegalArgumentException if {@code baseWeeks} is not positive
   */
  public static Scenario weekendEvery(int every, int baseWeeks) {
    if (baseWeeks < 1) {
      throw new IllegalArgumentException("baseWeeks (" + baseWeeks + ") must be positive");
    }
    String name = "every " + every + (every == 1 ? "st" : every == 2 ? "nd" : every == 3 ? "rd" : "th") + " weekend";
    Builder scenario = builder().weekendEvery(every);
    int weeks = baseWeeks;
    while (every >= 1 && weeks % every != 0) {
      weeks += baseWeeks;
    }
    if (weeks != baseWeeks) {
      scenario.rotationWeeks(weeks);
      name += " (" + weeks + " weeks)";
    }
    return scenario.name(name).build();
  }

  /**
   * This scenario and {@code other} together, named {@code "this · other"}: where both set a
   * value {@code other}'s wins; their lists of changes are joined, this one's first.
   */
  public final Scenario and(Scenario other) {
    Builder both = builder().name(name() + " · " + other.name());
    both.weekendEvery(other.weekendEvery().or(this::weekendEvery))
        .rotationWeeks(other.rotationWeeks().or(this::rotationWeeks))
        .longShifts(other.longShifts().or(this::longShifts))
        .longShiftConsentPercent(other.longShiftConsentPercent().or(this::longShiftConsentPercent))
        .taskSharing(other.taskSharing().or(this::taskSharing))
        .addAllRemove(remove()).addAllRemove(other.remove())
        .addAllMerge(merge()).addAllMerge(other.merge())
        .addAllPositions(positions()).addAllPositions(other.positions())
        .addAllAdd(add()).addAllAdd(other.add())
        .addAllShiftLengths(shiftLengths()).addAllShiftLengths(other.shiftLengths());
    return both.build();
  }

  /**
   * Every combination of one scenario from each of {@code dimensions}, in order (the last
   * dimension varies fastest), each the {@link #and} of its parts; an empty dimension is skipped.
   */
  public static ImmutableList<Scenario> grid(List<List<Scenario>> dimensions) {
    List<Scenario> result = new ArrayList<>();
    for (List<Scenario> dimension : dimensions) {
      if (dimension.isEmpty()) {
        continue;
      }
      if (result.isEmpty()) {
        result.addAll(dimension);
        continue;
      }
      List<Scenario> next = new ArrayList<>();
      for (Scenario s : result) {
        for (Scenario d : dimension) {
          next.add(s.and(d));
        }
      }
      result = next;
    }
    return ImmutableList.copyOf(result);
  }

  /**
   * {@code base} with this scenario's changes. The staff changes come in this order: removals,
   * merges, position sizes, new heads, then the weekend frequency and long-shift consent for
   * everyone.
   *
   * @throws InvalidModelException if the scenario names an employee, role or shift type {@code
   *     base} does not have, merges a full-time position or more than 100 % together, asks for
   *     long shifts the ward has none of, sets the rotation weeks of a calendar problem, or leaves
   *     the ward without staff
   */
  public final Problem apply(Problem base) {
    String subject = "Scenario " + name();
    Map<String, Employee> staff = new LinkedHashMap<>();
    base.employees().forEach(e -> staff.put(e.id(), e));
    for (int i = 0; i < remove().size(); i++) {
      String id = remove().get(i);
      require(staff.remove(id) != null, subject, "remove[" + i + "]", id, "is not an employee of the problem");
    }
    for (int i = 0; i < merge().size(); i++) {
      Merge m = merge().get(i);
      Employee into = staff.get(m.into());
      Employee from = staff.get(m.from());
      require(into != null, subject, "merge[" + i + "].into", m.into(), "is not an employee of the problem");
      require(from != null, subject, "merge[" + i + "].from", m.from(), "is not an employee of the problem");
      BigDecimal sum = into.positionPercent().add(from.positionPercent());
      require(sum.compareTo(BigDecimal.valueOf(100)) <= 0, subject, "merge[" + i + "]", m.into() + " + " + m.from(),
          "together hold " + sum.stripTrailingZeros().toPlainString() + " %, more than one full-time position");
      staff.put(into.id(), ((ImmutableEmployee) ImmutableEmployee.copyOf(into)).withPositionPercent(sum));
      staff.remove(from.id());
    }
    for (int i = 0; i < positions().size(); i++) {
      Position p = positions().get(i);
      Employee e = staff.get(p.employee());
      require(e != null, subject, "positions[" + i + "].employee", p.employee(), "is not an employee of the problem");
      staff.put(e.id(), ((ImmutableEmployee) ImmutableEmployee.copyOf(e)).withPositionPercent(p.percent()));
    }
    for (int i = 0; i < add().size(); i++) {
      Heads h = add().get(i);
      String at = "add[" + i + "].role";
      require(base.roles().stream().anyMatch(r -> r.id().equals(h.role())), subject, at, h.role(), "is not a role of the problem");
      BigDecimal fullTime = base.employees().stream().filter(e -> e.role().equals(h.role())).findFirst()
          .or(() -> base.employees().stream().findFirst()).map(Employee::fullTimeWeeklyHours).orElse(BigDecimal.valueOf(35.5));
      for (int n = 1; n <= h.count(); n++) {
        String id = "new-" + h.role() + "-" + (i + 1) + "-" + n;
        staff.put(id, Employee.builder().id(id).name("New " + h.role() + " " + (i + 1) + "." + n).role(h.role())
            .positionPercent(h.percent()).fullTimeWeeklyHours(fullTime).contractType(ContractType.PERMANENT)
            .acceptsLongShifts(h.acceptsLongShifts()).build());
      }
    }
    require(!staff.isEmpty(), subject, "remove", remove(), "leaves the ward without staff");
    List<Employee> people = new ArrayList<>(staff.values());
    if (weekendEvery().isPresent()) {
      people.replaceAll(e -> ((ImmutableEmployee) ImmutableEmployee.copyOf(e)).withWeekendFrequency(weekendEvery().get()));
    }
    if (longShiftConsentPercent().isPresent()) {
      int consenting = BigDecimal.valueOf(people.size()).multiply(longShiftConsentPercent().get())
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
      List<Employee> order = new ArrayList<>(people.stream().filter(Employee::acceptsLongShifts).toList());
      people.stream().filter(e -> !e.acceptsLongShifts()).forEach(order::add);
      List<String> yes = order.subList(0, consenting).stream().map(Employee::id).toList();
      people.replaceAll(e -> ((ImmutableEmployee) ImmutableEmployee.copyOf(e)).withAcceptsLongShifts(yes.contains(e.id())));
    }
    List<ShiftType> types = new ArrayList<>(base.shiftTypes());
    for (int i = 0; i < shiftLengths().size(); i++) {
      ShiftLength l = shiftLengths().get(i);
      int index = indexOf(types, l.shift());
      require(index >= 0, subject, "shiftLengths[" + i + "].shift", l.shift(), "is not a shift type of the problem");
      types.set(index, ((ImmutableShiftType) ImmutableShiftType.copyOf(types.get(index))).withDuration(l.duration()));
    }
    StaffingPlan plan = base.staffingPlan();
    if (longShifts().isPresent()) {
      List<ShiftType> longTypes = types.stream().filter(ShiftType::isLong).toList();
      require(!longTypes.isEmpty() || !longShifts().get(), subject, "longShifts", true, "asks for long shifts, but the problem has no long shift type");
      if (!longShifts().get() && !longTypes.isEmpty()) {
        plan = withoutLongShifts(plan, types, longTypes, subject);
        types.removeAll(longTypes);
        for (Assignment f : base.fixedAssignments()) {
          require(longTypes.stream().noneMatch(t -> t.code().equals(f.shift())), subject, "longShifts", false,
              "removes " + f.shift() + ", which the fixed assignment of " + f.employee() + " on " + f.date() + " names");
        }
      }
    }
    // One change at a time, each leaving a valid problem: what names a leaver or a removed shift
    // type goes first, then the staffing plan, the shift types and the staff.
    List<String> kept = people.stream().map(Employee::id).toList();
    List<String> codes = types.stream().map(ShiftType::code).toList();
    ImmutableProblem result = ((ImmutableProblem) ImmutableProblem.copyOf(base))
        .withAbsences(base.absences().stream().filter(a -> kept.contains(a.employee())).toList())
        .withRequests(base.requests().stream().filter(r -> kept.contains(r.employee()) && r.shift().map(codes::contains).orElse(true)).toList())
        .withFixedAssignments(base.fixedAssignments().stream().filter(f -> kept.contains(f.employee())).toList())
        .withStaffingPlan(plan)
        .withShiftTypes(types)
        .withEmployees(people);
    if (rotationWeeks().isPresent()) {
      require(base.horizon().isCyclic(), subject, "rotationWeeks", rotationWeeks().get(), "is only for a cyclic base rotation");
      result = result.withHorizon(PlanningHorizon.cyclic(base.horizon().start(), rotationWeeks().get()));
    }
    return taskSharing().isPresent() ? result.withTaskSharing(taskSharing().get()) : result;
  }

  /**
   * {@code plan} without the long shifts' rows: each row's people are added to the day-time shift
   * types the long shift overlaps, on the same days and counting the same people (a weekend LD of
   * 2 makes a weekend D of 2 a D of 4). Where such a shift has only an every-day row of that kind,
   * a row for the long shift's days is added with the every-day minimum plus the long shift's, so
   * the other days keep theirs.
   */
  private static StaffingPlan withoutLongShifts(StaffingPlan plan, List<ShiftType> types, List<ShiftType> longTypes, String subject) {
    List<StaffingRequirement> rows = new ArrayList<>();
    List<StaffingRequirement> moved = new ArrayList<>();
    for (StaffingRequirement row : plan.requirements()) {
      (longTypes.stream().anyMatch(t -> t.code().equals(row.shift())) ? moved : rows).add(row);
    }
    for (StaffingRequirement row : moved) {
      ShiftType removed = longTypes.stream().filter(t -> t.code().equals(row.shift())).findFirst().orElseThrow();
      List<ShiftType> instead = types.stream()
          .filter(t -> !t.isLong() && t.category() != ShiftCategory.NIGHT && overlapMinutes(t, removed) >= 60)
          .toList();
      require(!instead.isEmpty(), subject, "longShifts", false,
          "leaves the rows of " + removed.code() + " without a day-time shift type to move to");
      for (ShiftType t : instead) {
        int same = -1;
        int everyDay = -1;
        for (int i = 0; i < rows.size(); i++) {
          StaffingRequirement r = rows.get(i);
          if (r.shift().equals(t.code()) && sameKind(r, row) && r.date().equals(row.date())) {
            if (r.days() == row.days()) {
              same = i;
            } else if (r.days() == DayKind.EVERY_DAY) {
              everyDay = i;
            }
          }
        }
        if (same >= 0) {
          rows.set(same, plus(rows.get(same), row.minimum()));
        } else if (everyDay >= 0 && row.days() != DayKind.DATE) {
          rows.add(plus(((ImmutableStaffingRequirement) ImmutableStaffingRequirement.copyOf(rows.get(everyDay))).withDays(row.days()), row.minimum()));
        } else {
          rows.add(((ImmutableStaffingRequirement) ImmutableStaffingRequirement.copyOf(row)).withShift(t.code()));
        }
      }
    }
    return StaffingPlan.builder().addAllRequirements(rows).build();
  }

  private static boolean sameKind(StaffingRequirement a, StaffingRequirement b) {
    return a.roles().equals(b.roles()) && a.competences().equals(b.competences()) && a.formalHealthEducation() == b.formalHealthEducation();
  }

  /** {@code row} needing {@code more} people more (its preferred and maximum too, if set). */
  private static StaffingRequirement plus(StaffingRequirement row, int more) {
    ImmutableStaffingRequirement copy = (ImmutableStaffingRequirement) ImmutableStaffingRequirement.copyOf(row);
    return copy.withMaximum(row.maximum().map(m -> m + more))
        .withPreferred(row.preferred().map(p -> p + more))
        .withMinimum(row.minimum() + more);
  }

  /** Minutes the two shift types' clock times overlap on one day (neither may cross midnight for an overlap). */
  private static long overlapMinutes(ShiftType a, ShiftType b) {
    long aStart = a.start().toSecondOfDay() / 60;
    long bStart = b.start().toSecondOfDay() / 60;
    long aEnd = aStart + a.duration().toMinutes();
    long bEnd = bStart + b.duration().toMinutes();
    return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
  }

  private static int indexOf(List<ShiftType> types, String code) {
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  @Value.Check
  void check() {
    checkNotBlank(name(), "Scenario", "name");
    String subject = "Scenario " + name();
    weekendEvery().ifPresent(n -> require(n >= 1 && n <= 8, subject, "weekendEvery", n, "must be from 1 to 8"));
    longShiftConsentPercent().ifPresent(p -> require(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
        subject, "longShiftConsentPercent", p, "must be from 0 to 100"));
  }

  /** Two positions merged: {@link #into()} keeps the sum of both, {@link #from()} leaves. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableMerge.class)
  @JsonDeserialize(as = ImmutableMerge.class)
  public abstract static class Merge {
    Merge() {}

    /** The employee who keeps the merged position. */
    public abstract String into();

    /** The employee whose position is merged in and who leaves. */
    public abstract String from();

    /** The merge of {@code from}'s position into {@code into}'s. */
    public static Merge of(String into, String from) {
      return ImmutableMerge.builder().into(into).from(from).build();
    }
  }

  /** A position size to set. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePosition.class)
  @JsonDeserialize(as = ImmutablePosition.class)
  public abstract static class Position {
    Position() {}

    /** The employee's id. */
    public abstract String employee();

    /** The new position size, 0 to 100 %. */
    public abstract BigDecimal percent();

    /** {@code employee}'s position set to {@code percent}. */
    public static Position of(String employee, double percent) {
      return ImmutablePosition.builder().employee(employee).percent(BigDecimal.valueOf(percent)).build();
    }

    @Value.Check
    void check() {
      Employee.checkPositionPercent(percent(), "Scenario position of " + employee());
    }
  }

  /** New heads of one role and position size. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableHeads.class)
  @JsonDeserialize(as = ImmutableHeads.class)
  public abstract static class Heads {
    Heads() {}

    /** The role id, e.g. {@code nurse}. */
    public abstract String role();

    /** The position size of each, more than 0 and at most 100 %. */
    public abstract BigDecimal percent();

    /** How many, 1 to 50. */
    public abstract int count();

    /** Whether they consent to long shifts; {@code false} unless set. */
    @Value.Default
    public boolean acceptsLongShifts() {
      return false;
    }

    /** A copy whose heads do or do not consent to long shifts. */
    public abstract Heads withAcceptsLongShifts(boolean value);

    /** {@code count} new heads of {@code role} at {@code percent}. */
    public static Heads of(String role, double percent, int count) {
      return ImmutableHeads.builder().role(role).percent(BigDecimal.valueOf(percent)).count(count).build();
    }

    @Value.Check
    void check() {
      String subject = "Scenario heads of " + role();
      require(percent().signum() > 0 && percent().compareTo(BigDecimal.valueOf(100)) <= 0, subject, "percent", percent(),
          "must be more than 0 and at most 100");
      require(count() >= 1 && count() <= 50, subject, "count", count(), "must be from 1 to 50");
    }
  }

  /** A shift type's new length. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableShiftLength.class)
  @JsonDeserialize(as = ImmutableShiftLength.class)
  public abstract static class ShiftLength {
    ShiftLength() {}

    /** The shift type's code. */
    public abstract String shift();

    /** Its new length, more than 0 and at most 16 hours. */
    public abstract Duration duration();

    /** {@code shift} lasting {@code duration}. */
    public static ShiftLength of(String shift, Duration duration) {
      return ImmutableShiftLength.builder().shift(shift).duration(duration).build();
    }

    @Value.Check
    void check() {
      require(!duration().isNegative() && !duration().isZero() && duration().compareTo(Duration.ofHours(16)) <= 0,
          "Scenario shift length of " + shift(), "duration", duration(), "must be more than 0 and at most 16 hours");
    }
  }

  /** Builds a {@link Scenario}; the name is required. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
