/**
 * The rule catalogue: one class per rule of {@code docs/CATALOGUE.md}, created through {@link
 * org.careroster.constraints.Rules}.
 */
@RosterStyle
package org.careroster.constraints.rules;

import org.careroster.core.RosterStyle;
