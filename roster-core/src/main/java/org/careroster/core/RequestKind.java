package org.careroster.core;

/** What an employee asks for in a {@link Request}. */
public enum RequestKind {
  /** To work (the given shift, or any shift when none is given). */
  WORK,
  /** To be off (the given shift, or the whole day when none is given). */
  OFF
}
