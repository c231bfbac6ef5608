package org.careroster.core.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.VacationYear;
import org.careroster.core.WorkRecord;

/**
 * Generates the JSON Schemas of the interchange format ({@code docs/schema}) from the model
 * classes with victools.
 *
 * <p>Each schema is generated from the public abstract model types, so definitions carry their
 * public names ({@code Employee}, not {@code ImmutableEmployee}). Which argument-free methods are
 * JSON properties, and which of them are required, is not guessed from the abstract class (the
 * Immutables annotations that tell an attribute from a derived or lazy method are not retained at
 * run time): it is read from the {@code @JsonProperty(value, required)} annotation that Immutables
 * generates on the same accessor of the implementation named in {@code @JsonSerialize(as = ...)},
 * which is exactly what Jackson reads and writes.
 */
final class RosterSchemas {

  /** Wall-clock time as Jackson writes a LocalTime: {@code 07:30}, seconds only when not zero. */
  static final String TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

  /**
   * A non-negative ISO-8601 duration as {@link Duration#toString()} writes it ({@code PT7H30M},
   * {@code PT0S}), also allowing a day part ({@code P1DT2H}) as {@link Duration#parse} reads it.
   */
  static final String DURATION_PATTERN =
      "^P(?=[0-9]|T[0-9])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?$";

  /** Where the schemas live, relative to roster-core (Surefire's working directory). */
  static final Path SCHEMA_DIR = Path.of("..", "docs", "schema");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** One schema file: its name under {@code docs/schema} and how to generate it. */
  enum Document {
    PROBLEM("problem.schema.json", "careroster problem", "Everything a ward plans a roster from."),
    ROSTER("roster.schema.json", "careroster roster", "Who works which shift on which date, and the shifts left vacant."),
    WORK_RECORDS(
        "work-records.schema.json",
        "careroster work records",
        "Hours worked or missed per employee and day (time records or payroll), as a JSON array."),
    VACATION(
        "vacation.schema.json",
        "careroster vacation year",
        "A holiday year's vacation planning: entitlements, ranked wishes, the main holiday period, the summer periods and last year's peak weeks."),
    SCENARIOS(
        "scenarios.schema.json",
        "careroster scenarios",
        "What-if variations of a ward's base rotation (weekend frequency, long shifts, task-sharing, positions, shift lengths), as a JSON array.");

    final String fileName;
    final String title;
    final String description;

    Document(String fileName, String title, String description) {
      this.fileName = fileName;
      this.title = title;
      this.description = description;
    }

    Path path() {
      return SCHEMA_DIR.resolve(fileName);
    }

    /** The schema generated from the model classes now. */
    ObjectNode generate() {
      ObjectNode generated;
      switch (this) {
        case PROBLEM:
          generated = withFormatVersion(generator().generateSchema(Problem.class));
          break;
        case ROSTER:
          generated = withFormatVersion(generator().generateSchema(Roster.class));
          break;
        case VACATION:
          generated = withFormatVersion(generator().generateSchema(VacationYear.class));
          break;
        case SCENARIOS:
          generated = generator().generateSchema(ImmutableList.class, org.careroster.core.Scenario.class);
          break;
        case WORK_RECORDS:
          // readList/write of a list: a bare array, no formatVersion (there is no object to hold it)
          generated = generator().generateSchema(ImmutableList.class, WorkRecord.class);
          break;
        default:
          throw new AssertionError(this);
      }
      ObjectNode result = MAPPER.createObjectNode();
      result.set("$schema", generated.remove("$schema"));
      result.put("title", title);
      result.put("description", description);
      result.setAll(generated);
      return result;
    }

    /** The checked-in schema. */
    JsonNode read() throws IOException {
      return MAPPER.readTree(Files.readString(path(), StandardCharsets.UTF_8));
    }

    /** Overwrites the checked-in schema with the generated one. */
    void write() throws IOException {
      Files.createDirectories(SCHEMA_DIR);
      Files.writeString(path(), MAPPER.writeValueAsString(generate()) + "\n", StandardCharsets.UTF_8);
    }
  }

  private RosterSchemas() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
            .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
            .with(Option.FLATTENED_ENUMS)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .with(Option.PLAIN_DEFINITION_KEYS)
            // victools' FLATTENED_OPTIONALS would also allow null; RosterJson never writes null.
            .without(Option.FLATTENED_OPTIONALS, Option.PUBLIC_STATIC_FIELDS, Option.NONPUBLIC_STATIC_FIELDS);
    // Model classes have no instance fields; every property is an accessor method.
    config.forFields().withIgnoreCheck(field -> true);
    config
        .forMethods()
        .withIgnoreCheck(method -> jsonProperty(method).isEmpty())
        .withPropertyNameOverrideResolver(method -> jsonProperty(method).map(JsonProperty::value).orElse(null))
        .withRequiredCheck(method -> jsonProperty(method).map(JsonProperty::required).orElse(false))
        // An empty Optional is omitted, never written as null: Optional<T> is plain T, not required.
        .withTargetTypeOverridesResolver(
            method ->
                method.getType().isInstanceOf(Optional.class)
                    ? List.of(method.getTypeParameterFor(Optional.class, 0))
                    : null)
        .withArrayUniqueItemsResolver(method -> method.getType().isInstanceOf(Set.class) ? true : null);
    config
        .forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, context) -> {
              Class<?> raw = type.getErasedType();
              ObjectNode node = MAPPER.createObjectNode().put("type", "string");
              if (raw == LocalDate.class) {
                node.put("format", "date");
              } else if (raw == LocalTime.class) {
                node.put("pattern", TIME_PATTERN);
              } else if (raw == Duration.class) {
                node.put("pattern", DURATION_PATTERN);
              } else {
                return null;
              }
              return new CustomDefinition(node, true);
            });
    return new SchemaGenerator(config.build());
  }

  /**
   * The {@code @JsonProperty} Immutables put on the implementation's accessor for {@code method},
   * if {@code method} is a JSON attribute of a model type; empty for final helpers, lazy and
   * derived methods, {@code @JsonIgnore}d methods and anything that is not an argument-free
   * accessor.
   */
  private static Optional<JsonProperty> jsonProperty(MethodScope method) {
    Method raw = method.getRawMember();
    if (method.getArgumentCount() != 0 || raw.isAnnotationPresent(JsonIgnore.class)) {
      return Optional.empty();
    }
    JsonSerialize serialize = raw.getDeclaringClass().getAnnotation(JsonSerialize.class);
    if (serialize == null || serialize.as() == Void.class) {
      return Optional.empty();
    }
    try {
      Method implementation = serialize.as().getDeclaredMethod(raw.getName());
      return Optional.ofNullable(implementation.getAnnotation(JsonProperty.class));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode withFormatVersion(ObjectNode schema) {
    ObjectNode properties = MAPPER.createObjectNode();
    properties
        .putObject(RosterJson.FORMAT_VERSION_FIELD)
        .put("description", "Version of the interchange format; optional on input, always written.")
        .put("type", "integer")
        .put("const", RosterJson.FORMAT_VERSION);
    properties.setAll((ObjectNode) schema.get("properties"));
    schema.set("properties", properties);
    return schema;
  }

}
