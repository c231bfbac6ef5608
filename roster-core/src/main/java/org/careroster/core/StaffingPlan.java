package org.careroster.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The staffing plan (bemanningsplan): minimum, preferred and maximum staff per shift type and kind
 * of day, optionally by role and competence. See {@link #requirementsOn} for which rows apply on a
 * date.
 *
 * <pre>{@code
 * StaffingPlan plan = StaffingPlan.builder()
 *     .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKDAY).minimum(4).build())
 *     .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.WEEKEND).minimum(2).build())
 *     .addRequirement(StaffingRequirement.builder().shift("D").days(DayKind.EVERY_DAY)
 *         .addRole("nurse").minimum(1).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffingPlan.class)
@JsonDeserialize(as = ImmutableStaffingPlan.class)
public abstract class StaffingPlan {

  private static final Set<DayOfWeek> WEEKEND_DAYS = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  StaffingPlan() {}

  /** The rows of the plan. */
  public abstract ImmutableList<StaffingRequirement> requirements();

  /** The plan without rows: no shift needs anyone. */
  public static StaffingPlan empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The rows that apply to {@code shift} on {@code date}. Rows that count the same people (same
   * roles, competences and education flag) form a group, and in each group only the rows of the
   * most specific {@link DayKind} that matches the date apply; rows of different groups all apply.
   * So a dated row for everyone replaces the weekday row for everyone that day, while a row for
   * nurses keeps applying. The rows come in the plan's order.
   *
   * @param publicHoliday whether {@code date} is a public holiday in the plan being staffed
   */
  public final ImmutableList<StaffingRequirement> requirementsOn(
      LocalDate date, String shift, boolean publicHoliday) {
    Map<List<Object>, List<Integer>> best = new HashMap<>();
    Map<List<Object>, Integer> bestTier = new HashMap<>();
    for (int i = 0; i < requirements().size(); i++) {
      StaffingRequirement row = requirements().get(i);
      if (!row.shift().equals(shift)) {
        continue;
      }
      int tier = tier(row, date, publicHoliday);
      if (tier < 0) {
        continue;
      }
      List<Object> group = List.of(row.roles(), row.competences(), row.formalHealthEducation());
      Integer current = bestTier.get(group);
      if (current == null || tier > current) {
        bestTier.put(group, tier);
        best.put(group, new ArrayList<>(List.of(i)));
      } else if (tier == current) {
        best.get(group).add(i);
      }
    }
    // in the plan's own row order
    TreeSet<Integer> chosen = new TreeSet<>();
    best.values().forEach(chosen::addAll);
    return chosen.stream().map(requirements()::get).collect(ImmutableList.toImmutableList());
  }

  /**
   * This plan with nobody needed on {@code dates}: the dated rows on them are dropped, and each
   * group of people the other rows count (shift, roles, competences, education) gets a dated row
   * with minimum 0 on each of them, which replaces its weekday, weekend and holiday rows there.
   * For days whose assignments are given, not planned: the weeks kept around a replanned window,
   * or the previous plan's last weeks before a new one.
   */
  public final StaffingPlan withNobodyNeededOn(Iterable<LocalDate> dates) {
    TreeSet<LocalDate> none = new TreeSet<>();
    dates.forEach(none::add);
    Builder plan = builder();
    Map<List<Object>, StaffingRequirement> groups = new java.util.LinkedHashMap<>();
    for (StaffingRequirement row : requirements()) {
      if (row.days() != DayKind.DATE) {
        plan.addRequirement(row);
        groups.putIfAbsent(List.of(row.shift(), row.roles(), row.competences(), row.formalHealthEducation()), row);
      } else if (!none.contains(row.date().orElseThrow())) {
        plan.addRequirement(row);
      }
    }
    for (LocalDate date : none) {
      for (StaffingRequirement group : groups.values()) {
        plan.addRequirement(StaffingRequirement.builder()
            .shift(group.shift())
            .days(DayKind.DATE)
            .date(date)
            .addAllRoles(group.roles())
            .addAllCompetences(group.competences())
            .formalHealthEducation(group.formalHealthEducation())
            .minimum(0)
            .label("given, not planned")
            .build());
      }
    }
    return plan.build();
  }

  /** How specific {@code row} is for {@code date}, higher is more specific; -1 if it does not apply. */
  private static int tier(StaffingRequirement row, LocalDate date, boolean publicHoliday) {
    boolean weekend = publicHoliday || WEEKEND_DAYS.contains(date.getDayOfWeek());
    switch (row.days()) {
      case DATE:
        return row.date().orElseThrow().equals(date) ? 4 : -1;
      case PUBLIC_HOLIDAY:
        return publicHoliday ? 3 : -1;
      case WEEKEND:
        return weekend ? 2 : -1;
      case WEEKDAY:
        return weekend ? -1 : 2;
      case EVERY_DAY:
        return 1;
      default:
        throw new AssertionError(row.days());
    }
  }

  /** Builds a {@link StaffingPlan}. */
  public static final class Builder extends ImmutableStaffingPlan.Builder {
    Builder() {}
  }
}
