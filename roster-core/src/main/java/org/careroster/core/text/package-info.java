/**
 * Plain-text views of rosters for logs, terminals and tests: {@link
 * org.careroster.core.text.RosterGrid} prints a roster as a grid of shift codes with hours per
 * person and head counts per shift type. It needs only the model of {@code org.careroster.core}
 * and no logging binding.
 */
package org.careroster.core.text;
