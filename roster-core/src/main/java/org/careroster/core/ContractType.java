package org.careroster.core;

/** How a person is employed; KPI populations exclude some types (RULES.md §4.1). */
public enum ContractType {
  /** Permanent position (fast stilling). */
  PERMANENT,
  /** Temporary position, e.g. covering a leave (midlertidig / vikariat). */
  TEMPORARY,
  /** Hourly-paid substitute without a position (timevikar, tilkallingsvikar). */
  HOURLY_SUBSTITUTE,
  /** Student working alongside studies. */
  STUDENT,
  /** Apprentice (lærling) in the health-worker programme. */
  APPRENTICE
}
