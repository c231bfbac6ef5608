package org.careroster.constraints.year;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.careroster.core.Absence;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Roster;
import org.immutables.value.Value;

/**
 * What to roll a base rotation out into: the first Monday, the number of weeks, the known
 * absences, the plan in force before it, and how long the adjustments may search.
 *
 * <pre>{@code
 * PlanOptions year = PlanOptions.builder().from(LocalDate.of(2027, 1, 4)).weeks(52)
 *     .addAbsences(vacation).timeLimit(Duration.ofSeconds(20)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class PlanOptions {

  PlanOptions() {}

  /** The plan's first day; must be a Monday. */
  public abstract LocalDate from();

  /** Weeks in the plan, 1 to {@value CalendarRollout#MAX_WEEKS}. */
  public abstract int weeks();

  /** Known absences in the plan: vacation, leave, courses, long sick leave. */
  public abstract ImmutableList<Absence> absences();

  /**
   * The plan in force before this one (the previous year's calendar plan), if any: its last
   * {@value CalendarPlanner#HISTORY_DAYS} days are kept as they are and judged together with the
   * new plan, so that rest, runs, weekends and free Sundays across the turn from the old plan to the
   * new one obey the rules. Its assignments must lie before {@link #from()} and name the base's
   * staff and shift types; earlier days are ignored.
   */
  public abstract Optional<Roster> previous();

  /** Wall-clock limit of the adjustments; 20 s unless set. */
  @Value.Default
  public Duration timeLimit() {
    return Duration.ofSeconds(20);
  }

  /** Seed of the solver's randomised search; 0 unless set. */
  @Value.Default
  public long seed() {
    return 0;
  }

  /** Threads of the solver, 1 to 64; 1 unless set. */
  @Value.Default
  public int threads() {
    return 1;
  }

  /**
   * Whether two holiday groups take turns with Christmas, New Year and Easter ({@link
   * HolidayGroup}); true unless set.
   */
  @Value.Default
  public boolean holidayGroups() {
    return true;
  }

  /** A new builder; from and weeks are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    CalendarRollout.horizon(from(), weeks());
    if (timeLimit().isNegative() || timeLimit().isZero()) {
      throw new InvalidModelException("PlanOptions", "timeLimit", timeLimit(), "must be positive");
    }
    if (threads() < 1 || threads() > 64) {
      throw new InvalidModelException("PlanOptions", "threads", threads(), "must be from 1 to 64");
    }
    if (previous().isPresent()) {
      ImmutableList<Assignment> before = previous().get().assignments();
      for (int i = 0; i < before.size(); i++) {
        if (!before.get(i).date().isBefore(from())) {
          throw new InvalidModelException("PlanOptions", "previous.assignments[" + i + "].date",
              before.get(i).date(), "must lie before the plan's first day (" + from() + ")");
        }
      }
    }
  }

  /** Builds {@link PlanOptions}. */
  public static final class Builder extends ImmutablePlanOptions.Builder {
    Builder() {}
  }
}
