/**
 * The rule catalogue, the validator and the solver.
 *
 * <p>A {@link org.careroster.constraints.Rule} both explains a concrete roster ({@link
 * org.careroster.constraints.Rule#check}) and encodes itself into the solver ({@link
 * org.careroster.constraints.Rule#post}); the two paths share their numbers, so every roster the
 * {@link org.careroster.constraints.RosterSolver} returns passes the {@link
 * org.careroster.constraints.RosterValidator} with zero hard violations. Rules are created through
 * {@link org.careroster.constraints.Rules} and grouped in a {@link
 * org.careroster.constraints.RuleSet}; {@link org.careroster.constraints.RuleSets} holds presets.
 *
 * <p>No Choco Solver type appears in this package's public signatures: the encoder lives in
 * {@code internal}, and rule authors who need Choco use the small SPI in {@code spi}.
 */
@RosterStyle
package org.careroster.constraints;

import org.careroster.core.RosterStyle;
