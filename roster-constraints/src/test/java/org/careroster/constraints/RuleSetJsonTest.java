package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

class RuleSetJsonTest {

  private static final RosterJson JSON = RosterJson.strict();

  @Test
  void write_basic_roundTrips() {
    RuleSet rules = RuleSets.basic().with(Rules.dailyRest(Duration.ofHours(8)));
    String json = JSON.write(rules);
    assertTrue(json.contains("\"rule\": \"daily-rest\""), json);
    assertTrue(json.contains("\"minimum\": \"PT8H\""), json);
    assertTrue(json.contains("\"severity\": \"soft(1)\""), json);
    assertEquals(rules, JSON.read(json, RuleSet.class));
  }

  @Test
  void read_unknownRule_namesIt() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () -> JSON.read("{\"name\":\"x\",\"rules\":[{\"rule\":\"dayly-rest\"}]}", RuleSet.class));
    assertTrue(e.getMessage().startsWith("$.rules[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("dayly-rest"), e.getMessage());
  }

  @Test
  void read_badParameter_pointsAtIt() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                JSON.read(
                    "{\"name\":\"x\",\"rules\":[{\"rule\":\"daily-rest\",\"minimum\":\"PT25H\"}]}",
                    RuleSet.class));
    assertEquals(
        "$.rules[0].minimum: \"PT25H\" must be more than 0 and at most 24 hours (rule daily-rest)",
        e.getMessage());
  }

  @Test
  void read_badSeverity_explainsForm() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                JSON.read(
                    "{\"name\":\"x\",\"rules\":[{\"rule\":\"minimum-cover\",\"severity\":\"soft(0)\"}]}",
                    RuleSet.class));
    assertTrue(e.getMessage().startsWith("$.rules[0].severity: \"soft(0)\" must be"), e.getMessage());
  }

  @Test
  void read_repeatedRule_pointsAtSecond() {
    RosterInputException e =
        assertThrows(
            RosterInputException.class,
            () ->
                JSON.read(
                    "{\"name\":\"x\",\"rules\":[{\"rule\":\"minimum-cover\"},{\"rule\":\"minimum-cover\"}]}",
                    RuleSet.class));
    assertTrue(e.getMessage().startsWith("$.rules[1]: \"minimum-cover\" repeats"), e.getMessage());
  }
}
