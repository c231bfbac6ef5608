package org.careroster.constraints.replace;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.careroster.constraints.Violation;

/**
 * The violations of a roster before a change, indexed so that those of the roster after it can be
 * split into new-or-worse and not: a violation is new or worse unless the roster before has one of
 * the same rule, employee, date, end date and shift with at least its penalty.
 */
final class ViolationDiff {

  private record Key(String rule, Optional<String> employee, LocalDate date, Optional<LocalDate> end, Optional<String> shift) {
    static Key of(Violation v) {
      return new Key(v.ruleId(), v.employee(), v.date(), v.endDate(), v.shift());
    }
  }

  private final Map<Key, Long> before = new HashMap<>();

  ViolationDiff(Iterable<Violation> before) {
    for (Violation v : before) {
      this.before.merge(Key.of(v), v.penalty(), Math::max);
    }
  }

  /** The violations of {@code after} that are new or worse, hard ones if {@code hard}, else soft ones. */
  ImmutableList<Violation> newOrWorse(Iterable<Violation> after, boolean hard) {
    ImmutableList.Builder<Violation> result = ImmutableList.builder();
    for (Violation v : after) {
      if (v.severity().isHard() == hard && before.getOrDefault(Key.of(v), -1L) < v.penalty()) {
        result.add(v);
      }
    }
    return result.build();
  }
}
