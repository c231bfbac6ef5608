/**
 * KPI calculators and the scorecard (målekort) that wards steer by; the formulas follow RULES.md
 * §4 and are collected in {@code docs/KPIS.md}.
 *
 * <p>Each metric is a pure function named by what it measures: {@link
 * org.careroster.metrics.FullTimeShare}, {@link org.careroster.metrics.AveragePositionSize}, {@link
 * org.careroster.metrics.SickLeave}, {@link org.careroster.metrics.ExtraHours}, {@link
 * org.careroster.metrics.OvertimeHours}, {@link org.careroster.metrics.LawOvertimeHours}, {@link
 * org.careroster.metrics.AgencyHours}, {@link org.careroster.metrics.FormalEducationShare}, {@link
 * org.careroster.metrics.WeekendHoursCoverage}, {@link org.careroster.metrics.VacantShiftHours},
 * {@link org.careroster.metrics.LongShiftShare} and {@link org.careroster.metrics.EarlyLeaverShare}.
 * Head counts come as a {@link org.careroster.metrics.Share}, exact quotients as a {@link
 * org.careroster.metrics.Ratio} (empty for an empty whole), hours as a {@link java.time.Duration};
 * the people counted are a {@link org.careroster.metrics.Population}.
 *
 * <p>{@link org.careroster.metrics.Scorecard#of(UnitRecords, ScorecardOptions)} computes every
 * {@link org.careroster.metrics.Kpi} for each period of a {@link
 * org.careroster.metrics.UnitRecords} document and renders it in a {@link
 * org.careroster.metrics.ScorecardFormat}.
 */
@RosterStyle
package org.careroster.metrics;

import org.careroster.core.RosterStyle;
