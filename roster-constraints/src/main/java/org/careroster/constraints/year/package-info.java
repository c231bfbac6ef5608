/**
 * The planning year: a base rotation (grunnturnus) rolled out into a dated calendar plan
 * (kalenderplan, årsturnus) of up to 53 weeks, fitted around public holidays, absences and the
 * daylight-saving weekends, and the year accounts of any plan.
 *
 * <ul>
 *   <li>{@link org.careroster.constraints.year.CalendarPlanner} lays the rotation out ({@link
 *       org.careroster.core.CalendarRollout}), replans the weeks around what the calendar breaks
 *       with as few changes as it finds, lets two {@link
 *       org.careroster.constraints.year.HolidayGroup}s take turns with Christmas, New Year and
 *       Easter, and returns a {@link org.careroster.constraints.year.CalendarPlan} with every
 *       {@link org.careroster.constraints.year.PlanChange} and its reason, the vacant shifts and
 *       the accounts.
 *   <li>{@link org.careroster.constraints.year.YearAccounts} gives each employee's worked hours
 *       against the contract (the timebank balance), weekends, nights, long shifts and public
 *       holidays worked against their fair share.
 * </ul>
 *
 * <pre>{@code
 * CalendarPlan year = new CalendarPlanner(RuleSets.kommuneDefault())
 *     .plan(base, baseRoster, PlanOptions.builder().from(LocalDate.of(2027, 1, 4)).weeks(52).build());
 * System.out.println(year.accounts().table());
 * }</pre>
 */
@RosterStyle
package org.careroster.constraints.year;

import org.careroster.core.RosterStyle;
