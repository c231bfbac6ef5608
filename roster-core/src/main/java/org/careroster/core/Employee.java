package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.core.Checks.checkNotBlank;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A person on the ward's staff, with the role and position size they are employed in.
 *
 * <pre>{@code
 * Employee kari = Employee.builder()
 *     .id("E1").name("Kari Nordmann").role(Role.NURSE).positionPercent(62.91)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Employee {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Employee() {}

  /** Stable id, unique within a problem, e.g. {@code "E7"}. */
  public abstract String id();

  /** Display name. */
  public abstract String name();

  /** The role the person is employed in. */
  public abstract Role role();

  /**
   * Position size in percent of a full-time position, from 0 (hourly substitute) to 100; exact
   * decimals such as 62.91 are kept as they are.
   */
  public abstract BigDecimal positionPercent();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(id(), "Employee", "id");
    checkNotBlank(name(), "Employee " + id(), "name");
    checkArgument(
        positionPercent().signum() >= 0 && positionPercent().compareTo(HUNDRED) <= 0,
        "Employee %s: positionPercent (%s) must be between 0 and 100",
        id(),
        positionPercent().toPlainString());
  }

  /** Builds an {@link Employee}; every attribute is required. */
  public static final class Builder extends ImmutableEmployee.Builder {
    Builder() {}

    /**
     * Sets the position size from a decimal literal such as {@code 62.91}, kept exactly as written
     * (via {@link BigDecimal#valueOf(double)}).
     */
    public Builder positionPercent(double percent) {
      checkArgument(Double.isFinite(percent), "positionPercent (%s) must be a finite number", percent);
      return positionPercent(BigDecimal.valueOf(percent));
    }
  }
}
