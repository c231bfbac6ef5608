package org.careroster.examples.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleTotal;
import org.careroster.constraints.ValidationReport;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.junit.jupiter.api.Test;

/** Reading Curtois & Qu instances, scoring solutions, and the solution CSV. */
class CurtoisInstanceTest {

  /** Instance1 as published (CRLF line ends), kept byte-exact in the repository. */
  static final Path INSTANCE1 = Path.of("..", "benchmarks", "curtois", "Instance1.txt");

  /**
   * A hand-made week in the same format: two shift types (N may not be followed by D), two
   * employees, cover under and over, shift-on and shift-off requests.
   */
  static final String SMALL =
      String.join(
          "\r\n",
          "# hand-made test instance",
          "SECTION_HORIZON",
          "7",
          "",
          "SECTION_SHIFTS",
          "D,480,",
          "N,600,D",
          "",
          "SECTION_STAFF",
          "# ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends",
          "A,D=7|N=2,3000,0,5,1,1,1",
          "B,D=7|N=0,3000,0,5,1,1,1",
          "",
          "SECTION_DAYS_OFF",
          "A,6",
          "B,5",
          "",
          "SECTION_SHIFT_ON_REQUESTS",
          "A,0,D,2",
          "B,3,D,3",
          "",
          "SECTION_SHIFT_OFF_REQUESTS",
          "A,1,N,1",
          "B,2,D,2",
          "",
          "SECTION_COVER",
          "0,D,1,100,1",
          "0,N,0,100,1",
          "1,D,1,100,1",
          "1,N,1,100,1",
          "2,D,2,100,1",
          "2,N,0,100,1",
          "3,D,1,100,1",
          "3,N,0,100,1",
          "4,D,1,100,1",
          "4,N,0,100,1",
          "5,D,1,100,1",
          "5,N,0,100,1",
          "6,D,1,100,1",
          "6,N,0,100,1",
          "");

  /** A lawful solution of {@link #SMALL}, scored by hand below. */
  static final String SMALL_SOLUTION =
      String.join("\n", "employee,0,1,2,3,4,5,6", "A,D,N,,D,D,,", "B,D,,D,,D,,D", "");

  static CurtoisInstance small() {
    return CurtoisInstance.parse("Small", "small.txt", SMALL);
  }

  @Test
  void read_instance1_mapsEveryLine() throws IOException {
    CurtoisInstance instance = CurtoisInstance.read(INSTANCE1);
    assertEquals("Instance1", instance.name());
    assertEquals(14, instance.days());
    assertEquals(ImmutableList.of("D"), instance.shiftIds());
    assertEquals(ImmutableList.of("A", "B", "C", "D", "E", "F", "G", "H"), instance.employeeIds());
    Problem problem = instance.problem();
    assertEquals(CurtoisInstance.START, problem.horizon().start());
    assertEquals(14, problem.horizon().days());
    assertEquals(8, problem.absences().size()); // one day off each
    assertEquals(21 + 5, problem.requests().size());
    assertEquals(14, problem.coverRequirements().size());
    assertEquals(
        ImmutableList.of(
            "shift-counts",
            "worked-time",
            "consecutive-working-days",
            "consecutive-days-off",
            "working-weekends",
            "availability",
            "requests",
            "preferred-cover",
            "maximum-cover"),
        instance.rules().ids());
  }

  @Test
  void objective_handMadeSolution_equalsHandComputedValue() {
    CurtoisInstance instance = small();
    Roster roster = CurtoisSolution.parse(instance, "small.csv", SMALL_SOLUTION);
    ValidationReport report = RosterValidator.validate(instance.problem(), roster, instance.rules());
    assertEquals(0, report.hardViolationCount(), report.violations().toString());
    // Cover: day 0 D has 2 for 1 (over 1: 1); day 1 D has 0 for 1 (under 1: 100); day 2 D has 1
    // for 2 (100); day 4 D has 2 for 1 (1); day 5 D has 0 for 1 (100). Requests: B is off on day 3
    // (on request, 3); A works N on day 1 (off request, 1); B works D on day 2 (off request, 2).
    Map<String, Long> costs = new LinkedHashMap<>();
    for (RuleTotal total : report.totals()) {
      if (total.cost() > 0) {
        costs.put(total.ruleId(), total.cost());
      }
    }
    assertEquals(Map.of("preferred-cover", 300L, "maximum-cover", 2L, "requests", 6L), costs);
    assertEquals(308, report.softPenalty());
  }

  @Test
  void hardRules_handMadeBreaches_areReported() {
    CurtoisInstance instance = small();
    // B may not work N (N=0); A works D on its day off (6) and N then D (forbidden succession).
    String broken = String.join("\n", "employee,0,1,2,3,4,5,6", "A,,,,,N,D,D", "B,N,,,,,,", "");
    ValidationReport report =
        RosterValidator.validate(instance.problem(), CurtoisSolution.parse(instance, "b.csv", broken), instance.rules());
    assertEquals(
        ImmutableList.of("availability", "forbidden-successions", "shift-counts"),
        report.violations().stream()
            .filter(v -> v.severity().isHard())
            .map(v -> v.ruleId())
            .distinct()
            .sorted()
            .collect(ImmutableList.toImmutableList()),
        report.violations().toString());
  }

  @Test
  void minimumRuns_touchingTheEdges_areExempt() {
    // Instance1 asks for runs of at least 2 working days and 2 days off; a single working day
    // on day 0 and a single day off on day 13 both touch an edge.
    CurtoisInstance instance = small();
    String edges = String.join("\n", "employee,0,1,2,3,4,5,6", "A,D,,,,,,", "B,,,,,,,", "");
    ValidationReport report =
        RosterValidator.validate(instance.problem(), CurtoisSolution.parse(instance, "e.csv", edges), instance.rules());
    assertEquals(0, report.hardViolationCount(), report.violations().toString());
  }

  @Test
  void csv_roundTrips() {
    CurtoisInstance instance = small();
    Roster roster = CurtoisSolution.parse(instance, "small.csv", SMALL_SOLUTION);
    assertEquals(SMALL_SOLUTION, CurtoisSolution.toCsv(instance, roster));
  }

  @Test
  void csv_badCells_areNamed() {
    CurtoisInstance instance = small();
    CurtoisFormatException e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisSolution.parse(instance, "x.csv", "employee,0,1,2,3,4,5,6\nA,D,X,,,,,\nB,,,,,,,\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("A day 1: unknown shift \"X\""), e.getMessage());
    e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisSolution.parse(instance, "x.csv", "employee,0,1,2,3,4,5,6\nA,,,,,,,\n"));
    assertTrue(e.getMessage().contains("employee B has no line"), e.getMessage());
    e = assertThrows(CurtoisFormatException.class, () -> CurtoisSolution.parse(instance, "x.csv", "employee,0,1\n"));
    assertEquals(1, e.line());
  }

  @Test
  void parse_badInput_namesLineAndValue() {
    CurtoisFormatException e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisInstance.parse("S", "s.txt", SMALL.replace("6,N,0,100,1", "9,N,0,100,1")));
    assertEquals("s.txt:40: day 9 is outside the horizon 0..6", e.getMessage());
    e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisInstance.parse("S", "s.txt", SMALL.replace("N,600,D", "N,600,Q")));
    assertTrue(e.getMessage().contains("unknown shift \"Q\""), e.getMessage());
    e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisInstance.parse("S", "s.txt", SMALL.replace("SECTION_SHIFTS", "SECTION_STAFF")));
    assertTrue(e.getMessage().contains("expected SECTION_SHIFTS"), e.getMessage());
    e =
        assertThrows(
            CurtoisFormatException.class,
            () -> CurtoisInstance.parse("S", "s.txt", SMALL.replace("A,D=7|N=2,3000,0", "A,D=7|N=2,3000,4000")));
    assertTrue(e.getMessage().contains("MinTotalMinutes (4000) exceeds MaxTotalMinutes (3000)"), e.getMessage());
  }
}
