package org.careroster.metrics;

import static org.careroster.metrics.HourMath.hours;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careroster.core.ContractType;
import org.immutables.value.Value;

/**
 * The scorecard (målekort) of one unit over several periods: one column per period, one row per
 * {@link Kpi}, with the change between periods. Computed the same way every time from a {@link
 * UnitRecords} document; rendered as text, Markdown, CSV or JSON ({@link ScorecardFormat}).
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(UnitRecords.read(Path.of("records.json")));
 * card.row(Kpi.FULL_TIME_SHARE).rounded(0);          // Optional[31.1]
 * System.out.print(card.render(ScorecardFormat.MARKDOWN));
 * }</pre>
 *
 * <p>Per period: the population P is the positions held on the reference date without the excluded
 * contract types ({@link Population#onDate}); hours are summed over the period's work records; the
 * FTE-based education share counts every position held on the reference date (KOSTRA includes
 * temps); the rotation-based rows need a base rotation and staffing plan and are empty without
 * them. {@link #notes()} states the choices in words.
 */
@Value.Immutable
public abstract class Scorecard {

  Scorecard() {}

  /** Id of the unit. */
  public abstract String unit();

  /** Display name of the unit, if given. */
  public abstract Optional<String> name();

  /** The periods, in time order. */
  public abstract ImmutableList<ScorecardColumn> columns();

  /** The rows, in {@link Kpi} order. */
  public abstract ImmutableList<ScorecardRow> rows();

  /** The definitions and choices behind the numbers, one sentence each. */
  public abstract ImmutableList<String> notes();

  /** The scorecard of {@code records} with {@link ScorecardOptions#defaults()}. */
  public static Scorecard of(UnitRecords records) {
    return of(records, ScorecardOptions.defaults());
  }

  /** The scorecard of {@code records} with the choices in {@code options}. */
  public static Scorecard of(UnitRecords records, ScorecardOptions options) {
    Map<Kpi, List<Optional<BigDecimal>>> values = new EnumMap<>(Kpi.class);
    for (Kpi kpi : Kpi.values()) {
      values.put(kpi, new ArrayList<>());
    }
    for (RecordPeriod period : records.periods()) {
      Map<Kpi, Optional<BigDecimal>> column = column(records, period, options);
      for (Kpi kpi : Kpi.values()) {
        values.get(kpi).add(column.get(kpi));
      }
    }
    ImmutableScorecard.Builder card =
        ImmutableScorecard.builder().unit(records.unit()).name(records.name()).addAllNotes(notes(options));
    records.periods().forEach(p -> card.addColumns(ScorecardColumn.of(p)));
    for (Kpi kpi : Kpi.values()) {
      card.addRows(ScorecardRow.of(kpi, values.get(kpi)));
    }
    return card.build();
  }

  /** The row of {@code kpi}. */
  public final ScorecardRow row(Kpi kpi) {
    return rows().get(kpi.ordinal());
  }

  /** This scorecard rendered in {@code format}. */
  public final String render(ScorecardFormat format) {
    return format.render(this);
  }

  /** {@code value} rounded half-up to {@code decimals} places. */
  static BigDecimal round(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  private static Map<Kpi, Optional<BigDecimal>> column(
      UnitRecords records, RecordPeriod period, ScorecardOptions options) {
    Map<Kpi, Optional<BigDecimal>> v = new EnumMap<>(Kpi.class);
    LocalDate ref = period.referenceDate();
    Population population = Population.onDate(period.employees(), ref, options.excludedContractTypes());
    v.put(Kpi.STAFF, Optional.of(BigDecimal.valueOf(population.headCount())));
    v.put(Kpi.FULL_TIME_SHARE, FullTimeShare.of(population).asRatio().percent());
    v.put(
        Kpi.AVERAGE_POSITION_SIZE,
        AveragePositionSize.of(population, options.capPositionAtFullTime()).quotient());
    Ratio sick =
        options.sickLeave() == SickLeave.Variant.DAY_WORKS
            ? SickLeave.dayWorks(population, period.absences(), period.from(), period.to())
            : SickLeave.hours(
                population,
                period.workRecords(),
                period.absences(),
                period.from(),
                period.to(),
                options.sickLeaveHoursBase());
    v.put(Kpi.SICK_LEAVE, sick.percent());
    v.put(Kpi.EXTRA_AND_OVERTIME_HOURS, Optional.of(hours(ExtraHours.plusOvertime(period.workRecords()))));
    v.put(Kpi.OVERTIME_HOURS, Optional.of(hours(OvertimeHours.of(period.workRecords()))));
    v.put(
        Kpi.FORMAL_EDUCATION_SHARE,
        options.formalEducation() == FormalEducationShare.Basis.FTE
            ? FormalEducationShare.fteBased(
                    Population.onDate(period.employees(), ref, Set.of()).positions(), records.rolesById())
                .percent()
            : FormalEducationShare.headCount(population, records.rolesById()).asRatio().percent());
    v.put(Kpi.EXTRA_HOURS, Optional.of(hours(ExtraHours.of(period.workRecords()))));
    v.put(
        Kpi.LAW_OVERTIME_HOURS,
        Optional.of(
            hours(LawOvertimeHours.of(period.workRecords(), options.lawDailyLimit(), options.lawWeeklyLimit()))));
    v.put(Kpi.AGENCY_HOURS, Optional.of(hours(AgencyHours.of(period.workRecords()))));
    Optional<BaseRotation> rotation = period.rotation();
    if (rotation.isPresent()) {
      BaseRotation r = rotation.get();
      var plan = period.staffingPlan().orElseThrow();
      var shifts = records.shiftTypesByCode();
      var window = options.weekendWindow();
      v.put(Kpi.VACANT_SHIFT_HOURS, Optional.of(hours(VacantShiftHours.total(r, plan, shifts))));
      v.put(Kpi.VACANT_WEEKEND_HOURS, Optional.of(hours(VacantShiftHours.weekend(r, plan, shifts, window))));
      v.put(Kpi.LONG_SHIFT_WEEKEND_SHARE, LongShiftShare.ofWeekendHours(r, shifts, window).percent());
      switch (options.weekendCoverage()) {
        case PLANNED:
          v.put(Kpi.WEEKEND_HOURS_COVERAGE, WeekendHoursCoverage.planned(r, plan, shifts, window).percent());
          break;
        case CAPACITY:
          v.put(
              Kpi.WEEKEND_HOURS_COVERAGE,
              WeekendHoursCoverage.capacity(r, plan, shifts, population.positions(), window).percent());
          break;
        default:
          break;
      }
    } else {
      v.put(Kpi.VACANT_SHIFT_HOURS, Optional.empty());
      v.put(Kpi.VACANT_WEEKEND_HOURS, Optional.empty());
      v.put(Kpi.LONG_SHIFT_WEEKEND_SHARE, Optional.empty());
    }
    if (options.weekendCoverage() == WeekendHoursCoverage.Variant.ACTUAL) {
      v.put(Kpi.WEEKEND_HOURS_COVERAGE, WeekendHoursCoverage.actual(period.workRecords(), population).percent());
    }
    v.putIfAbsent(Kpi.WEEKEND_HOURS_COVERAGE, Optional.empty());
    LocalDate cohortTo = ref.minus(options.earlyLeavingWithin());
    v.put(
        Kpi.EARLY_LEAVER_SHARE,
        EarlyLeaverShare.of(period.employees(), cohortTo.minusYears(1).plusDays(1), cohortTo, options.earlyLeavingWithin())
            .asRatio()
            .percent());
    return v;
  }

  /** {@code "2 years"} for P2Y; other periods in ISO-8601 ({@code "P18M"}). */
  private static String describe(java.time.Period period) {
    return period.getMonths() == 0 && period.getDays() == 0
        ? period.getYears() + (period.getYears() == 1 ? " year" : " years")
        : period.toString();
  }

  private static ImmutableList<String> notes(ScorecardOptions o) {
    String excluded =
        o.excludedContractTypes().isEmpty()
            ? "no contract type left out"
            : "without " + o.excludedContractTypes().stream().map(ContractType::name).sorted().collect(Collectors.joining(", "));
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    notes.add("Population: persons holding a position on the reference date, " + excluded + "; a person's positions are summed.");
    notes.add(
        "Average position size: mean over persons"
            + (o.capPositionAtFullTime() ? ", each capped at 100 %." : ", not capped at 100 %."));
    notes.add(
        o.sickLeave() == SickLeave.Variant.DAY_WORKS
            ? "Sick leave: day works (SSB/NAV): sick agreed days × position × degree over agreed days × position; agreed days are Monday to Friday except public holidays."
            : "Sick leave: hours: sick absence hours over "
                + (o.sickLeaveHoursBase() == SickLeave.HoursBase.PLANNED ? "planned hours (ordinary + sick)." : "contractual hours (position × full-time week)."));
    notes.add("Extra hours and overtime: meirarbeid plus tariff overtime from the work records; overtime only leaves meirarbeid out.");
    notes.add(
        o.formalEducation() == FormalEducationShare.Basis.FTE
            ? "Formal health education: share of agreed FTEs (KOSTRA), every position held on the reference date."
            : "Formal health education: share of persons in the population.");
    String window = o.weekendWindow().toString();
    switch (o.weekendCoverage()) {
      case PLANNED:
        notes.add("Weekend hours coverage: A, planned: required weekend hours the base rotation assigns, over those the staffing plan requires; weekend " + window + ".");
        break;
      case ACTUAL:
        notes.add("Weekend hours coverage: B, actual: the population's ordinary Saturday and Sunday hours over all hours worked then.");
        break;
      default:
        notes.add("Weekend hours coverage: C, capacity: weekend hours per worked weekend ÷ weekend frequency, summed over staff, over required weekend hours per week; weekend " + window + ".");
    }
    notes.add("Law overtime: hours beyond " + o.lawDailyLimit().toHours() + " h a day or " + o.lawWeeklyLimit().toHours() + " h a week, per person and calendar week.");
    notes.add("Vacant shift hours and long-shift share: from the base rotation against the staffing plan.");
    String within = describe(o.earlyLeavingWithin());
    notes.add("New hires leaving: persons hired in the 12 months ending " + within + " before the reference date who left within " + within + ".");
    notes.add("–: cannot be computed (no population, no base rotation or no new hires).");
    return notes.build();
  }
}
