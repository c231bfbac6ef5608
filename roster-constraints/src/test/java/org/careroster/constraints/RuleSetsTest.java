package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.careroster.constraints.rules.Availability;
import org.careroster.constraints.rules.DailyRest;
import org.careroster.constraints.rules.Fairness;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.constraints.rules.OrdinaryHoursPerDay;
import org.careroster.constraints.rules.WeekendFrequency;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The presets, their JSON form and the copies in {@code docs/rules}. Regenerate the copies with
 * {@code mvn -B -q -pl roster-constraints test -Dtest=RuleSetsTest -Dcareroster.updateRuleSets=true}.
 */
class RuleSetsTest {

  private static final RosterJson JSON = RosterJson.strict();
  private static final Path DOCS = Path.of("..", "docs", "rules");

  static Stream<RuleSet> presets() {
    return Stream.of(RuleSets.basic(), RuleSets.workingEnvironmentAct(), RuleSets.kommuneDefault());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void preset_roundTripsThroughJson(RuleSet preset) {
    assertEquals(preset, JSON.read(JSON.write(preset), RuleSet.class));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void preset_equalsCheckedInCopy(RuleSet preset) throws IOException {
    Path file = DOCS.resolve(preset.name() + ".json");
    String written = JSON.write(preset) + "\n";
    if (Boolean.getBoolean("careroster.updateRuleSets")) {
      Files.createDirectories(DOCS);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        written,
        "docs/rules/" + file.getFileName() + " differs from the preset; regenerate with "
            + "-Dcareroster.updateRuleSets=true if the change is intended");
    assertEquals(preset, JSON.read(Files.readString(file), RuleSet.class));
  }

  @Test
  void workingEnvironmentAct_isAllHard() {
    for (Rule rule : RuleSets.workingEnvironmentAct().rules()) {
      assertTrue(rule.severity().isHard(), rule.id());
      assertTrue(rule.source().startsWith("aml") || rule.id().equals(Availability.ID), rule.id());
    }
  }

  @Test
  void kommuneDefault_holdsTheCatalogueExceptRulesThatNeedLocalChoices() {
    assertEquals(
        ImmutableList.of(
            "daily-rest", "weekly-rest", "ordinary-hours-per-day", "total-hours-per-day",
            "hours-per-week", "average-weekly-hours", "sunday-rest", "night-work-average",
            "overtime-caps", "availability", "consecutive-nights", "consecutive-working-days",
            "weekend-frequency", "long-shifts", "unit-eligibility", "night-eligibility",
            "mentoring", "minimum-cover", "task-sharing", "preferred-cover", "maximum-cover",
            "contract-hours", "requests", "fairness"),
        RuleSets.kommuneDefault().ids());
    RuleSet kommune = RuleSets.kommuneDefault();
    assertEquals(Duration.ofMinutes(750), kommune.rule(OrdinaryHoursPerDay.class).orElseThrow().maximum());
    assertEquals(3, kommune.rule(WeekendFrequency.class).orElseThrow().every());
    assertEquals(Duration.ofMinutes(750), kommune.rule(LongShifts.class).orElseThrow().maxDuration());
  }

  @Test
  void with_replacesRuleInPlace() {
    RuleSet agreed = RuleSets.kommuneDefault().with(Rules.dailyRest(Duration.ofHours(8)));
    assertEquals(RuleSets.kommuneDefault().ids(), agreed.ids());
    assertEquals(Duration.ofHours(8), agreed.rule(DailyRest.class).orElseThrow().minimum());
    assertEquals("aml § 10-8 (3)", agreed.rule(DailyRest.ID).orElseThrow().source());
  }

  @Test
  void with_newRule_appendsIt() {
    RuleSet more = RuleSets.basic().with(Rules.consecutiveDaysOff(2));
    assertEquals("consecutive-days-off", more.ids().get(more.ids().size() - 1));
  }

  @Test
  void without_removesRule() {
    assertFalse(RuleSets.kommuneDefault().without(Fairness.ID).rule(Fairness.ID).isPresent());
  }

  @Test
  void without_unknownId_failsListingIds() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleSets.basic().without("fairnes"));
    assertEquals(
        "RuleSet basic: no rule \"fairnes\" to remove; it has [daily-rest, minimum-cover, contract-hours]",
        e.getMessage());
  }

  @Test
  void named_blank_fails() {
    assertThrows(IllegalArgumentException.class, () -> RuleSets.basic().named(" "));
  }
}
