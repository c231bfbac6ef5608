package org.careroster.core;

/**
 * Which days a {@link StaffingRequirement} applies to. Among rows of one shift that count the same
 * people, the most specific kind matching a date wins, in this order: {@link #DATE}, {@link
 * #PUBLIC_HOLIDAY}, {@link #WEEKDAY} or {@link #WEEKEND}, {@link #EVERY_DAY} (see {@link
 * StaffingPlan#requirementsOn}). A public holiday without public-holiday rows is staffed as a
 * weekend day (aml § 10-10 treats holidays as Sundays).
 */
public enum DayKind {
  /** Every day. */
  EVERY_DAY,
  /** Monday to Friday, public holidays excepted. */
  WEEKDAY,
  /** Saturday and Sunday, and public holidays without rows of their own. */
  WEEKEND,
  /** Norwegian public holidays in a calendar plan (never in a cyclic base rotation). */
  PUBLIC_HOLIDAY,
  /** One specific date, given in {@link StaffingRequirement#date()}. */
  DATE
}
