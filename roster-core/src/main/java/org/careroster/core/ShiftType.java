package org.careroster.core;

import static org.careroster.core.Checks.require;
import static org.careroster.core.Checks.checkNotBlank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A kind of shift on a ward, e.g. the day shift {@code D 07:30, 7h30} or the night shift {@code N
 * 21:45, 10h}.
 *
 * <p>A shift is defined on the wall clock: it starts at {@link #start()} and ends {@link
 * #duration()} later as the clock on the ward's wall reads it. On the nights the clocks change, the
 * real elapsed time differs: {@link #realDuration(LocalDate)} of a night shift is one hour shorter
 * when the clocks go forward and one hour longer when they go back. Rules that measure rest or
 * hours use the real instants from {@link #startsAt(LocalDate)} and {@link #endsAt(LocalDate)}.
 *
 * <pre>{@code
 * ShiftType night = ShiftType.builder()
 *     .code("N").start(LocalTime.of(21, 45)).duration(Duration.ofHours(10))
 *     .category(ShiftCategory.NIGHT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableShiftType.class)
@JsonDeserialize(as = ImmutableShiftType.class)
public abstract class ShiftType {

  private static final Duration MAX_DURATION = Duration.ofHours(24);

  /** Shifts longer than this need an averaging agreement (aml § 10-5, RULES.md §2.2). */
  public static final Duration LONG_SHIFT_THRESHOLD = Duration.ofHours(9);

  /** Start of the night window of aml § 10-11 (1): 21:00. */
  public static final LocalTime NIGHT_START = LocalTime.of(21, 0);

  /** End of the night window of aml § 10-11 (1): 06:00 the next morning. */
  public static final LocalTime NIGHT_END = LocalTime.of(6, 0);

  ShiftType() {}

  /** Short code shown in roster grids and used in saved rosters, e.g. {@code "D"}, {@code "LD"}. */
  public abstract String code();

  /** Wall-clock start time in Europe/Oslo. */
  public abstract LocalTime start();

  /** Wall-clock length including any paid break; more than zero and at most 24 hours. */
  public abstract Duration duration();

  /** Paid break inside the shift (counted as working time); zero unless stated. */
  @Value.Default
  public Duration paidBreak() {
    return Duration.ZERO;
  }

  /** Day, evening, night or long shift. */
  public abstract ShiftCategory category();

  /**
   * Whether this is a long shift (langvakt): of category {@link ShiftCategory#LONG}, or a day or
   * evening shift longer than 9 hours. A long night shift is a night shift, not a langvakt.
   */
  @JsonIgnore
  public final boolean isLong() {
    return category() == ShiftCategory.LONG
        || (category() != ShiftCategory.NIGHT && duration().compareTo(LONG_SHIFT_THRESHOLD) > 0);
  }

  /** The real instant this shift starts when it starts on {@code date}. */
  public final ZonedDateTime startsAt(LocalDate date) {
    return RosterTime.at(date, start());
  }

  /** The real instant this shift ends when it starts on {@code date}, crossing midnight if needed. */
  public final ZonedDateTime endsAt(LocalDate date) {
    return RosterTime.at(date.atTime(start()).plus(duration()));
  }

  /** Real elapsed time of this shift when it starts on {@code date}, daylight-saving changes included. */
  public final Duration realDuration(LocalDate date) {
    return Duration.between(startsAt(date), endsAt(date));
  }

  /**
   * Real time of this shift, started on {@code date}, inside the night window 21:00–06:00 (aml §
   * 10-11 (1)); the N shift 21:45–07:45 has 8 h 15 min, or 7 h 15 min on the night the clocks go
   * forward.
   */
  public final Duration nightDuration(LocalDate date) {
    ZonedDateTime from = startsAt(date);
    ZonedDateTime to = endsAt(date);
    Duration total = Duration.ZERO;
    for (LocalDate night = date.minusDays(1); !night.isAfter(date.plusDays(1)); night = night.plusDays(1)) {
      total =
          total.plus(
              Intervals.overlap(
                  from, to, RosterTime.at(night, NIGHT_START), RosterTime.at(night.plusDays(1), NIGHT_END)));
    }
    return total;
  }

  /** Real time of this shift, started on {@code date}, inside {@code window}. */
  public final Duration weekendDuration(LocalDate date, WeekendWindow window) {
    return window.overlap(startsAt(date), endsAt(date));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(code(), "ShiftType", "code");
    String subject = "ShiftType " + code();
    require(
        duration().compareTo(Duration.ZERO) > 0 && duration().compareTo(MAX_DURATION) <= 0,
        subject,
        "duration",
        duration(),
        "must be more than 0 and at most 24 hours (PT24H)");
    require(
        !paidBreak().isNegative() && paidBreak().compareTo(duration()) < 0,
        subject,
        "paidBreak",
        paidBreak(),
        "must be zero or more and shorter than the duration (" + duration() + ")");
  }

  /** Builds a {@link ShiftType}; code, start, duration and category are required. */
  public static final class Builder extends ImmutableShiftType.Builder {
    Builder() {}
  }
}
