package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.careroster.constraints.rules.ConsecutiveWorkingDays;
import org.careroster.constraints.rules.LongShifts;
import org.careroster.core.InvalidModelException;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

/** Rule parameters that contradict each other, within one rule or across a rule set. */
class RuleSetConsistencyTest {

  private static RosterInputException readFails(String rules) {
    return assertThrows(RosterInputException.class,
        () -> RosterJson.strict().read("{\"name\": \"local\", \"rules\": [" + rules + "]}", RuleSet.class));
  }

  private static void assertNames(String message, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(message.contains(fragment), () -> "no '" + fragment + "' in: " + message);
    }
  }

  @Test
  void read_runMinimumAboveMaximum_namesBoth() {
    RosterInputException e = readFails("{\"rule\": \"consecutive-working-days\", \"maximum\": 6, \"minimum\": 7}");
    assertEquals("$.rules[0].minimum", e.path(), e.getMessage());
    assertEquals(Optional.of("7"), e.value());
    assertNames(e.getMessage(), "maximum (6)");
  }

  @Test
  void build_employeeMinimumAboveTheirMaximum_namesBoth() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> ConsecutiveWorkingDays.builder()
        .maximum(6).putMaximumByEmployee("E1", 3).putMinimumByEmployee("E1", 4).build());
    assertNames(e.getMessage(), "minimumByEmployee.E1 (4)", "3, maximumByEmployee.E1");
  }

  @Test
  void build_employeeMaximumBelowTheMinimum_isRejected() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> ConsecutiveWorkingDays.builder()
        .minimum(2).maximum(6).putMaximumByEmployee("E1", 1).build());
    assertNames(e.getMessage(), "maximumByEmployee.E1 (1)", "minimum (2)");
  }

  @Test
  void read_overtimePerWeekAboveFourWeeks_namesBoth() {
    RosterInputException e = readFails(
        "{\"rule\": \"overtime-caps\", \"perWeek\": \"PT15H\", \"perFourWeeks\": \"PT12H\", \"perYear\": \"PT200H\"}");
    assertEquals("$.rules[0].perWeek", e.path(), e.getMessage());
    assertNames(e.getMessage(), "\"PT15H\"", "perFourWeeks (PT12H)");
  }

  @Test
  void read_overtimeFourWeeksAboveYear_namesBoth() {
    RosterInputException e = readFails(
        "{\"rule\": \"overtime-caps\", \"perWeek\": \"PT10H\", \"perFourWeeks\": \"PT40H\", \"perYear\": \"PT30H\"}");
    assertEquals("$.rules[0].perFourWeeks", e.path(), e.getMessage());
    assertNames(e.getMessage(), "perYear (PT30H)");
  }

  @Test
  void read_ordinaryHoursAboveTotalHours_namesBothRulesAndFields() {
    RosterInputException e = readFails("{\"rule\": \"total-hours-per-day\", \"maximum\": \"PT12H\"},"
        + " {\"rule\": \"ordinary-hours-per-day\", \"maximum\": \"PT13H\"}");
    assertEquals("$.rules[1].maximum", e.path(), e.getMessage());
    assertEquals(Optional.of("\"PT13H\""), e.value());
    assertNames(e.getMessage(), "ordinary-hours-per-day", "total-hours-per-day", "\"PT12H\"", "rules[0].maximum");
  }

  @Test
  void with_longShiftLongerThanTheDaysTotal_isRejected() {
    RuleSet rules = RuleSet.of(Rules.totalHoursPerDay(Duration.ofHours(12)));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> rules.with(LongShifts.builder().maxDuration(Duration.ofMinutes(12 * 60 + 30)).build()));
    assertNames(e.getMessage(), "rules[1].maxDuration", "\"PT12H30M\"", "long-shifts", "total-hours-per-day", "\"PT12H\"");
  }

  @Test
  void presets_passTheChecksAcrossRules() {
    for (RuleSet preset : new RuleSet[] {RuleSets.basic(), RuleSets.workingEnvironmentAct(), RuleSets.kommuneDefault()}) {
      RuleSet copy = assertDoesNotThrow(() -> RuleSet.of(preset.rules()));
      assertEquals(preset.rules(), copy.rules());
    }
  }

  @Test
  void read_withoutName_reportsTheMissingField() {
    RosterInputException e = assertThrows(RosterInputException.class,
        () -> RosterJson.strict().read("{\"rules\": []}", RuleSet.class));
    assertEquals("$.name", e.path(), e.getMessage());
    assertNames(e.getMessage(), "required field \"name\" missing");
  }
}
