package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

// README:begin imports
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.careroster.constraints.RosterSolver;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.constraints.SolveResult;
import org.careroster.constraints.SolverOptions;
import org.careroster.constraints.ValidationReport;
import org.careroster.constraints.Violation;
import org.careroster.constraints.replace.RepairOptions;
import org.careroster.constraints.replace.RepairResult;
import org.careroster.constraints.replace.ReplacementAdvice;
import org.careroster.constraints.replace.ReplacementAdvisor;
import org.careroster.constraints.replace.RosterRepair;
import org.careroster.constraints.replace.Vacancy;
import org.careroster.core.Absence;
import org.careroster.core.AbsenceKind;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.PlanningHorizon;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.WardPresets;
import org.careroster.core.json.RosterJson;
import org.careroster.core.text.RosterGrid;
import org.careroster.metrics.FullTimeShare;
// README:end
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding careroster" walk-through, compiled and run: each region between {@code
 * README:begin} and {@code README:end} is one code block of README.md, character for character
 * (after removing the common indentation), which {@link #readme_codeBlocks_matchThisWalkthrough()}
 * checks.
 */
class ReadmeWalkthroughTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path HOST_POM = Path.of("..", "roster-it", "src", "it", "host-logging", "pom.xml");
  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "org", "careroster", "examples", "ReadmeWalkthroughTest.java");

  @Test
  void walkthrough_buildSolveValidateSickCallKpi() {
    // README:begin ward
    Problem problem = Problem.builder()
        .horizon(PlanningHorizon.ofDays(LocalDate.of(2027, 1, 4), 14))   // Monday 4 January, two weeks
        .addAllRoles(Role.STANDARD)                                       // nurse, health-worker, assistant
        .addShiftType(WardPresets.DAY)                                    // D 07:30-15:00
        .addShiftType(WardPresets.EVENING)                                // A 14:30-22:00
        .addEmployee(WardPresets.employee("E1", "Kari Nordmann", Role.NURSE, 100,
            WardPresets.ROTA_WEEKLY_HOURS, ContractType.PERMANENT).build())
        .addEmployee(WardPresets.employee("E2", "Ola Hansen", Role.HEALTH_WORKER, 80,
            WardPresets.ROTA_WEEKLY_HOURS, ContractType.PERMANENT).build())
        .addEmployee(WardPresets.employee("E3", "Liv Vik", Role.HEALTH_WORKER, 62.91,
            WardPresets.ROTA_WEEKLY_HOURS, ContractType.PERMANENT).build())
        .addEmployee(WardPresets.employee("E4", "Per Strand", Role.ASSISTANT, 50,
            WardPresets.ROTA_WEEKLY_HOURS, ContractType.TEMPORARY).build())
        .staffingPlan(StaffingPlan.builder()
            .addRequirement(StaffingRequirement.builder()
                .shift("D").days(DayKind.EVERY_DAY).minimum(1).build())
            .addRequirement(StaffingRequirement.builder()
                .shift("A").days(DayKind.EVERY_DAY).minimum(1).build())
            .build())
        .build();
    // README:end
    assertEquals(4, problem.employees().size());

    // README:begin solve
    RuleSet rules = RuleSets.basic();   // daily rest 11 h, minimum cover, contract hours
    SolveResult result = new RosterSolver().solve(problem, rules, SolverOptions.builder()
        .timeLimit(Duration.ofSeconds(5))
        .addPinned(Assignment.of("E2", LocalDate.of(2027, 1, 12), "D"))   // fixed in advance
        .build());
    Roster roster = result.roster()
        .orElseThrow(() -> new IllegalStateException("no roster: " + result.status()));
    System.out.println(RosterGrid.render(problem, roster));   // one row per person, one column per day
    // README:end
    assertTrue(roster.assignmentsOf("E2").stream().anyMatch(a -> a.date().equals(LocalDate.of(2027, 1, 12))));

    // README:begin validate
    ValidationReport report = RosterValidator.validate(problem, roster, rules);
    System.out.println(report.summary());   // e.g. "0 hard violations, 0 soft violations (penalty 0)"
    report.violations().forEach(v -> System.out.println(v.message()));

    RuleSet local = RuleSets.kommuneDefault()
        .named("solbakken-2027")
        .with(Rules.dailyRest(Duration.ofHours(9)));   // an aml § 10-8 (3) agreement
    ValidationReport checked = RosterValidator.validate(problem, roster, local);
    for (Violation v : checked.violations()) {
      System.out.println(v.ruleId() + " " + v.employee().orElse("-") + " " + v.date() + ": " + v.messageNynorsk());
    }
    // README:end
    assertEquals(0, report.hardViolationCount(), report.summary());
    assertTrue(report.summary().matches("0 hard violations, \\d+ soft violations \\(penalty \\d+\\)"), report.summary());

    // README:begin json
    RosterJson json = RosterJson.strict();
    String rosterJson = json.write(roster);   // {"formatVersion": 1, "assignments": [{"employee": "E1", ...
    Roster again = json.readRoster(rosterJson, problem);
    String saved = json.write(local);         // {"formatVersion": 1, "name": "solbakken-2027", "rules": [...]}
    RuleSet reread = json.read(saved, RuleSet.class);
    // README:end
    assertEquals(roster, again);
    assertEquals(local, reread);
    assertTrue(compact(rosterJson).startsWith("{\"formatVersion\":1,\"assignments\":[{\"employee\":\"E1\","), rosterJson);
    assertTrue(compact(saved).startsWith("{\"formatVersion\":1,\"name\":\"solbakken-2027\",\"rules\":["), saved);

    // README:begin sick-call
    Absence sick = Absence.builder().employee("E2").kind(AbsenceKind.SICK_LEAVE)
        .from(LocalDate.of(2027, 1, 12)).to(LocalDate.of(2027, 1, 14)).build();
    Problem now = problem.withAbsences(List.of(sick));
    ReplacementAdvice advice = new ReplacementAdvisor(rules)          // CostModel.defaults()
        .advise(now, RosterRepair.vacate(now, roster), Vacancy.of(LocalDate.of(2027, 1, 12), "D"));
    advice.candidates().forEach(c -> System.out.println(c.employee().orElse("agency") + " " + c.tier()
        + " " + c.cost().total() + " " + c.softViolations()));     // extra hours first, agency last
    advice.excluded().forEach(x -> System.out.println(x.employee() + ": " + x.reason()));

    RepairResult repaired = new RosterRepair(rules).repair(problem, roster, List.of(sick), RepairOptions.defaults());
    repaired.changes().get().added().forEach(System.out::println);        // who fills in
    repaired.vacancies().get().weekendSlots().forEach(System.out::println); // vakante helgevakter
    // README:end
    assertFalse(advice.candidates().isEmpty());
    assertTrue(advice.candidates().get(advice.candidates().size() - 1).isAgency());
    assertTrue(repaired.roster().orElseThrow().assignmentsOf("E2").stream()
        .noneMatch(a -> sick.covers(a.date())));

    // README:begin kpi
    System.out.println("Full-time share: " + FullTimeShare.of(problem.employees()));   // "1 of 4 (25.0 %)"
    // README:end
    assertEquals("1 of 4 (25.0 %)", FullTimeShare.of(problem.employees()).toString());
  }

  @Test
  void readme_codeBlocks_matchThisWalkthrough() throws Exception {
    String section = embeddingSection(Files.readString(README));

    assertEquals(regions(Files.readString(THIS_FILE), "//"), codeBlocks(section, "java"),
        "README.md's java blocks under \"Embedding careroster\" must be the README regions of " + THIS_FILE);
  }

  @Test
  void readme_hostPom_isTheOneTheConsumerIntegrationTestBuilds() throws Exception {
    String section = embeddingSection(Files.readString(README));
    String root = Files.readString(Path.of("..", "pom.xml"));
    String hostPom = Files.readString(HOST_POM)
        .replace("@project.version@", firstMatch(root, "<artifactId>roster-parent</artifactId>\\s*<version>([^<]+)</version>"))
        .replace("@compiler.plugin.version@", firstMatch(root, "<compiler.plugin.version>([^<]+)<"));

    assertEquals(regions(hostPom, "<!--"), codeBlocks(section, "xml"),
        "README.md's xml blocks under \"Embedding careroster\" must be the README regions of " + HOST_POM);
  }

  /** The text of README's "Embedding careroster" section, up to the next second-level heading. */
  private static String embeddingSection(String readme) {
    int start = readme.indexOf("\n## Embedding careroster\n");
    assertTrue(start >= 0, "README.md has no \"## Embedding careroster\" section");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The contents of the fenced code blocks of {@code language}, in order. */
  private static List<String> codeBlocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```" + language + "\n(.*?)^```$", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** The regions between README:begin and README:end marker lines, each without common indentation. */
  private static List<String> regions(String source, String comment) {
    List<String> regions = new ArrayList<>();
    List<String> region = null;
    for (String line : source.split("\n", -1)) {
      String marker = line.strip();
      if (marker.startsWith(comment + " README:begin")) {
        region = new ArrayList<>();
      } else if (marker.startsWith(comment + " README:end")) {
        regions.add(String.join("\n", region).stripIndent() + "\n");
        region = null;
      } else if (region != null) {
        region.add(line);
      }
    }
    return regions;
  }

  private static String compact(String json) {
    return json.replaceAll("\\s", "");
  }

  private static String firstMatch(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1);
  }
}
