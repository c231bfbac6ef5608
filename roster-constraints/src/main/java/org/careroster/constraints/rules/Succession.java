package org.careroster.constraints.rules;

import static org.careroster.constraints.rules.Parameters.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A pair of shift codes, {@code from} on one day and {@code to} on the next, as used by {@link
 * ForbiddenSuccessions}; written in JSON as {@code {"from":"A","to":"D"}}.
 *
 * <pre>{@code
 * Succession eveningThenDay = Succession.of("A", "D");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuccession.class)
@JsonDeserialize(as = ImmutableSuccession.class)
public abstract class Succession {

  Succession() {}

  /**
   * The succession of shift {@code from} on one day and shift {@code to} on the next.
   *
   * @throws org.careroster.core.InvalidModelException if a code is blank
   */
  public static Succession of(String from, String to) {
    return ImmutableSuccession.of(from, to);
  }

  /** Code of the shift on the first day, e.g. {@code "A"}. */
  @Value.Parameter
  public abstract String from();

  /** Code of the shift on the next day, e.g. {@code "D"}. */
  @Value.Parameter
  public abstract String to();

  @Value.Check
  void check() {
    require(!from().isBlank(), ForbiddenSuccessions.ID, "from", from(), "must not be blank");
    require(!to().isBlank(), ForbiddenSuccessions.ID, "to", to(), "must not be blank");
  }

  /** {@code "A → D"}. */
  @Override
  public String toString() {
    return from() + " → " + to();
  }
}
