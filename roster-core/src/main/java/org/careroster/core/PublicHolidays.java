package org.careroster.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Norwegian public holidays (helgedagar and the two høgtidsdagar 1 and 17 May) for any year, from
 * the jollyday library, Easter-based ones included.
 *
 * <pre>{@code
 * PublicHolidays.norway().isHoliday(LocalDate.of(2027, 3, 26))   // true: Good Friday 2027
 * }</pre>
 *
 * <p>Thread-safe; each year is computed once and kept.
 */
public final class PublicHolidays {

  private static final PublicHolidays NORWAY = new PublicHolidays();

  private final ConcurrentMap<Integer, ImmutableSortedMap<LocalDate, String>> byYear =
      new ConcurrentHashMap<>();
  private volatile HolidayManager manager;

  private PublicHolidays() {}

  /** The Norwegian calendar. */
  public static PublicHolidays norway() {
    return NORWAY;
  }

  /**
   * The public holidays of {@code year} with their English names, e.g. {@code 2027-03-28 → Easter}.
   *
   * @throws IllegalArgumentException if {@code year} is before 1900 or after 2200
   */
  public ImmutableSortedMap<LocalDate, String> in(int year) {
    checkArgument(year >= 1900 && year <= 2200, "PublicHolidays: year (%s) must be from 1900 to 2200", year);
    return byYear.computeIfAbsent(year, this::load);
  }

  /** Whether {@code date} is a Norwegian public holiday. */
  public boolean isHoliday(LocalDate date) {
    return in(date.getYear()).containsKey(date);
  }

  /** The public holidays from {@code start} to {@code end}, both included. */
  public ImmutableSortedMap<LocalDate, String> between(LocalDate start, LocalDate end) {
    ImmutableSortedMap.Builder<LocalDate, String> result = ImmutableSortedMap.naturalOrder();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      in(year).forEach(
              (date, name) -> {
                if (!date.isBefore(start) && !date.isAfter(end)) {
                  result.put(date, name);
                }
              });
    }
    return result.build();
  }

  private ImmutableSortedMap<LocalDate, String> load(int year) {
    // Two holidays may share a date (Whit Monday on 17 May in 2027): keep both names.
    TreeMap<LocalDate, String> result = new TreeMap<>();
    for (Holiday holiday : manager().getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
      result.merge(holiday.getDate(), holiday.getDescription(Locale.ENGLISH), (a, b) -> a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a);
    }
    return ImmutableSortedMap.copyOf(result);
  }

  private HolidayManager manager() {
    HolidayManager result = manager;
    if (result == null) {
      synchronized (this) {
        result = manager;
        if (result == null) {
          result = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NORWAY));
          manager = result;
        }
      }
    }
    return result;
  }
}
