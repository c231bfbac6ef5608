package org.careroster.views;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.careroster.core.Assignment;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterTime;
import org.careroster.core.ShiftType;

/**
 * One employee's shifts as an iCalendar file (RFC 5545), for their phone's calendar: a VEVENT per
 * shift with DTSTART and DTEND in Europe/Oslo (TZID, with the zone's VTIMEZONE), so a night shift
 * across a clock change ends at the right instant; the summary is the kind of shift and its code. The
 * UID is the same on every export of the same employee, date and shift, so re-importing updates
 * the event instead of adding another. Line folding at 75 octets, escaping and CRLF line ends are
 * ical4j's.
 *
 * <pre>{@code
 * String ics = ICalendarExport.of(problem, roster, "S1");
 * Files.writeString(Path.of("S1.ics"), ics);
 * }</pre>
 */
public final class ICalendarExport {

  /** The calendar's PRODID. */
  public static final String PRODUCT = "-//careroster//roster//EN";

  private ICalendarExport() {}

  /**
   * {@code employee}'s shifts in {@code roster} as iCalendar text.
   *
   * @throws IllegalArgumentException if the problem has no such employee, or the roster names a
   *     shift type the problem does not have
   */
  public static String of(Problem problem, Roster roster, String employee) {
    checkNotNull(problem, "problem");
    checkNotNull(roster, "roster");
    Employee person = problem.findEmployee(employee).orElseThrow(() -> new IllegalArgumentException(
        "\"" + employee + "\" is not an employee of the problem; known: " + problem.employees().stream().map(Employee::id).toList()));
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    // ical4j's tz data files Europe/Oslo under Europe/Berlin (a link since tzdata 2022b, with the
    // same rules since 1980): the VTIMEZONE is given the id the events use.
    VTimeZone zone = registry.getTimeZone(RosterTime.ZONE.getId()).getVTimeZone().copy();
    zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
    zone.replace(new TzId(RosterTime.ZONE.getId()));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(zone);
    List<Assignment> shifts = roster.assignmentsOf(person.id()).stream()
        .sorted(java.util.Comparator.comparing(Assignment::date).thenComparing(Assignment::shift)).toList();
    for (Assignment a : shifts) {
      ShiftType type = problem.findShiftType(a.shift()).orElseThrow(() -> new IllegalArgumentException(
          "the roster's shift " + a.shift() + " on " + a.date() + " is not a shift type of the problem"));
      ZonedDateTime start = type.startsAt(a.date());
      ZonedDateTime end = start.plus(type.realDuration(a.date()));
      VEvent event = new VEvent(start, end, Labels.shiftName(type, false) + " (" + type.code() + ")");
      event.add(new Uid(uid(person.id(), a)));
      event.add(new Description(person.name() + ": " + type.code() + " " + a.date() + a.unit().map(u -> ", " + u).orElse("")
          + (a.overtime() ? ", overtime" : "")));
      calendar.add(event);
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fold(text.toString());
  }

  /**
   * Content lines folded at 75 octets of UTF-8 as RFC 5545 § 3.1 asks (ical4j counts characters):
   * a continuation starts with a space, and a character is never split.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
    for (String line : unfolded.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int limit = 75;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = String.valueOf(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 1;
          limit = 75;
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** A UID stable across exports: a hash of employee, date and shift, at careroster. */
  static String uid(String employee, Assignment a) {
    String key = employee + "|" + a.date() + "|" + a.shift();
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 32) + "@careroster";
  }
}
