/**
 * Runnable scenarios and the {@code ./roster} command line: the demo wards ({@link
 * org.careroster.examples.DemoWard}, {@link org.careroster.examples.BaseRotationWard}) and the entry
 * point ({@link org.careroster.examples.RosterCli}). Rosters are printed with {@link
 * org.careroster.core.text.RosterGrid} of roster-core.
 */
package org.careroster.examples;
