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
import java.util.List;
import org.careroster.core.AbsenceKind;
import org.careroster.core.CalendarRollout;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationEntitlement;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./roster vacation} on the demo ward's base rotation: the summer's files and its bad input. */
class VacationCommandTest {

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

  private VacationYear.Builder summer() {
    VacationYear.Builder year = VacationYear.builder().year(2027);
    BASE.employees().forEach(e -> year.addEntitlements(VacationEntitlement.builder().employee(e.id()).days(30).build()));
    return year;
  }

  @Test
  void vacation_demoWard_writesTheSummerWithEveryMainHolidayAndTheSubstituteNeed() throws IOException {
    String wishes = write("wishes.json", summer()
        .addWishes(VacationWish.builder().employee("S1").rank(1).from(LocalDate.of(2027, 7, 5)).weeks(3).build())
        .build());
    Path summerDir = dir.resolve("summer");
    int status = cli.run("vacation", problemFile, rosterFile, "--year", "2027", "--wishes", wishes,
        "--time-limit", "5s", "--out", summerDir.toString(), "--quiet");

    assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, err() + out());
    String printed = out();
    assertTrue(printed.contains("Vacation 2027: main holiday period 2027-06-01..2027-09-30; wishes from " + wishes), printed);
    assertTrue(printed.contains("S1        nurse          2027-07-05  2027-07-25  rank 1"), printed);
    assertTrue(printed.contains("Holidays Act: every main holiday demanded is 18 working days in one piece in the main period"),
        printed);
    assertTrue(printed.contains("Calendar plan: the base rotation rolled out over 2027-05-31..2027-10-03"), printed);
    assertTrue(printed.contains("Wrote problem.json, roster.json, substitute-need.json and substitute-need.csv to " + summerDir),
        printed);
    try (var files = Files.list(summerDir)) {
      assertEquals(List.of("problem.json", "roster.json", "substitute-need.csv", "substitute-need.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Problem plan = RosterJson.strict().readProblem(summerDir.resolve("problem.json"));
    assertEquals(BASE.employees().size(),
        plan.absences().stream().filter(a -> a.kind() == AbsenceKind.VACATION).map(a -> a.employee()).distinct().count(),
        "everyone has a main holiday");
    Roster roster = RosterJson.strict().readRoster(summerDir.resolve("roster.json"), plan);
    assertTrue(roster.assignments().stream().noneMatch(a -> !plan.absencesOn(a.employee(), a.date()).isEmpty()),
        "nobody works on vacation");
    List<String> csv = Files.readAllLines(summerDir.resolve("substitute-need.csv"));
    assertEquals("week,date,shift,substitutes,hours,weekend,role,qualified_only,proposed,uncovered,lacking", csv.get(0));
    assertEquals(roster.vacantShifts().size(), csv.size() - 1, "one row per vacant shift");
    assertEquals(status == RosterCli.OK, csv.size() == 1);
    JsonNode need = new ObjectMapper().readTree(summerDir.resolve("substitute-need.json").toFile());
    assertEquals(roster.vacantShifts().stream().mapToInt(v -> v.count()).sum(), need.get("totalShifts").asInt());
    assertEquals(csv.size() - 1, need.get("shifts").size());
    if (status == RosterCli.FAILED) {
      assertTrue(printed.contains("Substitute need: " + need.get("totalShifts").asInt() + " shifts"), printed);
    }
    assertTrue(printed.contains("extra hours (meirarbeid) of the ward's part-timers fill"), printed);
    assertTrue(printed.contains("every hard rule holds but the minimum cover of the shifts left for substitutes"), printed);
  }

  @Test
  void vacation_calendarPlan_isPlannedWithoutARollout() throws IOException {
    VacationYear year = summer().build();
    Problem calendar = CalendarRollout.problem(BASE, year.mainWeeks(), List.of());
    Roster plan = CalendarRollout.roster(BASE, BASE_ROSTER, year.mainWeeks().start(), year.mainWeeks().end());
    problemFile = write("calendar.json", calendar);
    rosterFile = write("plan.json", plan);
    Path summerDir = dir.resolve("summer");

    int status = cli.run("vacation", problemFile, rosterFile, "--year", "2027", "--out", summerDir.toString(), "--quiet");

    assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, err() + out());
    assertFalse(out().contains("Calendar plan:"), out());
    Problem written = RosterJson.strict().readProblem(summerDir.resolve("problem.json"));
    assertEquals(calendar.horizon(), written.horizon());
    assertEquals(BASE.employees().size(), written.absences().stream().filter(a -> a.kind() == AbsenceKind.VACATION).count());
  }

  @Test
  void vacation_calendarPlanNotHoldingTheMainPeriod_exitsTwoNothingWritten() throws IOException {
    problemFile = write("calendar.json", CalendarRollout.problem(BASE,
        org.careroster.core.PlanningHorizon.of(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 8, 29)), List.of()));
    rosterFile = write("plan.json", Roster.of(List.of()));
    assertBadInput("$.horizon: 2027-06-07..2027-08-29 must hold the main holiday period 2027-06-01..2027-09-30");
  }

  @Test
  void vacation_wishesOfAnotherYear_exitsTwoNothingWritten() throws IOException {
    String wishes = write("wishes.json", VacationYear.builder().year(2028).build());
    assertBadInput("$.year: 2028 is not the --year (2027)", "--wishes", wishes);
  }

  @Test
  void vacation_wishOfAnUnknownEmployee_exitsTwoNamingItsPath() throws IOException {
    String wishes = write("wishes.json", VacationYear.builder().year(2027)
        .addEntitlements(VacationEntitlement.builder().employee("X9").days(30).build()).build());
    assertBadInput("wishes.json: $.entitlements[0].employee: \"X9\" is not an employee of the problem", "--wishes", wishes);
  }

  @Test
  void vacation_malformedWishes_exitsTwoWithTheJsonPath() throws IOException {
    Path wishes = dir.resolve("wishes.json");
    Files.writeString(wishes, "{\"year\": 2027, \"entitlements\": [{\"employee\": \"S1\", \"days\": 20}]}");
    assertBadInput("wishes.json: $.entitlements[0].days: 20 must be at least 25 working days", "--wishes", wishes.toString());
  }

  private void assertBadInput(String fragment, String... options) throws IOException {
    Path summerDir = dir.resolve("summer");
    List<String> arguments = new java.util.ArrayList<>(List.of("vacation", problemFile, rosterFile, "--year", "2027",
        "--out", summerDir.toString()));
    arguments.addAll(List.of(options));
    int status = cli.run(arguments.toArray(String[]::new));
    assertEquals(RosterCli.USAGE, status, err() + out());
    assertTrue(err().startsWith("roster vacation: ") && err().contains(fragment), err());
    assertFalse(Files.exists(summerDir));
  }
}
