/**
 * The Choco Solver encoding that the rules post to: {@link
 * org.careroster.constraints.internal.ChocoRosterModel} (one shift variable per employee and day),
 * the encoding helpers the rules share ({@code TimeEncoding} for minutes and weeks, {@code
 * Encodings} for runs, windows and penalties, {@code Sequences}, {@code Weekends}, {@code
 * WeekWindows}, {@code Windows}), the value order and the LNS neighbourhoods. Not an API: public
 * only so that the rules in {@code org.careroster.constraints.rules} can use it; it may change in
 * any release. It does not depend on the rules.
 */
package org.careroster.constraints.internal;
