package org.careroster.constraints;

/** The unit of a violation's measured value and limit. */
public enum Measure {
  /** Minutes of real elapsed time (rest, working time). */
  MINUTES,
  /** A number of people (cover). */
  PEOPLE,
  /** A number of days, shifts, weekends or Sundays. */
  COUNT
}
