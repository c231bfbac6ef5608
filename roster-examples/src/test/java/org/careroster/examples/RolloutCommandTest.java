package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careroster.constraints.year.YearAccounts;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Employee;
import org.careroster.core.HorizonKind;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./roster rollout} on the demo ward's 6-week base rotation (kommune-default), with a base
 * roster solved once per test run: the plan's files, its exit codes, every bad input (exit 2,
 * nothing written) and the all-or-nothing write.
 */
class RolloutCommandTest {

  /** Monday 11 January 2027: week 2 of the rotation; no public holiday for the next six weeks. */
  private static final String MONDAY = "2027-01-11";

  private static final Problem BASE = DemoBase.PROBLEM;

  private static final Roster BASE_ROSTER = DemoBase.ROSTER;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private String problemFile;
  private String rosterFile;

  @BeforeEach
  void writeFiles() throws IOException {
    problemFile = write("problem.json", BASE);
    rosterFile = write("base.json", BASE_ROSTER);
  }

  private String write(String name, Object value) throws IOException {
    RosterJson.strict().write(dir.resolve(name), value);
    return dir.resolve(name).toString();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Every file and directory under {@code dir}, hidden ones included, with its content. */
  private Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.toList()) {
        files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
      }
    }
    return files;
  }

  private static Absence absence(String employee, AbsenceKind kind, String from, String to) {
    return Absence.builder().employee(employee).kind(kind).from(LocalDate.parse(from)).to(LocalDate.parse(to)).build();
  }

  @Test
  void rollout_sixWeeksWithoutHolidays_writesLawfulPlanThatValidates() throws IOException {
    Path year = dir.resolve("plans").resolve("year");
    Locale before = Locale.getDefault();
    int status;
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits and decimal comma
      status = cli.run("rollout", problemFile, rosterFile, "--from", MONDAY, "--weeks", "6",
          "--time-limit", "10s", "--out", year.toString());
    } finally {
      Locale.setDefault(before);
    }

    String printed = out();
    assertEquals(RosterCli.OK, status, err() + printed);
    assertTrue(printed.contains("Rule set: kommune-default"), printed);
    assertTrue(printed.contains(
        "Plan: 2027-01-11 to 2027-02-21, 6 weeks; the first week is week 2 of the 6-week base rotation"), printed);
    assertTrue(printed.contains("Staff: 22; public holidays: 0; absences: 0"), printed);
    assertTrue(printed.matches("(?s).*\nRollout: (FEASIBLE|OPTIMAL) in [0-9]+\\.[0-9] s\n.*"), printed);
    assertTrue(printed.contains("Changes from the base rotation: 0\n"), printed);
    assertTrue(printed.contains("  A: 12 staff (S1, S3, S5, H1, H3, H5, H7, H9, A1, A3, A5, A7); holidays off: none in the plan"), printed);
    assertTrue(printed.contains("Vacant shifts: none\nValidation: 0 hard violations"), printed);
    assertTrue(printed.contains("Year accounts 2027-01-11..2027-02-21: hours with one decimal"), printed);
    assertTrue(printed.contains("Wrote problem.json, roster.json, accounts.json and changes.json to " + year), printed);

    try (Stream<Path> written = Files.list(year)) {
      assertEquals(List.of("accounts.json", "changes.json", "problem.json", "roster.json"),
          written.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (Stream<Path> siblings = Files.list(year.getParent())) {
      assertEquals(List.of(year), siblings.toList(), "no staging directory left");
    }
    RosterJson json = RosterJson.strict();
    Problem plan = json.readProblem(year.resolve("problem.json"));
    assertEquals(HorizonKind.CALENDAR, plan.horizon().kind());
    assertEquals(LocalDate.of(2027, 2, 21), plan.horizon().end());
    assertEquals(BASE.employees(), plan.employees());
    Roster roster = json.readRoster(year.resolve("roster.json"), plan);
    assertEquals(BASE_ROSTER.assignments().size(), roster.assignments().size(), "six weeks hold the rotation once");
    assertEquals(YearAccounts.of(plan, roster),
        json.read(Files.readString(year.resolve("accounts.json")), YearAccounts.class));
    assertEquals("[ ]", Files.readString(year.resolve("changes.json")).strip());

    out.reset();
    assertEquals(RosterCli.OK,
        cli.run("validate", year.resolve("problem.json").toString(), year.resolve("roster.json").toString()), err());
    assertTrue(out().contains("Validation: 0 hard violations"), out());
  }

  @Test
  void rollout_noEducatedStaffOneDay_writesPlanWithVacantShiftsAndExitsOne() throws IOException {
    List<Absence> course = new ArrayList<>();
    for (Employee e : BASE.employees()) {
      if (!e.role().equals(Role.ASSISTANT.id())) {
        course.add(absence(e.id(), AbsenceKind.COURSE, "2027-01-13", "2027-01-13"));
      }
    }
    String absences = write("absences.json", course);
    Path year = Files.createDirectory(dir.resolve("year"));
    Files.writeString(year.resolve("roster.json"), "stale");
    Files.writeString(year.resolve("notes.txt"), "kept");

    int status = cli.run("rollout", problemFile, rosterFile, "--from", MONDAY, "--weeks", "2",
        "--absences", absences, "--time-limit", "2s", "--seed", "3", "--threads", "1", "--out", year.toString());

    String printed = out();
    assertEquals(RosterCli.FAILED, status, err() + printed);
    assertTrue(printed.contains("Staff: 22; public holidays: 0; absences: 15"), printed);
    assertTrue(printed.contains("Vacant shifts: "), printed);
    assertTrue(printed.contains("  N 2027-01-13: 1 missing, 10 h; lacks "), printed);
    assertFalse(printed.contains("Validation: 0 hard violations"), printed);
    assertTrue(printed.matches("(?s).*\n  hard rules broken: [^\n]*minimum-cover [0-9]+.*"), printed);
    RosterJson json = RosterJson.strict();
    Problem plan = json.readProblem(year.resolve("problem.json"));
    assertEquals(course, plan.absences());
    Roster roster = json.readRoster(year.resolve("roster.json"), plan);
    assertTrue(roster.vacantShifts().stream()
        .anyMatch(v -> v.date().equals(LocalDate.of(2027, 1, 13)) && v.shift().equals("N")), roster.vacantShifts().toString());
    assertTrue(roster.assignments().stream().noneMatch(a -> a.date().equals(LocalDate.of(2027, 1, 13))
        && !a.employee().startsWith("A")), "nobody on course works");
    assertEquals("kept", Files.readString(year.resolve("notes.txt")));
    JsonNode changes = new ObjectMapper().readTree(year.resolve("changes.json").toFile());
    assertTrue(changes.isArray());
    for (JsonNode change : changes) {
      assertTrue(change.has("employee") && change.has("date") && change.has("reason"), change.toString());
    }
    try (Stream<Path> entries = Files.list(year)) {
      assertEquals(5, entries.count(), "the four files and notes.txt, no staging directory");
    }

    out.reset();
    assertEquals(RosterCli.FAILED,
        cli.run("validate", year.resolve("problem.json").toString(), year.resolve("roster.json").toString()));
  }

  @Test
  void rollout_afterThePreviousPlanOfTheSameRotation_changesNothingAtTheTurn() throws IOException {
    LocalDate from = LocalDate.parse(MONDAY);
    String previous = write("previous.json", CalendarRollout.roster(BASE, BASE_ROSTER, from.minusDays(28), from.minusDays(1)));
    Path year = dir.resolve("year");
    int status = cli.run("rollout", problemFile, rosterFile, "--from", MONDAY, "--weeks", "2",
        "--previous", previous, "--time-limit", "10s", "--out", year.toString());
    assertEquals(RosterCli.OK, status, err() + out());
    assertTrue(out().contains("Changes from the base rotation: 0\n"), out());
  }

  @Test
  void rollout_previousPlanWithADayOfTheNewOne_exitsTwoNamingItsPathNothingWritten() throws IOException {
    String previous = write("previous.json",
        Roster.of(List.of(Assignment.of("S1", LocalDate.parse(MONDAY), "D"))));
    assertBadInput("previous.json: $.assignments[0].date: \"" + MONDAY + "\" must lie before the plan's first day",
        "--from", MONDAY, "--weeks", "2", "--previous", previous);
  }

  @Test
  void rollout_previousPlanWithAnUnknownEmployee_exitsTwoNamingIt() throws IOException {
    String previous = write("previous.json",
        Roster.of(List.of(Assignment.of("X9", LocalDate.parse(MONDAY).minusDays(1), "D"))));
    assertBadInput("previous.json: $.assignments[0].employee: \"X9\"", "--from", MONDAY, "--weeks", "2",
        "--previous", previous);
  }

  @Test
  void rollout_weeksOutOfRange_exitsTwoNothingWritten() throws IOException {
    assertBadInput("--weeks (\"54\") must be from 1 to 53", "--from", MONDAY, "--weeks", "54");
    assertBadInput("--weeks (\"0\") must be from 1 to 53", "--from", MONDAY, "--weeks", "0");
    assertBadInput("--weeks (\"a year\") must be a whole number", "--from", MONDAY, "--weeks", "a year");
  }

  @Test
  void rollout_fromNotAMonday_exitsTwoNothingWritten() throws IOException {
    assertBadInput("--from (\"2027-01-05\") must be a Monday (it is a TUESDAY)", "--from", "2027-01-05", "--weeks", "52");
    assertBadInput("--from (\"5 Jan\") must be a date such as 2027-01-04", "--from", "5 Jan", "--weeks", "52");
  }

  @Test
  void rollout_badOptions_exitTwoWithUsage() throws IOException {
    assertBadInput("--threads (\"65\") must be from 1 to 64", "--from", MONDAY, "--weeks", "2", "--threads", "65");
    assertBadInput("--time-limit (\"soon\") must be a duration", "--from", MONDAY, "--weeks", "2", "--time-limit", "soon");
    assertBadInput("Unknown option: '--week'. Did you mean: --weeks?", "--from", MONDAY, "--week", "2");
    assertBadInput("--weeks is given twice", "--from", MONDAY, "--weeks", "2", "--weeks", "3");
    assertBadInput("Missing required option: '--weeks=N'", "--from", MONDAY);
  }

  @Test
  void rollout_withoutOut_exitsTwo() throws IOException {
    Map<String, String> before = tree();
    assertEquals(RosterCli.USAGE, cli.run("rollout", problemFile, rosterFile, "--from", MONDAY, "--weeks", "2"));
    assertTrue(err().contains("roster rollout: Missing required option: '--out=DIR'"), err());
    assertEquals(before, tree());
  }

  @Test
  void rollout_baseProblemNotCyclic_exitsTwoNamingTheHorizonKind() throws IOException {
    problemFile = write("calendar.json", DemoWard.problem());
    rosterFile = write("empty.json", Roster.of(List.of()));
    assertBadInput("calendar.json: $.horizon.kind: \"CALENDAR\" must be CYCLIC: only a base rotation (grunnturnus)"
        + " can be rolled out", "--from", MONDAY, "--weeks", "2");
  }

  @Test
  void rollout_rosterOfAnotherProblem_exitsTwoNamingTheEmployee() throws IOException {
    List<Assignment> assignments = new ArrayList<>(BASE_ROSTER.assignments());
    assignments.add(Assignment.of("X9", BaseRotationWard.START, "D"));
    rosterFile = write("other.json", Roster.of(assignments));
    assertBadInput("other.json: $.assignments[" + (assignments.size() - 1) + "].employee: \"X9\" is not an employee",
        "--from", MONDAY, "--weeks", "2");
  }

  @Test
  void rollout_absenceOutsideThePlan_exitsTwoNamingItsDates() throws IOException {
    String absences = write("absences.json",
        List.of(absence("S1", AbsenceKind.VACATION, "2027-01-18", "2027-01-22"),
            absence("H2", AbsenceKind.VACATION, "2027-01-25", "2027-01-29")));
    assertBadInput("absences.json: $[1].from: \"2027-01-25..2027-01-29\" must lie inside the plan 2027-01-11..2027-01-24",
        "--from", MONDAY, "--weeks", "2", "--absences", absences);
  }

  @Test
  void rollout_absenceOfUnknownEmployee_exitsTwoNamingTheId() throws IOException {
    String absences = write("absences.json", List.of(absence("X9", AbsenceKind.LEAVE, "2027-01-18", "2027-01-18")));
    assertBadInput("absences.json: $[0].employee: \"X9\" is not an employee of the problem; known: [S1, S2,",
        "--from", MONDAY, "--weeks", "2", "--absences", absences);
  }

  @Test
  void rollout_malformedAbsences_exitsTwoWithTheJsonPath() throws IOException {
    Files.writeString(dir.resolve("absences.json"),
        "[{\"employee\": \"S1\", \"kind\": \"HOLIDAY\", \"from\": \"2027-01-18\", \"to\": \"2027-01-18\"}]");
    assertBadInput("absences.json: $[0].kind: ", "--from", MONDAY, "--weeks", "2",
        "--absences", dir.resolve("absences.json").toString());
  }

  @Test
  void rollout_baseRosterBreaksHardRule_exitsTwoAndLeavesTheOldPlan() throws IOException {
    LocalDate monday = BaseRotationWard.START;
    rosterFile = write("broken.json",
        Roster.of(BASE_ROSTER.assignments().stream().filter(a -> !a.date().equals(monday)).toList()));
    Path year = Files.createDirectory(dir.resolve("year"));
    Files.writeString(year.resolve("problem.json"), "old plan");

    assertBadInput("broken.json: CalendarPlanner: the base roster breaks ", "--from", MONDAY, "--weeks", "2",
        "--out", year.toString());
    assertTrue(err().contains("hard rules of kommune-default"), err());
  }

  @Test
  void rollout_outUnderAFile_exitsTwoBeforeSolving() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a directory");
    assertBadInput("cannot write " + file.resolve("year") + ": " + file + " is not a directory", "--from", MONDAY,
        "--weeks", "52", "--out", file.resolve("year").toString());
    assertBadInput("cannot write " + file + ": it exists and is not a directory", "--from", MONDAY, "--weeks", "52",
        "--out", file.toString());
  }

  @Test
  void help_listsRollout() {
    assertEquals(RosterCli.OK, cli.run("--help"));
    assertTrue(out().contains("\n  rollout        Roll a cyclic base rotation out"), out());
    out.reset();
    assertEquals(RosterCli.OK, cli.run("rollout", "--help"));
    assertTrue(out().startsWith("Usage: roster rollout PROBLEM.json BASE_ROSTER.json --from MONDAY --weeks N"), out());
  }

  /**
   * Runs rollout on the test's files with {@code options} (and {@code --out DIR/year} unless
   * given): exit 2, {@code fragment} on stderr, nothing on stdout, and no file added, removed or
   * changed under the test directory.
   */
  private void assertBadInput(String fragment, String... options) throws IOException {
    Map<String, String> before = tree();
    List<String> arguments = new ArrayList<>(List.of("rollout", problemFile, rosterFile));
    arguments.addAll(List.of(options));
    if (!arguments.contains("--out")) {
      arguments.addAll(List.of("--out", dir.resolve("year").toString()));
    }
    err.reset();
    out.reset();
    int status = cli.run(arguments.toArray(String[]::new));
    assertEquals(RosterCli.USAGE, status, err() + out());
    assertTrue(err().startsWith("roster rollout: ") && err().contains(fragment), err());
    assertEquals("", out());
    assertEquals(before, tree());
  }
}
