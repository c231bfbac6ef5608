package org.careroster.core;

/** Why an employee is away. */
public enum AbsenceKind {
  /** Sick leave (sjukefråvær), self- or doctor-certified, possibly graded. */
  SICK_LEAVE,
  /** Annual leave (ferie). */
  VACATION,
  /** Other leave (permisjon), paid or unpaid. */
  LEAVE,
  /** Course or training away from the ward. */
  COURSE
}
