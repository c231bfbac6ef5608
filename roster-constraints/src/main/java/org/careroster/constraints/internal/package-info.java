/**
 * The Choco Solver encoding behind {@link org.careroster.constraints.RosterSolver}; not an API.
 */
package org.careroster.constraints.internal;
