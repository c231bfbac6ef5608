package org.careroster.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters of the option values the commands share: durations, whole and positive
 * numbers, thread counts and dates. A value they reject is an {@link Invalid}, which {@link
 * RosterCli} prints as {@code --option ("value") must be ...}.
 */
final class OptionValues {

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** The most threads a search may use (the solver's own bound). */
  static final int MAX_THREADS = 64;

  private OptionValues() {}

  /** A rejected option value: the message says what was expected ("must be positive"). */
  static final class Invalid extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    Invalid(String expectation) {
      super(expectation);
    }
  }

  /**
   * {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, ISO-8601 ({@code PT30S}) or a bare number
   * of seconds ({@code 60}); positive.
   */
  static final class DurationValue implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return duration(value);
    }
  }

  /** Any whole number ({@code long}). */
  static final class WholeNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return number(value);
    }
  }

  /** A whole number above zero ({@code long}). */
  static final class PositiveNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      long n = number(value);
      if (n <= 0) {
        throw new Invalid("must be positive");
      }
      return n;
    }
  }

  /** A thread count, 1 to {@value #MAX_THREADS}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long n = number(value);
      if (n < 1 || n > MAX_THREADS) {
        throw new Invalid("must be from 1 to " + MAX_THREADS);
      }
      return (int) n;
    }
  }

  /** A number of weeks, 1 to 53 (a calendar plan's range). */
  static final class Weeks implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long n = number(value);
      if (n < 1 || n > org.careroster.core.CalendarRollout.MAX_WEEKS) {
        throw new Invalid("must be from 1 to " + org.careroster.core.CalendarRollout.MAX_WEEKS);
      }
      return (int) n;
    }
  }

  /** An ISO date such as {@code 2027-01-04}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new Invalid("must be a date such as 2027-01-04");
      }
    }
  }

  /** The duration {@code value} as {@link DurationValue} reads it. */
  static Duration duration(String value) {
    Duration duration;
    Matcher simple = SIMPLE_DURATION.matcher(value);
    try {
      if (value.matches("\\d+")) {
        duration = Duration.ofSeconds(Long.parseLong(value));
      } else if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        switch (simple.group(2)) {
          case "ms":
            duration = Duration.ofMillis(amount);
            break;
          case "s":
            duration = Duration.ofSeconds(amount);
            break;
          case "m":
            duration = Duration.ofMinutes(amount);
            break;
          default:
            duration = Duration.ofHours(amount);
        }
      } else {
        duration = Duration.parse(value);
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new Invalid("must be a duration such as 60, 30s, 500ms, 2m or PT30S");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new Invalid("must be positive");
    }
    return duration;
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new Invalid("must be a whole number");
    }
  }

  /** {@code en} or {@code nn}: the language of an HTML page. */
  static final class PageLanguage implements ITypeConverter<org.careroster.views.RosterPage.Language> {
    @Override
    public org.careroster.views.RosterPage.Language convert(String value) {
      switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "en":
          return org.careroster.views.RosterPage.Language.ENGLISH;
        case "nn":
          return org.careroster.views.RosterPage.Language.NYNORSK;
        default:
          throw new Invalid("must be en or nn");
      }
    }
  }
}
