/**
 * KPI calculators for the scorecard (målekort) that wards steer by.
 *
 * <p>Each metric is a pure function named by what it measures, e.g. {@link
 * org.careroster.metrics.FullTimeShare}; its formula is in its javadoc.
 */
@RosterStyle
package org.careroster.metrics;

import org.careroster.core.RosterStyle;
