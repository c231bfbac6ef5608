package org.careroster.core;

/** What kind of shift a {@link ShiftType} is, as a ward names it. */
public enum ShiftCategory {
  /** Day shift (dagvakt), e.g. D 07:30–15:00. */
  DAY,
  /** Evening shift (aftenvakt / kveldsvakt), e.g. A 14:30–22:00. */
  EVENING,
  /** Night shift (nattevakt), e.g. N 21:45–07:45. */
  NIGHT,
  /** Long shift (langvakt), e.g. the weekend LD 08:00–20:30; needs agreement and consent. */
  LONG
}
