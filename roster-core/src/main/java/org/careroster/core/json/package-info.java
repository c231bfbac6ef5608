/**
 * The JSON interchange format of careroster: {@link org.careroster.core.json.RosterJson} reads and
 * writes every model type, and {@link org.careroster.core.json.RosterInputException} says exactly
 * where a document is wrong. The format is described in {@code docs/FORMAT.md} and by the JSON
 * Schemas in {@code docs/schema}.
 */
package org.careroster.core.json;
