package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDirectoryTest {

  @TempDir Path dir;

  private List<String> names(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void close_withoutCommit_removesTheStagingDirectoryAndTheParentsItCreated() throws IOException {
    try (StagedDirectory staged = StagedDirectory.open(dir.resolve("a/b/year"))) {
      staged.write("problem.json", "{}");
      assertEquals(List.of("a"), names(dir));
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void commit_newDirectory_movesEveryFileInAtOnce() throws IOException {
    Path year = dir.resolve("year");
    try (StagedDirectory staged = StagedDirectory.open(year)) {
      staged.write("problem.json", "p");
      staged.write("roster.json", "r");
      assertFalse(Files.exists(year));
      staged.commit();
    }
    assertEquals(List.of("year"), names(dir));
    assertEquals(List.of("problem.json", "roster.json"), names(year));
    assertEquals("r", Files.readString(year.resolve("roster.json")));
  }

  @Test
  void commit_existingDirectory_replacesTheWrittenFilesAndKeepsOthers() throws IOException {
    Path year = Files.createDirectory(dir.resolve("year"));
    Files.writeString(year.resolve("roster.json"), "old");
    Files.writeString(year.resolve("notes.txt"), "mine");
    try (StagedDirectory staged = StagedDirectory.open(year)) {
      staged.write("roster.json", "new");
      assertEquals("old", Files.readString(year.resolve("roster.json")));
      staged.commit();
    }
    assertEquals(List.of("notes.txt", "roster.json"), names(year));
    assertEquals("new", Files.readString(year.resolve("roster.json")));
    assertEquals("mine", Files.readString(year.resolve("notes.txt")));
  }

  @Test
  void open_targetIsAFile_throwsAndLeavesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("year"), "x");
    assertThrows(IOException.class, () -> StagedDirectory.open(file));
    assertThrows(IOException.class, () -> StagedDirectory.open(file.resolve("sub/year")));
    assertEquals(List.of("year"), names(dir));
  }
}
