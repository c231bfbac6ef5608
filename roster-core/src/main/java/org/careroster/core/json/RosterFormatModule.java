package org.careroster.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.type.MapType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import com.google.common.collect.ImmutableSet;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;

/**
 * careroster's adjustments to Jackson: Guava's {@link ImmutableList}, {@link ImmutableSet} and
 * {@link ImmutableMap} are read through Jackson's own list and map deserializers, so that an error
 * inside an element keeps the
 * element's index in its path ({@code $.employees[3].positionPercent}, not {@code
 * $.employees.positionPercent}), and a set may not repeat an element; times are written as {@code
 * "07:30"} ({@link LocalTime#toString()}), not {@code "07:30:00"}; dates, times and durations are
 * read from ISO-8601 strings only, and decimals only within {@value #DECIMAL_DIGITS} digits either
 * side of the point.
 */
final class RosterFormatModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Most decimal places, and most digits before the point, a decimal in a document may have. */
  static final int DECIMAL_DIGITS = 100;

  RosterFormatModule() {
    super("careroster-format");
    addSerializer(LocalTime.class, ToStringSerializer.instance);
    addDeserializer(Duration.class, new IsoStringDeserializer<>(Duration.class, Duration::parse));
    addDeserializer(LocalDate.class,
        new IsoStringDeserializer<>(LocalDate.class, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
    addDeserializer(LocalTime.class,
        new IsoStringDeserializer<>(LocalTime.class, text -> LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME)));
    addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
  }

  /**
   * A java.time value from an ISO-8601 string and nothing else: no numbers (seconds, epoch days),
   * no arrays, no date-time where a date belongs.
   */
  private static final class IsoStringDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    IsoStringDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      try {
        return parse.apply(text.strip());
      } catch (DateTimeParseException e) {
        throw InvalidFormatException.from(p, "not ISO-8601", text, handledType());
      }
    }
  }

  /**
   * A decimal with at most {@value #DECIMAL_DIGITS} places and {@value #DECIMAL_DIGITS} digits
   * before the point: {@code 1e-1000000000} is a valid JSON number but no position size, and
   * arithmetic on it would not end.
   */
  private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    BoundedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && !p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      BigDecimal value = p.getDecimalValue();
      if (value.signum() != 0 && (value.scale() > DECIMAL_DIGITS || value.precision() - value.scale() > DECIMAL_DIGITS)) {
        throw new OutOfRangeDecimal(p, value);
      }
      return value;
    }
  }

  /** A decimal beyond {@link #DECIMAL_DIGITS}, reported with the path where it stands. */
  static final class OutOfRangeDecimal extends InvalidFormatException {
    private static final long serialVersionUID = 1L;

    OutOfRangeDecimal(JsonParser p, BigDecimal value) {
      super(p, "decimal out of range", value, BigDecimal.class);
    }
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new ImmutableDeserializers());
  }

  private static final class ImmutableDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findCollectionDeserializer(
        CollectionType type,
        DeserializationConfig config,
        BeanDescription description,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      Class<?> raw = type.getRawClass();
      CollectionType asList =
          config.getTypeFactory().constructCollectionType(ArrayList.class, type.getContentType());
      if (raw == ImmutableList.class) {
        return new StdDelegatingDeserializer<>(new ToList(asList), asList, null);
      }
      if (raw == ImmutableSet.class) {
        return new StdDelegatingDeserializer<>(new ToSet(asList), asList, null);
      }
      return null;
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(
        MapType type,
        DeserializationConfig config,
        BeanDescription description,
        KeyDeserializer keyDeserializer,
        TypeDeserializer elementTypeDeserializer,
        JsonDeserializer<?> elementDeserializer) {
      if (type.getRawClass() != ImmutableMap.class) {
        return null;
      }
      MapType asMap =
          config.getTypeFactory().constructMapType(LinkedHashMap.class, type.getKeyType(), type.getContentType());
      return new StdDelegatingDeserializer<>(new ToMap(asMap), asMap, null);
    }
  }

  /** Converts the map read by Jackson (in document order) into an immutable map. */
  private static final class ToMap extends StdConverter<Object, ImmutableMap<?, ?>> {
    private final JavaType mapType;

    ToMap(JavaType mapType) {
      this.mapType = mapType;
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return mapType;
    }

    @Override
    public ImmutableMap<?, ?> convert(Object value) {
      return ImmutableMap.copyOf((Map<?, ?>) value);
    }
  }

  /** Reads the JSON array as a list of the element type, then copies it. */
  private abstract static class FromList<T> extends StdConverter<Object, T> {
    private final JavaType listType;

    FromList(JavaType listType) {
      this.listType = listType;
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return listType;
    }
  }

  /** Converts the list read by Jackson into an immutable list. */
  private static final class ToList extends FromList<ImmutableList<?>> {
    ToList(JavaType listType) {
      super(listType);
    }

    @Override
    public ImmutableList<?> convert(Object value) {
      return ImmutableList.copyOf((List<?>) value);
    }
  }

  /** Converts the list read by Jackson into a set; a repeated element is an error, not dropped. */
  private static final class ToSet extends FromList<ImmutableSet<?>> {
    ToSet(JavaType listType) {
      super(listType);
    }

    @Override
    public ImmutableSet<?> convert(Object value) {
      List<?> list = (List<?>) value;
      ImmutableSet<?> set = ImmutableSet.copyOf(list);
      if (set.size() < list.size()) {
        for (int i = 0; i < list.size(); i++) {
          if (list.indexOf(list.get(i)) < i) {
            throw new DuplicateElementException(i, list.get(i));
          }
        }
      }
      return set;
    }
  }

  /** A set written with a repeated element; RosterJson reports it at the element's index. */
  static final class DuplicateElementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int index;
    final transient Object element;

    DuplicateElementException(int index, Object element) {
      super("element " + index + " repeats an earlier element");
      this.index = index;
      this.element = element;
    }
  }
}
