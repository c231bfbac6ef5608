package org.careroster.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.RosterTime;
import org.junit.jupiter.api.Test;

/** iCalendar export parsed back with ical4j: clock changes, stable UIDs, folding and line ends. */
class ICalendarExportTest {

  private static final Problem WARD = Wards.ward();

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static ZonedDateTime start(VEvent e) {
    Temporal t = e.getDateTimeStart().getDate();
    return ((ZonedDateTime) t).withZoneSameInstant(RosterTime.ZONE);
  }

  private static ZonedDateTime end(VEvent e) {
    return ((ZonedDateTime) e.getDateTimeEnd().getDate()).withZoneSameInstant(RosterTime.ZONE);
  }

  @Test
  void nightShiftsAcrossTheClockChanges_endAtTheRightInstant() throws Exception {
    Roster nights = Roster.builder()
        .addAssignments(Assignment.of("E2", LocalDate.of(2027, 3, 27), "N"), Assignment.of("E2", LocalDate.of(2027, 10, 30), "N"))
        .build();
    Problem year = Wards.ward(org.careroster.core.PlanningHorizon.of(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 11, 7)));
    String ics = ICalendarExport.of(year, nights, "E2");

    assertTrue(ics.contains("BEGIN:VTIMEZONE\r\n") && ics.contains("\r\nTZID:Europe/Oslo\r\n") && !ics.contains("Berlin"),
        "one VTIMEZONE, with the id the events use: " + ics);
    assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20270327T214500"), ics);
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    assertEquals(2, events.size());
    // 21:45 Saturday to 07:45 Sunday: 9 real hours when the clocks go forward, 11 when they go back.
    assertEquals(Duration.ofHours(9), Duration.between(start(events.get(0)), end(events.get(0))));
    assertEquals("2027-03-28T07:45+02:00[Europe/Oslo]", end(events.get(0)).toString());
    assertEquals(Duration.ofHours(11), Duration.between(start(events.get(1)), end(events.get(1))));
    assertEquals("2027-10-31T07:45+01:00[Europe/Oslo]", end(events.get(1)).toString());
    assertEquals("Night shift (N)", events.get(0).getSummary().getValue());
  }

  @Test
  void uids_areStableAcrossExportsAndDifferPerShift() throws Exception {
    String first = ICalendarExport.of(WARD, Wards.roster(), "E1");
    String again = ICalendarExport.of(WARD, Wards.roster(), "E1");
    List<String> uids = parse(first).<VEvent>getComponents("VEVENT").stream()
        .map(e -> e.getUid().orElseThrow().getValue()).toList();
    assertEquals(5, uids.size());
    assertEquals(5, uids.stream().distinct().count());
    assertEquals(uids, parse(again).<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList());
  }

  @Test
  void longNorwegianName_isFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
    String ics = ICalendarExport.of(WARD, Wards.roster(), "E1");
    assertTrue(ics.endsWith("\r\n") && !ics.replace("\r\n", "").contains("\n"), "CRLF line ends only");
    boolean folded = false;
    for (String line : ics.split("\r\n")) {
      byte[] octets = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(octets.length <= 75, line.length() + " octets: " + line);
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
      } catch (CharacterCodingException e) {
        throw new AssertionError("a folded line splits a character: " + line, e);
      }
      folded |= line.startsWith(" ");
    }
    assertTrue(folded, "the description with the long name is folded");
    VEvent first = parse(ics).<VEvent>getComponents("VEVENT").get(0);
    assertTrue(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue().startsWith(Wards.NORWEGIAN_NAME + ": D 2027-03-22"));
  }

  @Test
  void unknownEmployee_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ICalendarExport.of(WARD, Wards.roster(), "X9"));
    assertTrue(e.getMessage().startsWith("\"X9\" is not an employee of the problem"), e.getMessage());
  }
}
