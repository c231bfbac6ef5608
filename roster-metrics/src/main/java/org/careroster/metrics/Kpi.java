package org.careroster.metrics;

/**
 * The rows of the scorecard, in the order they are printed: the seven the seeds' wards report,
 * then what their projects also track. Each has a stable id, a label and a unit.
 */
public enum Kpi {
  /** Persons in the population on the reference date. */
  STAFF("staff", "Staff (persons)", Unit.PERSONS),
  /** {@link FullTimeShare}. */
  FULL_TIME_SHARE("full-time-share", "Full-time share", Unit.PERCENT),
  /** {@link AveragePositionSize}. */
  AVERAGE_POSITION_SIZE("average-position-size", "Average position size", Unit.PERCENT),
  /** {@link SickLeave}. */
  SICK_LEAVE("sick-leave", "Sick leave", Unit.PERCENT),
  /** {@link ExtraHours#plusOvertime}: meirarbeid and tariff overtime. */
  EXTRA_AND_OVERTIME_HOURS("extra-and-overtime-hours", "Extra hours and overtime", Unit.HOURS),
  /** {@link OvertimeHours}: tariff overtime only. */
  OVERTIME_HOURS("overtime-hours", "Overtime only", Unit.HOURS),
  /** {@link FormalEducationShare}. */
  FORMAL_EDUCATION_SHARE("formal-education-share", "Formal health education", Unit.PERCENT),
  /** {@link WeekendHoursCoverage}. */
  WEEKEND_HOURS_COVERAGE("weekend-hours-coverage", "Weekend hours coverage", Unit.PERCENT),
  /** {@link ExtraHours}: meirarbeid alone. */
  EXTRA_HOURS("extra-hours", "Extra hours (meirarbeid)", Unit.HOURS),
  /** {@link LawOvertimeHours}. */
  LAW_OVERTIME_HOURS("law-overtime-hours", "Law overtime (aml § 10-4)", Unit.HOURS),
  /** {@link VacantShiftHours#total}. */
  VACANT_SHIFT_HOURS("vacant-shift-hours", "Vacant shift hours", Unit.HOURS),
  /** {@link VacantShiftHours#weekend}. */
  VACANT_WEEKEND_HOURS("vacant-weekend-hours", "Vacant weekend shift hours", Unit.HOURS),
  /** {@link AgencyHours}. */
  AGENCY_HOURS("agency-hours", "Agency hours", Unit.HOURS),
  /** {@link LongShiftShare}. */
  LONG_SHIFT_WEEKEND_SHARE("long-shift-weekend-share", "Long-shift share of weekend hours", Unit.PERCENT),
  /** {@link EarlyLeaverShare}. */
  EARLY_LEAVER_SHARE("early-leaver-share", "New hires leaving within 2 years", Unit.PERCENT);

  /** What a row's numbers are, and how they are printed. */
  public enum Unit {
    /** A head count, printed as a whole number; changes in persons. */
    PERSONS(0, "", ""),
    /** A percentage, printed with one decimal; changes in percentage points. */
    PERCENT(1, " %", " pp"),
    /** Hours, printed as whole hours; changes in hours. */
    HOURS(0, " h", " h");

    private final int decimals;
    private final String suffix;
    private final String changeSuffix;

    Unit(int decimals, String suffix, String changeSuffix) {
      this.decimals = decimals;
      this.suffix = suffix;
      this.changeSuffix = changeSuffix;
    }

    /** Decimals printed. */
    public int decimals() {
      return decimals;
    }

    /** What follows a value in text, e.g. {@code " %"}. */
    public String suffix() {
      return suffix;
    }

    /** What follows a change in text, e.g. {@code " pp"}. */
    public String changeSuffix() {
      return changeSuffix;
    }
  }

  private final String id;
  private final String label;
  private final Unit unit;

  Kpi(String id, String label, Unit unit) {
    this.id = id;
    this.label = label;
    this.unit = unit;
  }

  /** Stable kebab-case id, used in CSV and JSON: {@code "full-time-share"}. */
  public String id() {
    return id;
  }

  /** Row heading: {@code "Full-time share"}. */
  public String label() {
    return label;
  }

  /** The row's unit. */
  public Unit unit() {
    return unit;
  }
}
