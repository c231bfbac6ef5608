package org.careroster.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

  private static final PublicHolidays NORWAY = PublicHolidays.norway();

  private static LocalDate d(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void in_2027_isExactlyTheNorwegianHolidays() {
    // Easter Sunday 2027 is 28 March; Whit Monday falls on 17 May, so 2027 has 11 dates, not 12.
    assertEquals(
        ImmutableList.of(
            d(2027, 1, 1), // New Year's Day
            d(2027, 3, 25), // Maundy Thursday
            d(2027, 3, 26), // Good Friday
            d(2027, 3, 28), // Easter Sunday
            d(2027, 3, 29), // Easter Monday
            d(2027, 5, 1), // 1 May
            d(2027, 5, 6), // Ascension Day
            d(2027, 5, 16), // Whit Sunday
            d(2027, 5, 17), // Whit Monday and Constitution Day
            d(2027, 12, 25), // Christmas Day
            d(2027, 12, 26)), // St Stephen's Day
        NORWAY.in(2027).keySet().asList());
  }

  @Test
  void in_2027_may17_keepsBothNames() {
    String name = NORWAY.in(2027).get(d(2027, 5, 17));
    assertTrue(name.contains("Whit Monday"), name);
    assertTrue(name.contains("Constitution Day"), name);
  }

  @Test
  void in_2028_isExactlyTheNorwegianHolidays() {
    // Easter Sunday 2028 is 16 April.
    assertEquals(
        ImmutableList.of(
            d(2028, 1, 1),
            d(2028, 4, 13),
            d(2028, 4, 14),
            d(2028, 4, 16),
            d(2028, 4, 17),
            d(2028, 5, 1),
            d(2028, 5, 17),
            d(2028, 5, 25),
            d(2028, 6, 4),
            d(2028, 6, 5),
            d(2028, 12, 25),
            d(2028, 12, 26)),
        NORWAY.in(2028).keySet().asList());
  }

  @Test
  void isHoliday_easterBasedDates_areHolidays() {
    assertTrue(NORWAY.isHoliday(d(2027, 3, 25)));
    assertTrue(NORWAY.isHoliday(d(2027, 3, 26)));
    assertTrue(NORWAY.isHoliday(d(2027, 3, 29)));
    assertTrue(NORWAY.isHoliday(d(2028, 4, 14)));
    assertTrue(NORWAY.isHoliday(d(2028, 6, 5)));
  }

  @Test
  void isHoliday_easterSaturday_isNot() {
    assertFalse(NORWAY.isHoliday(d(2027, 3, 27)));
    assertFalse(NORWAY.isHoliday(d(2028, 4, 15)));
  }

  @Test
  void isHoliday_ordinaryDaysAndChristmasEve_areNot() {
    assertFalse(NORWAY.isHoliday(d(2027, 1, 4)));
    assertFalse(NORWAY.isHoliday(d(2027, 12, 24)));
    assertFalse(NORWAY.isHoliday(d(2027, 12, 31)));
  }

  @Test
  void between_acrossNewYear_includesBothEnds() {
    assertEquals(
        ImmutableList.of(d(2027, 12, 25), d(2027, 12, 26), d(2028, 1, 1)),
        NORWAY.between(d(2027, 12, 25), d(2028, 1, 1)).keySet().asList());
  }

  @Test
  void in_yearOutOfRange_fails() {
    assertThrows(IllegalArgumentException.class, () -> NORWAY.in(1899));
  }
}
