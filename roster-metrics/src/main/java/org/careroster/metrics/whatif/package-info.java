/**
 * What-if questions of the TØRN programme: what a weekend frequency, long shifts, task-sharing and
 * other positions do to the heads a ward needs, its position sizes and its cover.
 *
 * <p>{@link org.careroster.metrics.whatif.WeekendBound} is the search-free arithmetic (RULES.md
 * §5.4): the people each weekend needs, the heads a frequency requires, and the largest average
 * position size and full-time share they allow. Scenarios are {@link org.careroster.core.Scenario}
 * values of roster-core.
 */
package org.careroster.metrics.whatif;
