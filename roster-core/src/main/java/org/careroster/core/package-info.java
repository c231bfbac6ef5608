/**
 * The careroster domain model: immutable value types for what a Norwegian care ward plans with.
 *
 * <p>A {@link org.careroster.core.Problem} holds the {@link org.careroster.core.PlanningHorizon},
 * the {@link org.careroster.core.Employee}s with their {@link org.careroster.core.Role}s, the
 * {@link org.careroster.core.ShiftType}s and the {@link org.careroster.core.CoverRequirement}s. A
 * {@link org.careroster.core.Roster} is a list of {@link org.careroster.core.Assignment}s that
 * refer to employees by id and shift types by code.
 *
 * <p>Every type is built with a builder and checks its own intrinsic consistency (non-blank ids,
 * percentages from 0 to 100, durations up to 24 hours, references that resolve); an invalid value
 * cannot be built. Care rules that depend on context (rest, cover) are not checked here: they live
 * in {@code org.careroster.constraints}. All dates and times are wall-clock times in Europe/Oslo
 * ({@link org.careroster.core.RosterTime#ZONE}), whatever the JVM's default time zone.
 */
@RosterStyle
package org.careroster.core;
