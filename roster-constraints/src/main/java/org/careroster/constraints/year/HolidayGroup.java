package org.careroster.constraints.year;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One of the two groups that take turns with the big holidays (høgtidsturnus): the group's staff
 * and the holiday dates it is planned to have off. The group off at Christmas works New Year, the
 * one off at New Year works Christmas, and the turn at Easter is the other way round from
 * Christmas; the groups swap each year.
 */
@Value.Immutable
public abstract class HolidayGroup {

  HolidayGroup() {}

  /** {@code "A"} or {@code "B"}. */
  public abstract String name();

  /** Ids of the staff in the group, in staff order. */
  public abstract ImmutableList<String> employees();

  /** The dates of the plan this group asks to have off: its Christmas, New Year or Easter days. */
  public abstract ImmutableSortedSet<LocalDate> off();

  static ImmutableHolidayGroup.Builder builder() {
    return ImmutableHolidayGroup.builder();
  }
}
