/**
 * The engine behind {@link org.careroster.constraints.RosterSolver}: {@code WholeModelSolver} (one
 * model over a horizon of up to eight weeks, or a window of a longer plan), its setup (pins, days
 * kept off, the previous roster), the search phases (first roster with restarts, then LNS, a
 * search per thread), the best-roster tracker, the explanation of a failure ({@code
 * ShortfallExplainer}), the one {@code Deadline} every part reads the time limit from, and {@code
 * YearScaleSearch} for calendar plans longer than one model. Not an API: it may change in any
 * release.
 */
package org.careroster.constraints.internal.search;
