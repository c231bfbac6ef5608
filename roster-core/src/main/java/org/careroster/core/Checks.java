package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;

/** Argument checks shared by the value types, with messages that name the subject and field. */
final class Checks {
  private Checks() {}

  /** Fails unless {@code value} has a non-whitespace character. */
  static void checkNotBlank(String value, String subject, String field) {
    checkArgument(!value.isBlank(), "%s: %s must not be blank (was \"%s\")", subject, field, value);
  }
}
