package org.careroster.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/CATALOGUE.md documents every rule the JSON format knows, and nothing else. */
class CatalogueDocTest {

  @Test
  void catalogue_documentsEveryRegisteredRule() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "CATALOGUE.md"));
    List<String> documented = new ArrayList<>();
    Matcher heading = Pattern.compile("(?m)^### `([a-z-]+)`$").matcher(doc);
    while (heading.find()) {
      documented.add(heading.group(1));
    }
    List<String> registered = new ArrayList<>();
    for (JsonSubTypes.Type type : Rule.class.getAnnotation(JsonSubTypes.class).value()) {
      registered.add(type.name());
    }
    assertEquals(registered.size(), documented.size(), documented.toString());
    assertTrue(documented.containsAll(registered), "undocumented: " + registered);
  }
}
