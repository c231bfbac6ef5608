package org.careroster.core;

import static org.careroster.core.Checks.checkNotBlank;
import static org.careroster.core.Checks.require;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An employee's wish for whole weeks of vacation from a Monday, ranked among their wishes (1 the
 * most wanted; wishes of other ranks are alternatives). A wish marked {@link #must()} is a fixed
 * point the plan has to keep (e.g. a wedding).
 *
 * <pre>{@code
 * VacationWish.builder().employee("E7").rank(1).from(LocalDate.of(2027, 7, 5)).weeks(3).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacationWish.class)
@JsonDeserialize(as = ImmutableVacationWish.class)
public abstract class VacationWish {

  VacationWish() {}

  /** Id of the {@link Employee}. */
  public abstract String employee();

  /** Rank among the employee's wishes, 1 the most wanted. */
  public abstract int rank();

  /** The first day off; a Monday. */
  public abstract LocalDate from();

  /** Whole weeks off, 1 to 6. */
  public abstract int weeks();

  /** Whether the plan must grant exactly this; false unless set. */
  @Value.Default
  public boolean must() {
    return false;
  }

  /** The last day off, the Sunday {@link #weeks()} weeks on. */
  public final LocalDate to() {
    return from().plusWeeks(weeks()).minusDays(1);
  }

  /** Whether this wish and {@code other} share a day. */
  public final boolean overlaps(VacationWish other) {
    return !to().isBefore(other.from()) && !other.to().isBefore(from());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(employee(), "VacationWish", "employee");
    String subject = "VacationWish of " + employee();
    require(rank() >= 1, subject, "rank", rank(), "must be 1 or more (1 is the most wanted)");
    require(from().getDayOfWeek() == DayOfWeek.MONDAY, subject, "from", from(),
        "must be a Monday (vacation is planned in whole weeks); it is a " + from().getDayOfWeek());
    require(weeks() >= 1 && weeks() <= 6, subject, "weeks", weeks(), "must be from 1 to 6");
  }

  /** Builds a {@link VacationWish}; employee, rank, from and weeks are required. */
  public static final class Builder extends ImmutableVacationWish.Builder {
    Builder() {}
  }
}
