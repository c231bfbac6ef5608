/**
 * The contributors' front door for property tests and rule tests against careroster.
 *
 * <ul>
 *   <li>{@link org.careroster.testkit.Wards}: engine-neutral generators, plain functions of a
 *       {@link java.util.random.RandomGenerator} and sizes; {@link Wards#feasible} builds a ward
 *       with a witness roster that meets every minimum and breaks no hard rule of kommune-default.
 *   <li>{@link org.careroster.testkit.Models}: single values with the awkward corners (positions'
 *       scale, contract types, units, overtime, ids), for round trips.
 *   <li>{@link org.careroster.testkit.AtLimit}: rosters exactly at, one minute under and one
 *       minute over a rule's parameter.
 *   <li>{@link org.careroster.testkit.Mutations}: move, swap, drop and add one assignment, for
 *       metamorphic tests.
 *   <li>{@link org.careroster.testkit.Gens}: thin QuickTheories adapters; smaller sizes give
 *       smaller, still valid wards.
 *   <li>{@link org.careroster.testkit.RuleAssert} and {@link org.careroster.testkit.EngineAgreement}:
 *       "given these facts, this rule finds N violations here", and "what the engine returns, the
 *       validator accepts, at the same penalty".
 * </ul>
 */
package org.careroster.testkit;
