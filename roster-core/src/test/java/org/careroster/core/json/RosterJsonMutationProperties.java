package org.careroster.core.json;

import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.careroster.core.Problem;
import org.careroster.core.WorkRecord;
import org.junit.jupiter.api.Test;

/**
 * Valid documents mutated one node at a time (a field dropped, a value replaced by null, another
 * type, an extreme number, a wrong enumeration constant, a date-time or a huge string): every read
 * ends in a valid object or a {@link RosterInputException}, never another exception.
 */
class RosterJsonMutationProperties {

  private static final RosterJson JSON = RosterJson.strict();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The replacements for a value, by kind number; 0 means "drop the field or element". */
  private static final List<JsonNode> REPLACEMENTS = List.of(
      NODES.nullNode(),
      NODES.textNode("x"),
      NODES.textNode(""),
      NODES.textNode("WRONG_ENUM"),
      NODES.textNode("2027-01-04T07:30"),
      NODES.textNode("PT-1H"),
      NODES.textNode("x".repeat(100_000)),
      NODES.numberNode(new BigDecimal("1e-1000000000")),
      NODES.numberNode(new BigDecimal("1e1000000000")),
      NODES.numberNode(new BigDecimal("-1")),
      NODES.numberNode(0),
      NODES.numberNode(Long.MAX_VALUE),
      NODES.numberNode(new BigDecimal("7.5")),
      NODES.booleanNode(true),
      NODES.arrayNode(),
      NODES.objectNode());

  /** Every node below the root, as a path of field names and indexes. */
  private static List<List<Object>> paths(JsonNode node) {
    List<List<Object>> paths = new ArrayList<>();
    collect(node, new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
    if (!path.isEmpty()) {
      paths.add(List.copyOf(path));
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        path.add(name);
        collect(node.get(name), path, paths);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(i);
        collect(node.get(i), path, paths);
        path.remove(path.size() - 1);
      }
    }
  }

  /** {@code document} with the node at {@code path} dropped (kind 0) or replaced. */
  private static String mutate(JsonNode document, List<Object> path, int kind) {
    JsonNode copy = document.deepCopy();
    JsonNode parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof String ? parent.get((String) step) : parent.get((Integer) step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof String) {
      if (kind == 0) {
        ((ObjectNode) parent).remove((String) last);
      } else {
        ((ObjectNode) parent).set((String) last, REPLACEMENTS.get(kind - 1));
      }
    } else if (kind == 0) {
      ((ArrayNode) parent).remove((Integer) last);
    } else {
      ((ArrayNode) parent).set((Integer) last, REPLACEMENTS.get(kind - 1));
    }
    return copy.toString();
  }

  /** Checks every single mutation the generators pick of {@code valid}, read by {@code read}. */
  private static void everyMutationIsTypedOrValid(String valid, Function<String, Object> read) throws Exception {
    JsonNode document = TREE.readTree(valid);
    List<List<Object>> paths = paths(document);
    qt().withExamples(400).withFixedSeed(20261203L)
        .forAll(integers().between(0, paths.size() - 1), integers().between(0, REPLACEMENTS.size()))
        .checkAssert((at, kind) -> {
          String mutated = mutate(document, paths.get(at), kind);
          try {
            read.apply(mutated);
          } catch (RosterInputException expected) {
            // a typed error is a fine outcome
          } catch (RuntimeException e) {
            fail("mutating " + paths.get(at) + " (kind " + kind + ") threw " + e, e);
          }
        });
  }

  @Test
  void problem_anySingleMutation_isReadOrRejectedWithRosterInputException() throws Exception {
    everyMutationIsTypedOrValid(JSON.write(RichDocuments.problem()), JSON::readProblem);
  }

  @Test
  void roster_anySingleMutation_isReadOrRejectedWithRosterInputException() throws Exception {
    Problem problem = RichDocuments.problem();
    everyMutationIsTypedOrValid(JSON.write(RichDocuments.roster()), json -> JSON.readRoster(json, problem));
  }

  @Test
  void workRecords_anySingleMutation_isReadOrRejectedWithRosterInputException() throws Exception {
    everyMutationIsTypedOrValid(JSON.write(RichDocuments.workRecords()), json -> JSON.readList(json, WorkRecord.class));
  }
}
