package org.careroster.core;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Argument checks shared by the value types; each failure is an {@link InvalidModelException}. */
final class Checks {
  private Checks() {}

  /** Fails unless {@code condition} holds. */
  static void require(
      boolean condition, String subject, String path, Object value, String expectation) {
    if (!condition) {
      throw new InvalidModelException(subject, path, value, expectation);
    }
  }

  /**
   * The decimal literal {@code value} exactly as written (via {@link BigDecimal#valueOf(double)}, so
   * 62.91 stays 62.91); fails for NaN and infinities.
   */
  static BigDecimal exactDecimal(double value, String subject, String field) {
    require(Double.isFinite(value), subject, field, value, "must be a finite number");
    return BigDecimal.valueOf(value);
  }

  /** Fails unless {@code value} has a non-whitespace character. */
  static void checkNotBlank(String value, String subject, String field) {
    require(!value.isBlank(), subject, field, value, "must not be blank");
  }

  /** Fails at the first item whose key repeats an earlier one. */
  static <T> void checkUnique(
      ImmutableList<T> items, Function<T, String> key, String subject, String list, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      require(seen.add(value), subject, list + "[" + i + "]." + field, value, "is a duplicate");
    }
  }

  /** Fails unless {@code id} is one of {@code known}, listing the known ids. */
  static void checkKnown(
      String id, Collection<String> known, String subject, String path, String what) {
    if (!known.contains(id)) { // the message lists every known id: build it only on failure
      throw new InvalidModelException(subject, path, id, "is not " + what + "; known: " + known);
    }
  }
}
