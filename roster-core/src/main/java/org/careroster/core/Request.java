package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A wish (ønsketurnus): an employee asks to work or to be off on a date, optionally for one shift,
 * with a weight saying how much it matters. Wishes are soft: a roster may break them at a cost.
 *
 * <pre>{@code
 * Request.builder().employee("E3").date(LocalDate.of(2027, 1, 9)).kind(RequestKind.OFF).weight(5).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequest.class)
@JsonDeserialize(as = ImmutableRequest.class)
public abstract class Request {

  Request() {}

  /** Id of the {@link Employee} asking. */
  public abstract String employee();

  /** The date asked about. */
  public abstract LocalDate date();

  /** Work or off. */
  public abstract RequestKind kind();

  /** Code of the shift asked about; empty means any shift (work) or the whole day (off). */
  public abstract Optional<String> shift();

  /** How much the wish matters, 1 or more; the cost of breaking it. */
  public abstract int weight();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "Request", "employee");
    require(weight() >= 1, "Request of " + employee() + " on " + date(), "weight", weight(), "must be 1 or more");
  }

  /** Builds a {@link Request}; employee, date, kind and weight are required. */
  public static final class Builder extends ImmutableRequest.Builder {
    Builder() {}
  }
}
