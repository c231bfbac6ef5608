package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.careroster.core.Checks.checkNotBlank;

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
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ShiftType {

  private static final Duration MAX_DURATION = Duration.ofHours(24);

  ShiftType() {}

  /** Short code shown in roster grids and used in saved rosters, e.g. {@code "D"}, {@code "LD"}. */
  public abstract String code();

  /** Wall-clock start time in Europe/Oslo. */
  public abstract LocalTime start();

  /** Wall-clock length including any paid break; more than zero and at most 24 hours. */
  public abstract Duration duration();

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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkNotBlank(code(), "ShiftType", "code");
    checkArgument(
        duration().compareTo(Duration.ZERO) > 0 && duration().compareTo(MAX_DURATION) <= 0,
        "ShiftType %s: duration (%s) must be more than 0 and at most 24 hours",
        code(),
        duration());
  }

  /** Builds a {@link ShiftType}; every attribute is required. */
  public static final class Builder extends ImmutableShiftType.Builder {
    Builder() {}
  }
}
