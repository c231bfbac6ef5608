package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careroster.core.json.RosterSchemas.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schemas in {@code docs/schema} are generated from the model and describe what {@link
 * RosterJson} writes and reads. After a model change, regenerate them with
 *
 * <pre>
 * mvn -B -q -pl roster-core test -Dtest=JsonSchemaTest -Dcareroster.updateSchemas=true
 * </pre>
 */
class JsonSchemaTest {

  static final String UPDATE_PROPERTY = "careroster.updateSchemas";

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  /** Validates {@code instance} against the checked-in schema of {@code document}. */
  static Set<ValidationMessage> validate(Document document, JsonNode instance) throws IOException {
    JsonSchema schema = FACTORY.getSchema(document.read(), CONFIG);
    return schema.validate(instance);
  }

  private static JsonNode tree(String json) throws IOException {
    return RosterSchemas.mapper().readTree(json);
  }

  private static JsonNode problemTree() throws IOException {
    return tree(RosterJson.strict().write(RichDocuments.problem()));
  }

  /** With {@code -Dcareroster.updateSchemas=true}, rewrites docs/schema before any test reads it. */
  @BeforeAll
  static void updateSchemasIfAsked() throws IOException {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      for (Document document : Document.values()) {
        document.write();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Document.class)
  void schema_generatedFromModel_equalsCheckedInFile(Document document) throws IOException {
    ObjectNode generated = document.generate();
    JsonNode checkedIn;
    try {
      checkedIn = document.read();
    } catch (IOException e) {
      throw new AssertionError(
          "cannot read docs/schema/" + document.fileName + " (" + e + "). " + howToRegenerate(), e);
    }
    assertEquals(
        checkedIn,
        generated,
        () -> "docs/schema/" + document.fileName + " differs from the schema generated from the model. " + howToRegenerate());
  }

  private static String howToRegenerate() {
    return "If the model change is intended, regenerate the schemas and commit them: "
        + "mvn -B -q -pl roster-core test -Dtest=JsonSchemaTest -D" + UPDATE_PROPERTY + "=true";
  }

  @Test
  void problemSchema_describesEveryTypeAsWritten() throws IOException {
    JsonNode schema = Document.PROBLEM.read();
    JsonNode defs = schema.get("$defs");
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    assertEquals(
        ImmutableSet.of(
            "Absence", "Assignment", "Competence", "Employee", "PlanningHorizon", "Qualification", "Request",
            "Role", "ShiftType", "StaffingPlan", "StaffingRequirement", "Task", "TaskPermission",
            "TaskSharingPolicy", "Unit",
            // enums
            "AbsenceKind", "ContractType", "DayKind", "HorizonKind", "RequestKind", "ShiftCategory", "UnitKind"),
        names(defs));
    // the root: formatVersion is optional but fixed, only the horizon is required
    assertEquals(1, schema.at("/properties/formatVersion/const").asInt());
    assertEquals(ImmutableSet.of("horizon"), values(schema.get("required")));
    assertFalse(schema.get("additionalProperties").asBoolean());
    assertEquals(
        ImmutableSet.of(
            "formatVersion", "horizon", "units", "roles", "competences", "employees", "shiftTypes", "staffingPlan",
            "tasks", "taskSharing", "absences", "requests", "fixedAssignments"),
        names(schema.get("properties")));
    // required = neither Optional, collection nor default
    assertEquals(
        ImmutableSet.of("id", "name", "role", "positionPercent", "contractType", "fullTimeWeeklyHours"),
        values(defs.at("/Employee/required")));
    assertEquals(ImmutableSet.of("code", "start", "duration", "category"), values(defs.at("/ShiftType/required")));
    assertEquals(ImmutableSet.of("start", "end"), values(defs.at("/PlanningHorizon/required")));
    assertEquals(ImmutableSet.of("employee", "kind", "from", "to"), values(defs.at("/Absence/required")));
    assertEquals(ImmutableSet.of("shift", "days", "minimum"), values(defs.at("/StaffingRequirement/required")));
    assertEquals(ImmutableSet.of("employee", "date", "shift"), values(defs.at("/Assignment/required")));
    // derived, lazy, final and @JsonIgnore methods are not properties
    assertFalse(defs.at("/ShiftType/properties").has("long"));
    assertFalse(defs.at("/PlanningHorizon/properties").has("dates"));
    assertFalse(defs.at("/PlanningHorizon/properties").has("cyclic"));
    assertFalse(schema.get("properties").has("publicHolidays"));
    assertFalse(schema.get("properties").has("coverRequirements"));
    assertFalse(defs.at("/Employee/properties").has("fullTime"));
    // types
    assertEquals("number", defs.at("/Employee/properties/positionPercent/type").asText());
    assertEquals("integer", defs.at("/Employee/properties/weekendFrequency/type").asText());
    assertEquals("boolean", defs.at("/Employee/properties/worksNights/type").asText());
    assertEquals("date", defs.at("/Employee/properties/employmentStart/format").asText());
    assertEquals(RosterSchemas.TIME_PATTERN, defs.at("/ShiftType/properties/start/pattern").asText());
    assertEquals(RosterSchemas.DURATION_PATTERN, defs.at("/ShiftType/properties/paidBreak/pattern").asText());
    assertEquals(
        ImmutableSet.of("PERMANENT", "TEMPORARY", "HOURLY_SUBSTITUTE", "STUDENT", "APPRENTICE"),
        values(defs.at("/ContractType/enum")));
    assertEquals("#/$defs/ContractType", defs.at("/Employee/properties/contractType/$ref").asText());
    assertEquals("string", defs.at("/Employee/properties/homeUnit/type").asText()); // Optional: not nullable
    assertEquals("array", defs.at("/Employee/properties/competences/type").asText());
    assertFalse(defs.at("/Employee/properties/competences").has("uniqueItems"));
    assertTrue(defs.at("/Employee/properties/otherUnits/uniqueItems").asBoolean());
    assertTrue(defs.at("/StaffingRequirement/properties/roles/uniqueItems").asBoolean());
    for (Map.Entry<String, JsonNode> def : fields(defs)) {
      JsonNode type = def.getValue().get("type");
      assertTrue(
          type.asText().equals("string") && def.getValue().has("enum")
              || type.asText().equals("object") && !def.getValue().get("additionalProperties").asBoolean(),
          def.getKey());
    }
  }

  @Test
  void workRecordsSchema_isAnArrayWithoutFormatVersion() throws IOException {
    JsonNode schema = Document.WORK_RECORDS.read();
    assertEquals("array", schema.get("type").asText());
    assertEquals("#/$defs/WorkRecord", schema.at("/items/$ref").asText());
    assertFalse(schema.has("properties"));
    assertEquals(ImmutableSet.of("date"), values(schema.at("/$defs/WorkRecord/required")));
    assertFalse(schema.at("/$defs/WorkRecord/properties").has("worked"));
  }

  @Test
  void problem_writtenByRosterJson_isValid() throws IOException {
    assertEquals(Set.of(), validate(Document.PROBLEM, problemTree()));
  }

  @Test
  void roster_writtenByRosterJson_isValid() throws IOException {
    assertEquals(Set.of(), validate(Document.ROSTER, tree(RosterJson.strict().write(RichDocuments.roster()))));
  }

  @Test
  void workRecords_writtenByRosterJson_areValid() throws IOException {
    String json = RosterJson.strict().write(RichDocuments.workRecords());
    assertEquals(Set.of(), validate(Document.WORK_RECORDS, tree(json)));
    assertEquals(RichDocuments.workRecords(), RosterJson.strict().readList(json, org.careroster.core.WorkRecord.class));
  }

  @ParameterizedTest
  @EnumSource(Document.class)
  void richDocuments_useEveryPropertyOfTheSchema(Document document) throws IOException {
    JsonNode instance;
    switch (document) {
      case PROBLEM:
        instance = problemTree();
        break;
      case ROSTER:
        instance = tree(RosterJson.strict().write(RichDocuments.roster()));
        break;
      case VACATION:
        instance = tree(RosterJson.strict().write(RichDocuments.vacationYear()));
        break;
      case SCENARIOS:
        instance = tree(RosterJson.strict().write(RichDocuments.scenarios()));
        break;
      default:
        instance = tree(RosterJson.strict().write(RichDocuments.workRecords()));
    }
    JsonNode schema = document.read();
    Set<String> declared = new TreeSet<>();
    declaredProperties(schema, "$", declared);
    for (Map.Entry<String, JsonNode> def : fields(schema.path("$defs"))) {
      declaredProperties(def.getValue(), def.getKey(), declared);
    }
    Set<String> used = new TreeSet<>();
    usedProperties(schema, schema, instance, "$", used);
    assertEquals(Set.of(), Sets.difference(declared, used), "properties the rich " + document + " never uses");
    assertEquals(Set.of(), Sets.difference(used, declared), "properties written but not declared");
  }

  @Test
  void problem_misspeltField_failsSchemaAndStrictReader() throws IOException {
    JsonNode problem = problemTree();
    ObjectNode employee = (ObjectNode) problem.at("/employees/1");
    employee.set("positionPrecent", employee.remove("positionPercent"));

    Set<ValidationMessage> errors = validate(Document.PROBLEM, problem);

    assertFalse(errors.isEmpty());
    String messages = errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
    assertTrue(messages.contains("positionPrecent"), messages);
    assertTrue(messages.contains("positionPercent"), messages); // now also missing
    RosterInputException e =
        assertThrows(RosterInputException.class, () -> RosterJson.strict().readProblem(problem.toString()));
    assertTrue(e.problem().startsWith("unknown field \"positionPrecent\""), e.getMessage());
  }

  @Test
  void problem_missingRequiredField_failsSchemaAndStrictReader() throws IOException {
    JsonNode problem = problemTree();
    ((ObjectNode) problem.at("/shiftTypes/2")).remove("category");

    Set<ValidationMessage> errors = validate(Document.PROBLEM, problem);

    assertEquals(1, errors.size(), errors::toString);
    ValidationMessage error = errors.iterator().next();
    assertEquals("required", error.getType());
    assertEquals("/shiftTypes/2", error.getInstanceLocation().toString());
    assertTrue(error.getMessage().contains("category"), error.getMessage());
    RosterInputException e =
        assertThrows(RosterInputException.class, () -> RosterJson.strict().readProblem(problem.toString()));
    assertEquals("required field \"category\" missing", e.problem());
    // RosterJson drops the index inside Guava collections: "$.shiftTypes.category" (reported)
    assertTrue(e.path().startsWith("$.shiftTypes") && e.path().endsWith(".category"), e.path());
  }

  @Test
  void problem_badValues_failSchema() throws IOException {
    JsonNode problem = problemTree();
    ((ObjectNode) problem).put("formatVersion", 2);
    ((ObjectNode) problem.at("/horizon")).put("start", "22.03.2027");
    ((ObjectNode) problem.at("/shiftTypes/0")).put("start", "7:30");
    ((ObjectNode) problem.at("/shiftTypes/0")).put("duration", "7.5h");
    ((ObjectNode) problem.at("/employees/0")).put("contractType", "permanent");
    ((ArrayNode) problem.at("/employees/0/otherUnits")).add("ward-3");

    Set<String> locations =
        validate(Document.PROBLEM, problem).stream()
            .map(m -> m.getInstanceLocation().toString())
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(
        ImmutableSet.of(
            "/formatVersion",
            "/horizon/start",
            "/shiftTypes/0/start",
            "/shiftTypes/0/duration",
            "/employees/0/contractType",
            "/employees/0/otherUnits"),
        locations);
  }

  @Test
  void timeAndDurationPatterns_acceptWhatJavaWritesAndRejectOthers() {
    Pattern time = Pattern.compile(RosterSchemas.TIME_PATTERN);
    Pattern duration = Pattern.compile(RosterSchemas.DURATION_PATTERN);
    for (LocalTime t : new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.of(7, 30), LocalTime.of(23, 59, 59)}) {
      assertTrue(time.matcher(t.toString()).matches(), t::toString);
    }
    for (String bad : new String[] {"7:30", "24:00", "07:60", "0730", "07:30Z"}) {
      assertFalse(time.matcher(bad).matches(), bad);
    }
    for (Duration d :
        new Duration[] {Duration.ZERO, Duration.ofMinutes(450), Duration.ofHours(24), Duration.ofSeconds(90, 5)}) {
      assertTrue(duration.matcher(d.toString()).matches(), d::toString);
    }
    for (String good : new String[] {"P1D", "P1DT2H", "PT7H30M", "PT0.5S"}) {
      assertTrue(duration.matcher(good).matches(), good);
      Duration.parse(good); // and Java reads it
    }
    for (String bad : new String[] {"P", "PT", "PT-1H", "7H30M", "PT7.5H", "P1W", "PT7H30M0"}) {
      assertFalse(duration.matcher(bad).matches(), bad);
    }
  }

  private static void declaredProperties(JsonNode schema, String where, Set<String> out) {
    JsonNode object = schema.has("items") ? schema.get("items") : schema;
    for (String name : names(object.path("properties"))) {
      out.add(where + "." + name);
    }
  }

  /** Records {@code definition.property} for every field of {@code instance}, following {@code $ref}s. */
  private static void usedProperties(JsonNode root, JsonNode schema, JsonNode instance, String where, Set<String> out) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().substring("#/$defs/".length());
      usedProperties(root, root.get("$defs").get(name), instance, name, out);
    } else if (instance.isArray()) {
      for (JsonNode item : instance) {
        usedProperties(root, schema.get("items"), item, where, out);
      }
    } else if (instance.isObject()) {
      for (Map.Entry<String, JsonNode> field : fields(instance)) {
        out.add(where + "." + field.getKey());
        JsonNode property = schema.path("properties").path(field.getKey());
        if (!property.isMissingNode()) {
          usedProperties(root, property, field.getValue(), where + "." + field.getKey(), out);
        }
      }
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    return () -> {
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      return it;
    };
  }
}
