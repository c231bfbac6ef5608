/**
 * The service-provider interface for rule authors who encode a rule into the Choco Solver model.
 *
 * <p>This is the one package of careroster whose signatures name Choco Solver types; it may change
 * with Choco's API.
 */
package org.careroster.constraints.spi;
