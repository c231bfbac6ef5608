package org.careroster.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careroster.core.InvalidModelException;
import org.careroster.core.Problem;
import org.careroster.core.Roster;

/**
 * Reads and writes careroster's JSON interchange format (described in {@code docs/FORMAT.md}):
 * lower-camel-case field names, ISO-8601 dates ({@code 2027-01-04}), times ({@code 07:30}) and
 * durations ({@code PT7H30M}), and a {@code formatVersion} on every document.
 *
 * <pre>{@code
 * RosterJson json = RosterJson.strict();
 * Problem problem = json.readProblem(Path.of("problem.json"));
 * Roster roster = json.readRoster(Path.of("roster.json"), problem);
 * String out = json.write(roster);   // {"formatVersion":1,"assignments":[{"employee":"E1",...}]}
 * }</pre>
 *
 * <p>Bad input fails with a {@link RosterInputException} naming the JSON path, the value and what
 * was expected, and no object is returned. Unknown fields are rejected unless the reader comes from
 * {@link #ignoringUnknownFields()}. Instances are immutable and thread-safe.
 */
public final class RosterJson {

  /** The format version this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Name of the version field on every document. */
  public static final String FORMAT_VERSION_FIELD = "formatVersion";

  private static final RosterJson STRICT = new RosterJson(true);
  private static final RosterJson LENIENT = new RosterJson(false);
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  /** Two-space indentation, {@code "field": value}, one array element per line. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private static final Pattern NULL_ELEMENT = Pattern.compile("at index (\\d+)");

  private static final Pattern MISSING_CREATOR = Pattern.compile("Missing required creator property '([^']*)'");

  private final ObjectMapper mapper;

  private RosterJson(boolean failOnUnknownFields) {
    this.mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            // after the java.time module, so that its time serializer wins
            .addModule(new RosterFormatModule())
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, failOnUnknownFields)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            // null for a field reads as if the field were left out (docs/FORMAT.md)
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
            .build();
  }

  /** The reader and writer that rejects unknown fields: the default, catching misspelt names. */
  public static RosterJson strict() {
    return STRICT;
  }

  /** A reader and writer that skips unknown fields, for documents from newer producers. */
  public static RosterJson ignoringUnknownFields() {
    return LENIENT;
  }

  /**
   * Reads a problem.
   *
   * @throws RosterInputException if the document is malformed or describes an invalid problem
   */
  public Problem readProblem(String json) {
    return read(json, Problem.class);
  }

  /**
   * Reads a problem from a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws RosterInputException if the document is malformed or describes an invalid problem
   */
  public Problem readProblem(Path file) throws IOException {
    return readProblem(readUtf8(file));
  }

  /**
   * The text of a UTF-8 file, without a leading byte-order mark.
   *
   * @throws IOException if the file cannot be read
   * @throws RosterInputException if the file is not UTF-8 (e.g. Latin-1 or UTF-16); the message
   *     names the file and the first byte that is not UTF-8
   */
  public static String readUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new RosterInputException("$", null, file + " is UTF-16 (it starts with a UTF-16 byte-order mark); "
          + "careroster reads UTF-8. Maybe convert it: iconv -f UTF-16 -t UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw new RosterInputException("$", String.format(java.util.Locale.ROOT, "0x%02X", bytes[at] & 0xFF),
          file + " is not UTF-8: byte " + String.format(java.util.Locale.ROOT, "0x%02X", bytes[at] & 0xFF)
              + " at offset " + at + " (line " + lineOf(bytes, at) + ") is not part of a UTF-8 character; "
              + "careroster reads UTF-8 files. Maybe convert it: iconv -f ISO-8859-1 -t UTF-8");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Reads a roster and checks that its employees, shifts, dates and units belong to {@code
   * problem}.
   *
   * @throws RosterInputException if the document is malformed, describes an invalid roster, or
   *     refers to something the problem does not have
   */
  public Roster readRoster(String json, Problem problem) {
    Roster roster = read(json, Roster.class);
    try {
      problem.checkReferences(roster);
    } catch (InvalidModelException e) {
      throw fromModel("$", e);
    }
    return roster;
  }

  /**
   * Reads a roster from a UTF-8 file and checks it against {@code problem}.
   *
   * @throws IOException if the file cannot be read
   * @throws RosterInputException as {@link #readRoster(String, Problem)}
   */
  public Roster readRoster(Path file, Problem problem) throws IOException {
    return readRoster(readUtf8(file), problem);
  }

  /**
   * Reads a document of any model type, e.g. {@code read(json, Employee.class)}.
   *
   * @throws RosterInputException if the document is malformed or describes an invalid value
   */
  public <T> T read(String json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a JSON array of model values, e.g. {@code readList(json, WorkRecord.class)}.
   *
   * @throws RosterInputException if the document is malformed or an element is invalid
   */
  public <T> ImmutableList<T> readList(String json, Class<T> elementType) {
    List<T> list = read(json, mapper.getTypeFactory().constructCollectionType(List.class, elementType));
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new RosterInputException("$[" + i + "]", "null", "null is not allowed in a list");
      }
    }
    return ImmutableList.copyOf(list);
  }

  private <T> T read(String json, JavaType type) {
    Objects.requireNonNull(json, "json");
    JsonNode root = null;
    try {
      // A UTF-8 byte-order mark, as some Windows editors write, is no part of the document.
      root = mapper.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
      if (root == null || root.isMissingNode()) {
        throw new RosterInputException("$", null, "the document is empty; expected a JSON value");
      }
      if (root.isNull()) {
        boolean list = type.isCollectionLikeType();
        throw new RosterInputException("$", "null", "null is not "
            + (list ? "a list; expected a JSON array" : describe(type.getRawClass()) + "; expected a JSON object"));
      }
      if (root.isObject()) {
        checkFormatVersion((ObjectNode) root);
      }
      return mapper.readerFor(type).readValue(root);
    } catch (JacksonException e) {
      throw translate(e, root);
    } catch (IOException e) {
      throw new RosterInputException("$", null, "unreadable JSON: " + e.getMessage(), e);
    }
  }

  private static void checkFormatVersion(ObjectNode root) {
    JsonNode version = root.remove(FORMAT_VERSION_FIELD);
    if (version != null && !(version.isIntegralNumber() && version.asInt() == FORMAT_VERSION)) {
      throw new RosterInputException(
          "$." + FORMAT_VERSION_FIELD,
          version.toString(),
          "formatVersion (" + version + ") is not supported; this careroster reads format " + FORMAT_VERSION);
    }
  }

  /**
   * Writes {@code value} as an indented JSON document; objects start with {@code "formatVersion":
   * 1}.
   *
   * @throws IllegalArgumentException if {@code value} is not a careroster model value
   */
  public String write(Object value) {
    JsonNode tree = mapper.valueToTree(value);
    if (tree.isObject()) {
      ObjectNode document = mapper.createObjectNode();
      document.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
      document.setAll((ObjectNode) tree);
      tree = document;
    }
    try {
      return mapper.writer(PRETTY).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes {@code value} to {@code file} in UTF-8, replacing it only once the whole document is
   * written (through a temporary file in the same directory).
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Path file, Object value) throws IOException {
    String json = write(value);
    Path absolute = file.toAbsolutePath();
    Path temp = absolute.resolveSibling(absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temp, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static RosterInputException translate(JacksonException e, JsonNode root) {
    if (e instanceof StreamReadException && !(e instanceof MismatchedInputException)) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String duplicate = duplicateField(e);
      if (duplicate != null) {
        String field = "\"" + duplicate + "\"";
        return new RosterInputException(
            parsePath((StreamReadException) e),
            field,
            "duplicate field " + field + where + "; each field may appear only once in an object",
            e);
      }
      return new RosterInputException("$", null, "malformed JSON" + where + ": " + withoutSource(e.getOriginalMessage()), e);
    }
    if (!(e instanceof JsonMappingException)) {
      return new RosterInputException("$", null, e.getOriginalMessage(), e);
    }
    JsonMappingException m = (JsonMappingException) e;
    String path = jsonPath(m.getPath());
    Throwable cause = m.getCause();
    if (cause instanceof InvalidModelException) {
      return fromModel(path, (InvalidModelException) cause);
    }
    if (cause instanceof IllegalStateException && cause.getMessage() != null) {
      Matcher missing = MISSING.matcher(cause.getMessage());
      if (missing.find()) {
        List<String> fields = Arrays.asList(missing.group(1).split(",\\s*"));
        return new RosterInputException(
            join(path, fields.get(0)),
            null,
            "required field" + (fields.size() > 1 ? "s " : " ") + fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", ")) + " missing",
            m);
      }
    }
    if (cause instanceof RosterFormatModule.DuplicateElementException) {
      RosterFormatModule.DuplicateElementException d =
          (RosterFormatModule.DuplicateElementException) cause;
      String value = InvalidModelException.render(d.element);
      return new RosterInputException(
          path + "[" + d.index + "]", value, value + " is repeated; each entry of this list may appear once", m);
    }
    if (cause instanceof NullPointerException && cause.getMessage() != null) {
      Matcher index = NULL_ELEMENT.matcher(cause.getMessage());
      if (index.matches()) {
        return new RosterInputException(path + "[" + index.group(1) + "]", "null", "null is not allowed in a list", m);
      }
    }
    if (cause instanceof NullPointerException && cause.getMessage() != null && !cause.getMessage().contains(" ")) {
      return new RosterInputException(join(path, cause.getMessage()), "null", "must not be null", m);
    }
    if (m instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
      TreeSet<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      return new RosterInputException(
          path,
          "\"" + u.getPropertyName() + "\"",
          "unknown field \"" + u.getPropertyName() + "\"; expected one of " + known
              + ". Maybe a misspelt name; RosterJson.ignoringUnknownFields() skips unknown fields",
          m);
    }
    if (m instanceof RosterFormatModule.OutOfRangeDecimal) {
      String value = ((InvalidFormatException) m).getValue().toString();
      return new RosterInputException(path, value, value + " is out of range: a decimal here has at most "
          + RosterFormatModule.DECIMAL_DIGITS + " digits before and after the point", m);
    }
    if (m instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) m;
      String value = InvalidModelException.render(f.getValue());
      return new RosterInputException(path, value, value + " is not " + describe(f.getTargetType()), m);
    }
    Matcher creator = MISSING_CREATOR.matcher(String.valueOf(m.getOriginalMessage()));
    if (creator.find()) {
      String field = creator.group(1);
      return new RosterInputException(join(path.replaceFirst("\\." + Pattern.quote(field) + "$", ""), field), null,
          "required field \"" + field + "\" missing", m);
    }
    if (m instanceof MismatchedInputException && ((MismatchedInputException) m).getTargetType() != null) {
      Class<?> target = ((MismatchedInputException) m).getTargetType();
      JsonNode found = nodeAt(root, m.getPath());
      if (found != null && !found.isMissingNode()) {
        String value = found.toString();
        return new RosterInputException(path, value, value + " is not " + describe(target), m);
      }
      return new RosterInputException(path, null, "expected " + describe(target) + ": " + firstLine(m.getOriginalMessage()), m);
    }
    String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : firstLine(m.getOriginalMessage());
    return new RosterInputException(path, null, detail, m);
  }

  private static RosterInputException fromModel(String path, InvalidModelException e) {
    boolean missing = e.value().equals("null");
    String problem =
        (missing ? "no value given; it " : e.value() + " ") + e.expectation() + " (" + e.subject() + ")";
    return new RosterInputException(join(path, e.path()), missing ? null : e.value(), problem, e);
  }

  /** The field name if {@code e} reports a repeated field (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
  private static String duplicateField(JacksonException e) {
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    return duplicate.matches() ? duplicate.group(1) : null;
  }

  /** The JSON path where the parser stood when {@code e} was thrown, e.g. {@code $.employees[0].name}. */
  private static String parsePath(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    if (parser == null) {
      return "$";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  /** The node the Jackson path {@code refs} leads to in {@code root}, or null. */
  private static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
    JsonNode node = root;
    for (JsonMappingException.Reference ref : refs) {
      if (node == null) {
        return null;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    return node;
  }

  private static String jsonPath(List<JsonMappingException.Reference> refs) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : refs) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String path, String relative) {
    if (relative.isEmpty()) {
      return path;
    }
    return relative.startsWith("[") ? path + relative : path + "." + relative;
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == LocalDate.class) {
      return "an ISO-8601 date such as \"2027-01-04\"";
    }
    if (type == LocalTime.class) {
      return "an ISO-8601 time such as \"07:30\"";
    }
    if (type == Duration.class) {
      return "an ISO-8601 duration such as \"PT7H30M\"";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class || type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object (" + type.getSimpleName().replaceFirst("^Immutable", "").replace("Json", "") + ")";
  }

  /** Jackson's message without its "[Source: REDACTED …; line: 1, column: 1]" location part. */
  private static String withoutSource(String message) {
    return message == null ? "" : SOURCE.matcher(message).replaceAll("line $1, column $2");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
