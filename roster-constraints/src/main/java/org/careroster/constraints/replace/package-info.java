/**
 * Sick calls and vacant shifts: who should be asked to fill a shift, what each choice costs and
 * breaks, and a minimal-change repair of a published roster after new absences.
 *
 * <ul>
 *   <li>{@link org.careroster.constraints.replace.ReplacementAdvisor} ranks the candidates for one
 *       {@link org.careroster.constraints.replace.Vacancy}: a part-timer's extra hours (meirarbeid)
 *       before overtime before staff from another unit before an agency, each priced by a
 *       transparent {@link org.careroster.constraints.replace.CostModel}; candidates who would
 *       break a hard rule are listed apart as {@link
 *       org.careroster.constraints.replace.Exclusion}s with the violations.
 *   <li>{@link org.careroster.constraints.replace.RosterRepair} re-solves after new absences,
 *       keeping the published assignments of unaffected staff and changing as few employee-days
 *       as it can; its {@link org.careroster.constraints.replace.RepairResult} lists the changes
 *       and the {@link org.careroster.constraints.replace.VacantShiftReport} of demand still
 *       unmet.
 * </ul>
 *
 * <pre>{@code
 * ReplacementAdvice advice = new ReplacementAdvisor(RuleSets.kommuneDefault())
 *     .advise(problem, roster, Vacancy.of(LocalDate.of(2027, 1, 12), "D"));
 * advice.candidates().forEach(c -> System.out.println(c.describe()));
 * }</pre>
 */
@RosterStyle
package org.careroster.constraints.replace;

import org.careroster.core.RosterStyle;
