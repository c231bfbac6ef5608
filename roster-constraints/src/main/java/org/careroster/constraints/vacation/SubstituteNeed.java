package org.careroster.constraints.vacation;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.constraints.replace.VacantSlot;
import org.careroster.core.Assignment;
import org.careroster.core.CoverRequirement;
import org.immutables.value.Value;

/**
 * The substitute need (vikarbehov) of a plan: the shifts its own staff cannot fill, one row each,
 * per week and for the whole plan. Written as JSON by {@code RosterJson.write}, and by the {@code
 * vacation} command as {@code substitute-need.json} and {@code .csv}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubstituteNeed.class)
public abstract class SubstituteNeed {

  SubstituteNeed() {}

  /** Ids of the ward's listed hourly substitutes ({@code HOURLY_SUBSTITUTE}); empty when it lists none. */
  public abstract ImmutableList<String> substituteList();

  /** The shifts that need substitutes, by date and shift. */
  public abstract ImmutableList<SubstituteShift> shifts();

  /** The weeks that need substitutes, in order. */
  public abstract ImmutableList<SubstituteWeek> weeks();

  /** Substitute shifts in all. */
  @Value.Derived
  public int totalShifts() {
    return shifts().stream().mapToInt(SubstituteShift::substitutes).sum();
  }

  /** Substitute hours in all, in decimal hours. */
  @Value.Derived
  public BigDecimal totalHours() {
    return shifts().stream().map(SubstituteShift::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Substitute shifts touching the weekend. */
  @Value.Derived
  public int weekendShifts() {
    return shifts().stream().filter(SubstituteShift::weekend).mapToInt(SubstituteShift::substitutes).sum();
  }

  /** The weeks whose cover needs a qualified substitute ({@link SubstituteWeek#qualifiedShifts()} above 0). */
  public final ImmutableList<SubstituteWeek> qualifiedWeeks() {
    return weeks().stream().filter(w -> w.qualifiedShifts() > 0).collect(ImmutableList.toImmutableList());
  }

  /**
   * The weeks whose cover the listed substitutes cannot meet ({@link SubstituteWeek#uncoveredShifts()}
   * above 0); empty when no substitutes are listed, since then nothing is known of who can come.
   */
  public final ImmutableList<SubstituteWeek> uncoveredWeeks() {
    return substituteList().isEmpty() ? ImmutableList.of()
        : weeks().stream().filter(w -> w.uncoveredShifts() > 0).collect(ImmutableList.toImmutableList());
  }

  /** Whether no shift needs a substitute. */
  public final boolean isEmpty() {
    return shifts().isEmpty();
  }

  /** The need of the shifts {@code vacancies} leaves below a minimum, with no substitute list. */
  public static SubstituteNeed of(VacantShiftReport vacancies) {
    return of(vacancies, List.of(), List.of());
  }

  /**
   * The need of the shifts {@code vacancies} leaves below a minimum, with the shifts {@code
   * proposals} of the listed substitutes {@code substituteList} could take.
   */
  public static SubstituteNeed of(VacantShiftReport vacancies, List<String> substituteList, List<Assignment> proposals) {
    Map<String, List<String>> proposed = new HashMap<>();
    for (Assignment a : proposals) {
      proposed.computeIfAbsent(a.date() + " " + a.shift(), k -> new ArrayList<>()).add(a.employee());
    }
    List<SubstituteShift> shifts = new ArrayList<>();
    Map<LocalDate, List<SubstituteShift>> byWeek = new TreeMap<>();
    for (VacantSlot slot : vacancies.slots()) {
      SubstituteShift shift = SubstituteShift.builder()
          .week(isoWeek(slot.date()))
          .date(slot.date())
          .shift(slot.shift())
          .substitutes(slot.missing())
          .addAllProposed(proposed.getOrDefault(slot.date() + " " + slot.shift(), List.of()).stream().limit(slot.missing()).toList())
          .hours(hours(slot.hours().toMinutes()))
          .weekend(slot.weekend())
          .role(slot.role())
          .lacking(slot.lacking())
          .qualifiedOnly(!slot.tasks().isEmpty() || (!slot.unmet().isEmpty() && slot.unmet().stream().allMatch(SubstituteNeed::qualified)))
          .build();
      shifts.add(shift);
      byWeek.computeIfAbsent(slot.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), m -> new ArrayList<>()).add(shift);
    }
    ImmutableSubstituteNeed.Builder need = ImmutableSubstituteNeed.builder().addAllSubstituteList(substituteList).addAllShifts(shifts);
    for (Map.Entry<LocalDate, List<SubstituteShift>> week : byWeek.entrySet()) {
      List<SubstituteShift> rows = week.getValue();
      need.addWeeks(SubstituteWeek.builder()
          .week(isoWeek(week.getKey()))
          .monday(week.getKey())
          .shifts(rows.stream().mapToInt(SubstituteShift::substitutes).sum())
          .hours(rows.stream().map(SubstituteShift::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
          .weekendShifts(rows.stream().filter(SubstituteShift::weekend).mapToInt(SubstituteShift::substitutes).sum())
          .qualifiedShifts(rows.stream().filter(SubstituteShift::qualifiedOnly).mapToInt(SubstituteShift::substitutes).sum())
          .uncoveredShifts(rows.stream().mapToInt(SubstituteShift::uncovered).sum())
          .build());
    }
    return need.build();
  }

  /** The ISO week of {@code date}, e.g. {@code 2027-W28}. */
  static String isoWeek(LocalDate date) {
    return String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static boolean qualified(CoverRequirement c) {
    return !c.requirement().roles().isEmpty() || !c.requirement().competences().isEmpty() || c.requirement().formalHealthEducation();
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
