package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careroster.core.Absence;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.HorizonKind;
import org.careroster.core.Problem;
import org.careroster.core.VacationWish;
import org.careroster.core.VacationYear;
import org.careroster.core.Roster;
import org.careroster.core.ShiftType;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WorkRecord;
import org.careroster.core.json.RosterSchemas.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/FORMAT.md} true: its examples must read with {@link RosterJson#strict()} and
 * validate against the schemas, and the error messages it quotes must be the ones careroster gives.
 */
class FormatDocTest {

  private static final Path FORMAT_MD = Path.of("..", "docs", "FORMAT.md");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

  private static String doc;
  private static List<String> jsonBlocks;

  @BeforeAll
  static void readDoc() throws IOException {
    doc = Files.readString(FORMAT_MD, StandardCharsets.UTF_8);
    jsonBlocks = blocks("json");
  }

  private static List<String> blocks(String language) {
    List<String> result = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        result.add(m.group(2));
      }
    }
    return result;
  }

  private static Problem exampleProblem() {
    return RosterJson.strict().readProblem(jsonBlocks.get(0));
  }

  @Test
  void jsonBlocks_areProblemRosterAndWorkRecordsThenTheRolloutsThenVacation() {
    assertEquals(8, jsonBlocks.size(),
        "FORMAT.md should hold exactly eight json blocks: problem, roster, work records, a rollout's absences and changes,"
            + " a vacation year, a substitute need (checked in roster-constraints), then scenarios");
  }

  @Test
  void scenarioExample_readsStrictlyAndAppliesToTheExampleWard() {
    ImmutableList<org.careroster.core.Scenario> scenarios = RosterJson.strict().readList(jsonBlocks.get(7), org.careroster.core.Scenario.class);
    assertEquals(2, scenarios.size());
    assertEquals(java.util.Optional.of(2), scenarios.get(0).weekendEvery());
    assertEquals(java.time.Duration.ofHours(8), scenarios.get(1).shiftLengths().get(0).duration());
    try {
      assertEquals(Set.of(), JsonSchemaTest.validate(RosterSchemas.Document.SCENARIOS, RosterSchemas.mapper().readTree(jsonBlocks.get(7))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void vacationExample_readsStrictlyAndValidatesAgainstItsSchema() throws IOException {
    VacationYear year = RosterJson.strict().read(jsonBlocks.get(5), VacationYear.class);
    assertEquals(2027, year.year());
    assertEquals(36, year.entitlement("H2").orElseThrow().days());
    assertTrue(year.wishes().stream().anyMatch(VacationWish::must), "shows a fixed wish");
    assertEquals(Set.of(), JsonSchemaTest.validate(RosterSchemas.Document.VACATION,
        RosterSchemas.mapper().readTree(jsonBlocks.get(5))));
  }

  @Test
  void rolloutExamples_absencesReadStrictlyAndChangesUseTheDocumentedFields() throws IOException {
    ImmutableList<Absence> absences = RosterJson.strict().readList(jsonBlocks.get(3), Absence.class);
    assertEquals(3, absences.size());
    assertTrue(absences.stream().anyMatch(a -> !a.isFull()), "shows a graded absence");

    JsonNode changes = RosterSchemas.mapper().readTree(jsonBlocks.get(4));
    assertTrue(changes.isArray() && changes.size() > 0);
    Set<String> documented = Set.of("employee", "date", "from", "to", "reason");
    for (JsonNode change : changes) {
      List<String> fields = new ArrayList<>();
      change.fieldNames().forEachRemaining(fields::add);
      assertTrue(documented.containsAll(fields), fields.toString());
      assertTrue(fields.containsAll(List.of("employee", "date", "reason")), fields.toString());
      LocalDate.parse(change.get("date").asText());
    }
  }

  @Test
  void exampleProblem_readsStrictlyAndShowsWhatItPromises() {
    Problem problem = exampleProblem();

    assertEquals(HorizonKind.CALENDAR, problem.horizon().kind());
    assertEquals(LocalDate.of(2027, 3, 22), problem.horizon().start());
    assertEquals(7, problem.horizon().days());
    // Maundy Thursday, Good Friday and Easter Sunday fall in the week. (Computed here rather than
    // with Problem.publicHolidays(), which fails in this version: see PublicHolidays.load.)
    LocalDate easter = easterSunday(2027);
    assertEquals(LocalDate.of(2027, 3, 28), easter);
    for (LocalDate holiday : new LocalDate[] {easter.minusDays(3), easter.minusDays(2), easter}) {
      assertTrue(problem.horizon().contains(holiday), holiday::toString);
    }
    assertTrue(problem.units().size() >= 2);
    assertEquals(
        ImmutableSet.of("nurse", "health-worker", "assistant", "ward-host"),
        problem.roles().stream().map(r -> r.id()).collect(ImmutableSet.toImmutableSet()));
    assertTrue(problem.employees().size() >= 5);
    assertTrue(
        problem.employees().stream().anyMatch(e -> e.positionPercent().compareTo(new BigDecimal("62.91")) == 0),
        "a 62.91 % part-timer");
    assertTrue(problem.employees().stream().anyMatch(e -> e.mentor().isPresent()), "a mentored employee");
    assertTrue(
        problem.employees().stream().flatMap(e -> e.competences().stream()).anyMatch(q -> q.expires().isPresent()),
        "a competence with expiry");
    assertEquals(
        ImmutableList.of("D", "A", "N", "LD"),
        problem.shiftTypes().stream().map(ShiftType::code).collect(ImmutableList.toImmutableList()));
    ImmutableList<StaffingRequirement> rows = problem.staffingPlan().requirements();
    assertEquals(
        ImmutableSet.copyOf(DayKind.values()),
        rows.stream().map(StaffingRequirement::days).collect(ImmutableSet.toImmutableSet()));
    assertTrue(rows.stream().anyMatch(r -> r.roles().equals(ImmutableSet.of("nurse"))), "a nurse-only row");
    assertTrue(rows.stream().anyMatch(StaffingRequirement::formalHealthEducation), "a formal-education row");
    assertTrue(problem.tasks().size() >= 2);
    assertEquals(problem.tasks().size(), problem.taskSharing().permissions().size());
    assertTrue(!problem.absences().isEmpty() && !problem.requests().isEmpty() && !problem.fixedAssignments().isEmpty());
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  @Test
  void exampleProblem_staffsHolidaysAsTheDocSays() {
    Problem problem = exampleProblem();
    // Good Friday: D's rows for everyone have a public-holiday row; the nurse row for every day
    // keeps applying; A has no holiday rows, so its weekend rows apply
    LocalDate goodFriday = LocalDate.of(2027, 3, 26);
    assertEquals(
        ImmutableList.of("one nurse responsible", "holiday staffing"),
        problem.staffingPlan().requirementsOn(goodFriday, "D", true).stream()
            .map(r -> r.label().orElseThrow())
            .collect(ImmutableList.toImmutableList()));
    assertEquals(DayKind.WEEKEND, problem.staffingPlan().requirementsOn(goodFriday, "A", true).get(0).days());
    // the date row replaces the weekday row for everyone on the day of the staff meeting; the
    // nurse row for every day still applies
    assertEquals(
        ImmutableList.of(DayKind.EVERY_DAY, DayKind.DATE),
        problem.staffingPlan().requirementsOn(LocalDate.of(2027, 3, 24), "D", false).stream()
            .map(StaffingRequirement::days)
            .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void exampleRoster_readsStrictlyAgainstTheExampleProblem() {
    Roster roster = RosterJson.strict().readRoster(jsonBlocks.get(1), exampleProblem());

    assertTrue(roster.previous().isPresent());
    assertTrue(roster.assignments().stream().anyMatch(a -> a.unit().isPresent()));
    assertTrue(roster.assignments().stream().anyMatch(a -> a.overtime()));
    assertTrue(roster.assignments().containsAll(exampleProblem().fixedAssignments()), "keeps the fixed assignment");
    assertTrue(!roster.vacantShifts().isEmpty());
  }

  @Test
  void exampleWorkRecords_readStrictly() {
    ImmutableList<WorkRecord> records = RosterJson.strict().readList(jsonBlocks.get(2), WorkRecord.class);

    assertEquals(3, records.size());
    assertTrue(records.get(2).employee().isEmpty());
  }

  @Test
  void examples_validateAgainstTheSchemas() throws IOException {
    Document[] documents = {Document.PROBLEM, Document.ROSTER, Document.WORK_RECORDS};
    for (int i = 0; i < documents.length; i++) {
      JsonNode example = RosterSchemas.mapper().readTree(jsonBlocks.get(i));
      assertEquals(Set.of(), JsonSchemaTest.validate(documents[i], example), documents[i].fileName);
    }
  }

  @Test
  void schemaLinks_pointToTheSchemaFiles() {
    for (Document document : Document.values()) {
      String link = "](schema/" + document.fileName + ")";
      assertTrue(doc.contains(link), "FORMAT.md should link " + link);
      assertTrue(Files.isRegularFile(document.path()), document.path().toString());
    }
  }

  @Test
  void defaultsTable_matchesTheModel() {
    Employee employee = exampleProblem().employees().get(5); // E6 states no defaults
    assertEquals(false, employee.acceptsLongShifts());
    assertEquals(true, employee.worksNights());
    for (String row :
        new String[] {
          "| `Employee.acceptsLongShifts` | `false`",
          "| `Employee.worksNights` | `true`",
          "| `ShiftType.paidBreak` | `\"PT0S\"` |",
          "| `PlanningHorizon.kind` | `\"CALENDAR\"` |",
          "| `StaffingRequirement.formalHealthEducation` | `false` |",
          "| `Assignment.overtime` | `false` |",
          "| `Absence.degreePercent` | `100` |",
          "| `WorkRecord.ordinary`, `extra`, `overtime`, `agency`, `absence` | `\"PT0S\"` |"
        }) {
      assertTrue(doc.contains(row), row);
    }
    Problem minimal =
        RosterJson.strict()
            .readProblem(
                "{\"horizon\":{\"start\":\"2027-03-22\",\"end\":\"2027-03-28\"},"
                    + "\"shiftTypes\":[{\"code\":\"D\",\"start\":\"07:30\",\"duration\":\"PT7H30M\",\"category\":\"DAY\"}],"
                    + "\"staffingPlan\":{\"requirements\":[{\"shift\":\"D\",\"days\":\"EVERY_DAY\",\"minimum\":1}]},"
                    + "\"roles\":[{\"id\":\"nurse\",\"formalHealthEducation\":true}],"
                    + "\"employees\":[{\"id\":\"E1\",\"name\":\"N\",\"role\":\"nurse\",\"positionPercent\":100,"
                    + "\"contractType\":\"PERMANENT\",\"fullTimeWeeklyHours\":35.5}],"
                    + "\"absences\":[{\"employee\":\"E1\",\"kind\":\"COURSE\",\"from\":\"2027-03-22\",\"to\":\"2027-03-22\"}],"
                    + "\"fixedAssignments\":[{\"employee\":\"E1\",\"date\":\"2027-03-23\",\"shift\":\"D\"}]}");
    assertEquals(HorizonKind.CALENDAR, minimal.horizon().kind());
    assertTrue(minimal.shiftTypes().get(0).paidBreak().isZero());
    assertEquals(false, minimal.staffingPlan().requirements().get(0).formalHealthEducation());
    assertEquals(false, minimal.fixedAssignments().get(0).overtime());
    assertEquals(0, minimal.absences().get(0).degreePercent().compareTo(BigDecimal.valueOf(100)));
    WorkRecord record = RosterJson.strict().read("{\"date\":\"2027-03-22\"}", WorkRecord.class);
    assertTrue(record.ordinary().isZero() && record.extra().isZero() && record.overtime().isZero()
        && record.agency().isZero() && record.absence().isZero());
  }

  /** The error examples in FORMAT.md, in order, are exactly what the reader says for these changes. */
  @Test
  void errorExamples_areTheReadersMessages() throws IOException {
    List<Consumer<ObjectNode>> changes =
        List.of(
            p -> ((ObjectNode) p.at("/employees/3")).put("role", "doctor"),
            p -> ((ObjectNode) p.at("/employees/3")).put("positionPercent", 120),
            p -> {
              ObjectNode e = (ObjectNode) p.at("/employees/3");
              e.set("positionPrecent", e.remove("positionPercent"));
            },
            p -> ((ObjectNode) p.at("/horizon")).remove("end"),
            p -> ((ObjectNode) p.at("/shiftTypes/0")).put("start", "7.30"),
            p -> p.put("formatVersion", 2));
    List<String> messages = new ArrayList<>();
    for (Consumer<ObjectNode> change : changes) {
      ObjectNode problem = (ObjectNode) RosterSchemas.mapper().readTree(jsonBlocks.get(0));
      change.accept(problem);
      messages.add(
          assertThrows(RosterInputException.class, () -> RosterJson.strict().readProblem(problem.toString()))
              .getMessage());
    }
    List<String> documented =
        blocks("text").stream()
            .filter(block -> block.startsWith("$."))
            .flatMap(block -> block.lines())
            .collect(Collectors.toList());
    assertEquals(messages, documented);
  }
}
