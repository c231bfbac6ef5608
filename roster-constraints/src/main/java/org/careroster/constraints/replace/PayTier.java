package org.careroster.constraints.replace;

/**
 * How a replacement is paid and where it comes from, in the order a ward asks (RULES.md §2.4): a
 * part-timer's extra hours first, then overtime, then staff from another unit, then an agency.
 */
public enum PayTier {
  /**
   * Extra hours of a part-timer (meirarbeid) within what a full-time position has, paid at the
   * ordinary rate; also an hourly substitute's ordinary hours.
   */
  EXTRA_HOURS,
  /** Overtime under the tariff: paid with the 50 % or 100 % supplement. */
  OVERTIME,
  /** Someone whose home unit is another unit but who may work in the vacant shift's unit. */
  OTHER_UNIT,
  /** Hired in from a staffing agency (innleie): nobody on the staff list. */
  AGENCY
}
