package org.careroster.constraints;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.ShiftType;

/**
 * One assignment of a roster with its real start and end in Europe/Oslo, as rules see it.
 *
 * <p>In a cyclic horizon a rule may also see copies of shifts from the rotation's previous or next
 * turn: their {@link #date()} lies outside the horizon, shifted by whole turns, while {@link
 * #assignment()} is the assignment as written.
 */
public final class WorkedShift {

  private final Assignment assignment;
  private final Employee employee;
  private final ShiftType type;
  private final LocalDate date;
  private final Timing timing;

  WorkedShift(Assignment assignment, Employee employee, ShiftType type, LocalDate date, Timing timing) {
    this.assignment = assignment;
    this.employee = employee;
    this.type = type;
    this.date = date;
    this.timing = timing;
  }

  /** When a shift type worked on a date starts and ends; shared by everyone working it. */
  static final class Timing {
    final ZonedDateTime start;
    final ZonedDateTime end;
    final long minutes;
    final long nightMinutes;
    final long startSecond;
    final long endSecond;

    Timing(ShiftType type, LocalDate date) {
      this.start = type.startsAt(date);
      this.end = type.endsAt(date);
      this.startSecond = start.toEpochSecond();
      this.endSecond = end.toEpochSecond();
      this.minutes = type.realDuration(date).toMinutes();
      this.nightMinutes = type.nightDuration(date).toMinutes();
    }
  }

  /** The assignment as written in the roster. */
  public Assignment assignment() {
    return assignment;
  }

  /** The employee who works the shift. */
  public Employee employee() {
    return employee;
  }

  /** The shift type worked. */
  public ShiftType type() {
    return type;
  }

  /** The date the shift starts on (outside the horizon for a copy from another turn). */
  public LocalDate date() {
    return date;
  }

  /** The real instant the shift starts. */
  public ZonedDateTime start() {
    return timing.start;
  }

  /** The real instant the shift ends. */
  public ZonedDateTime end() {
    return timing.end;
  }

  /** The start as seconds since the epoch: cheap to compare and subtract. */
  public long startSecond() {
    return timing.startSecond;
  }

  /** The end as seconds since the epoch. */
  public long endSecond() {
    return timing.endSecond;
  }

  /** Real minutes worked, daylight-saving changes included (paid breaks count as work). */
  public long minutes() {
    return timing.minutes;
  }

  /** Real minutes worked in the night window 21:00–06:00 (aml § 10-11 (1)). */
  public long nightMinutes() {
    return timing.nightMinutes;
  }

  /** Whether the assignment is marked as overtime. */
  public boolean isOvertime() {
    return assignment.overtime();
  }

  @Override
  public String toString() {
    return employee.id() + " " + type.code() + "@" + date;
  }
}
