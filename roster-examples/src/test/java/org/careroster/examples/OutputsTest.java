package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code --out} is checked before the long work: a path under a regular file, a directory
 * where a file belongs, a read-only directory each exit 2 at once, naming the path and the reason
 * without Java exception names, and nothing is written.
 */
class OutputsTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final RosterCli cli =
      new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void writeAFile() throws IOException {
    file = Files.writeString(dir.resolve("notes.txt"), "a regular file");
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Every path under {@code dir} with its content. */
  private Map<String, String> tree() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.toList()) {
        files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
      }
    }
    return files;
  }

  /** A directory this user cannot write, or a skipped test when permissions do not bind (root). */
  private Path readOnlyDirectory() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean binds;
    try {
      Files.delete(Files.createFile(locked.resolve("probe")));
      binds = false;
    } catch (IOException e) {
      binds = true;
    }
    if (!binds) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assumeTrue(binds, "permissions do not bind " + System.getProperty("user.name"));
    return locked;
  }

  /** Runs {@code args}: exit 2, exactly {@code message} on stderr, nothing on stdout, no file changed. */
  private void assertRefused(String message, String... args) throws IOException {
    Map<String, String> before = tree();
    err.reset();
    assertEquals(RosterCli.USAGE, cli.run(args), err());
    assertEquals(message + "\n", err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertEquals(before, tree());
  }

  @Test
  void demo_outUnderARegularFile_exitsTwoBeforePlanning() throws IOException {
    Path target = file.resolve("ward");
    assertRefused("roster demo: cannot write " + target + ": " + file + " is not a directory",
        "demo", "--out", target.toString());
    assertRefused("roster demo: cannot write " + file + ": it exists and is not a directory",
        "demo", "--out", file.toString());
  }

  @Test
  void demo_outInAReadOnlyDirectory_exitsTwoBeforePlanning() throws IOException {
    Path locked = readOnlyDirectory();
    try {
      Path target = locked.resolve("ward");
      assertRefused("roster demo: cannot write " + target + ": permission denied", "demo", "--out", target.toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void repair_outUnderARegularFile_exitsTwoBeforeRepairing() throws IOException {
    Path problem = dir.resolve("problem.json");
    RosterJson.strict().write(problem, SickCalls.PROBLEM);
    Path roster = dir.resolve("roster.json");
    RosterJson.strict().write(roster, SickCalls.PUBLISHED);
    Path target = file.resolve("new.json");
    assertRefused("roster repair: cannot write " + target + ": " + file + " is not a directory",
        "repair", problem.toString(), roster.toString(), "--absent", "E1:2027-01-12", "--out", target.toString());
  }

  @Test
  void rollout_outInAReadOnlyDirectory_exitsTwoBeforePlanning() throws IOException {
    Path locked = readOnlyDirectory();
    try {
      Path target = locked.resolve("year");
      assertRefused("roster rollout: cannot write " + target + ": permission denied", "rollout", "p.json", "r.json",
          "--from", "2027-01-04", "--weeks", "52", "--out", target.toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void checkFile_writableOrMissingDirectories_passes() throws Outputs.CannotWrite {
    Outputs.checkFile(dir.resolve("roster.json"));
    Outputs.checkFile(dir.resolve("a/b/roster.json"));
    Outputs.checkDirectory(dir.resolve("a/b"));
    Outputs.checkDirectory(dir);
    assertEquals(List.of("notes.txt"), names());
  }

  @Test
  void checkFile_underAFile_namesTheFile() {
    Outputs.CannotWrite e = assertThrows(Outputs.CannotWrite.class, () -> Outputs.checkFile(file.resolve("x/r.json")));
    assertEquals("cannot write " + file.resolve("x/r.json") + ": " + file + " is not a directory", e.getMessage());
  }

  @Test
  void reason_neverNamesTheFileOrTheException() {
    String temp = "roster.json.0b1c2d3e.tmp";
    assertEquals("permission denied", Outputs.reason(new AccessDeniedException(temp)));
    assertEquals("No space left on device", Outputs.reason(new FileSystemException(temp, null, "No space left on device")));
    assertFalse(Outputs.reason(new FileSystemException(temp)).contains(temp));
    assertTrue(Outputs.reason(new IOException()).length() > 0);
  }

  private List<String> names() {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
