/**
 * The planning year: a base rotation rolled out into a dated calendar plan, and the year accounts
 * of that plan ({@link org.careroster.constraints.year.YearAccounts}).
 */
@RosterStyle
package org.careroster.constraints.year;

import org.careroster.core.RosterStyle;
