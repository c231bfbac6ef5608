package org.careroster.constraints.vacation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careroster.constraints.Fixtures;
import org.careroster.constraints.replace.VacantShiftReport;
import org.careroster.core.Assignment;
import org.careroster.core.ContractType;
import org.careroster.core.DayKind;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Role;
import org.careroster.core.Roster;
import org.careroster.core.StaffingPlan;
import org.careroster.core.StaffingRequirement;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.Test;

/** The substitute-need document as written, against its example in docs/FORMAT.md. */
class SubstituteNeedJsonTest {

  private static final Pattern FENCE = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void written_hasTheFieldsFormatMdShows() throws IOException {
    Employee nurse = Employee.builder().id("S1").name("Name S1").role(Role.NURSE).positionPercent(100)
        .fullTimeWeeklyHours(35.5).contractType(ContractType.PERMANENT).build();
    LocalDate saturday = LocalDate.of(2027, 7, 10);
    Problem problem = Fixtures.ward(saturday, 1, nurse)
        .staffingPlan(StaffingPlan.builder().addRequirement(StaffingRequirement.builder().shift("D")
            .days(DayKind.EVERY_DAY).addRoles(Role.NURSE.id()).minimum(3).build()).build())
        .build();
    SubstituteNeed need = SubstituteNeed.of(VacantShiftReport.of(problem, Roster.of(List.of(Assignment.of("S1", saturday, "D")))),
        List.of("V1"), List.of(Assignment.of("V1", saturday, "D")));

    JsonNode written = new ObjectMapper().readTree(RosterJson.strict().write(need));
    assertEquals(2, written.get("totalShifts").asInt());
    assertEquals(15.0, written.get("totalHours").asDouble());
    assertEquals("V1", written.get("shifts").get(0).get("proposed").get(0).asText());
    assertEquals(1, written.get("weeks").get(0).get("uncoveredShifts").asInt());
    assertEquals(true, written.get("shifts").get(0).get("qualifiedOnly").asBoolean());

    JsonNode documented = new ObjectMapper().readTree(jsonBlocks().stream().filter(b -> b.contains("\"substituteList\"")).findFirst().orElseThrow());
    assertEquals(fields(documented), fields(written));
  }

  /** The field paths of a document, lists reduced to their first element, e.g. {@code shifts[].week}. */
  private static Set<String> fields(JsonNode node) {
    Set<String> paths = new TreeSet<>();
    collect(node, "", paths);
    paths.remove("formatVersion");
    return paths;
  }

  private static void collect(JsonNode node, String prefix, Set<String> paths) {
    if (node.isArray()) {
      if (node.size() > 0) {
        collect(node.get(0), prefix + "[]", paths);
      }
      return;
    }
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(f -> {
        String path = prefix.isEmpty() ? f : prefix + "." + f;
        paths.add(path);
        collect(node.get(f), path, paths);
      });
    }
  }

  private static List<String> jsonBlocks() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "FORMAT.md"), StandardCharsets.UTF_8);
    Matcher m = FENCE.matcher(doc);
    ImmutableList.Builder<String> blocks = ImmutableList.builder();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks.build();
  }
}
