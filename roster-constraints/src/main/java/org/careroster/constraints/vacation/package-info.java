/**
 * Vacation (ferieavvikling) under the Holidays Act (Ferieloven): {@link
 * org.careroster.constraints.vacation.VacationCheck} judges the vacations a plan gives against a
 * holiday year's {@link org.careroster.core.VacationYear}, with the same {@link
 * org.careroster.constraints.Violation}s and explanations (en, nn) as the roster rules.
 */
package org.careroster.constraints.vacation;
