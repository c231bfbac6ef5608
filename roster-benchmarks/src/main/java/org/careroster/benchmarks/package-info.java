/**
 * JMH benchmarks of careroster, run from the shaded jar: {@code java -jar
 * roster-benchmarks/target/benchmarks.jar}. Figures go to BENCHMARKS.md; they are never asserted
 * in unit tests.
 */
@RosterStyle
package org.careroster.benchmarks;

import org.careroster.core.RosterStyle;
