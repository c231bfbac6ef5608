package org.careroster.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
// README:begin testing
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import org.careroster.constraints.RosterValidator;
import org.careroster.constraints.RuleSets;
import org.careroster.constraints.Rules;
import org.careroster.core.Roster;

/** A host application's property test: every roster our app publishes keeps the hard rules. */
class ReadmeExampleTest {

  @Test
  void everyRosterWePublish_keepsTheHardRules() {
    qt().withExamples(50).forAll(Gens.feasibleWards(10, 2)).checkAssert(ward -> {
      Roster published = ward.witness(); // your application's roster for ward.problem() here
      RuleAssert.assertThat(Rules.dailyRest(Duration.ofHours(11))).given(ward.problem(), published).holds();
      assertTrue(RosterValidator.validate(ward.problem(), published, RuleSets.kommuneDefault()).isFeasible());
    });
  }
// README:end

  /** The README's java block under "Testing your integration" is the region above, character for character. */
  @Test
  void readme_testingSection_isThisTest() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("\n## Testing your integration\n");
    assertTrue(start >= 0, "README.md has no \"## Testing your integration\" section");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher block = Pattern.compile("(?m)^```java\n(.*?)^```$", Pattern.DOTALL).matcher(readme.substring(start, end));
    assertTrue(block.find(), "the section has a java block");
    List<String> region = new ArrayList<>();
    boolean inside = false;
    for (String line : Files.readString(Path.of("src/test/java/org/careroster/testkit/ReadmeExampleTest.java")).split("\n", -1)) {
      if (line.strip().equals("// README:begin testing")) {
        inside = true;
      } else if (line.strip().equals("// README:end")) {
        break;
      } else if (inside) {
        region.add(line);
      }
    }
    assertEquals(String.join("\n", region) + "\n}\n", block.group(1));
  }
}
