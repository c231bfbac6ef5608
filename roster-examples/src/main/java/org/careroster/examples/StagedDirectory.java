package org.careroster.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files written into a directory all or nothing: {@link #open} creates a hidden staging directory
 * at once (so a directory that cannot be written is found before any long work), {@link #write}
 * fills it, {@link #commit} moves the files into place, and {@link #close} without a commit
 * removes everything it created. A shutdown hook does the same when the JVM is stopped (Ctrl-C)
 * before the commit.
 *
 * <p>When the target does not exist, the staging directory is its sibling and the commit is one
 * atomic rename of it. When the target is an existing directory, the staging directory is inside
 * it (so on the same file system) and each file replaces its namesake by an atomic rename; if one
 * rename fails, the files already moved are put back and the ones they replaced restored. Other
 * files in the target are left alone.
 */
final class StagedDirectory implements AutoCloseable {

  private final Path target;
  private final Path stage;
  private final boolean targetExisted;
  private final List<Path> createdAncestors;
  private final Set<String> names = new LinkedHashSet<>();
  private final Thread cleanup;
  private boolean committed;

  private StagedDirectory(Path target, Path stage, boolean targetExisted, List<Path> createdAncestors) {
    this.target = target;
    this.stage = stage;
    this.targetExisted = targetExisted;
    this.createdAncestors = createdAncestors;
    this.cleanup = new Thread(this::discard, "roster-staged-directory-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Prepares to write into {@code directory}: creates its missing parents and the staging
   * directory.
   *
   * @throws IOException if {@code directory} exists and is not a directory, or it (or its parent)
   *     cannot be written; nothing is left behind then
   */
  static StagedDirectory open(Path directory) throws IOException {
    Path target = directory.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new NotDirectoryException(target + " exists and is not a directory");
    }
    boolean existed = Files.isDirectory(target);
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("cannot write the root directory " + target + " as a whole");
    }
    List<Path> created = new ArrayList<>();
    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
      created.add(p); // deepest first
    }
    String hidden = "." + (existed ? "roster" : target.getFileName().toString()) + "." + UUID.randomUUID() + ".tmp";
    Path stage = existed ? target.resolve(hidden) : parent.resolve(hidden);
    try {
      Files.createDirectories(parent);
      Files.createDirectory(stage);
    } catch (IOException e) {
      deleteEmpty(created);
      throw e;
    }
    return new StagedDirectory(target, stage, existed, created);
  }

  /** The directory the files go to. */
  Path target() {
    return target;
  }

  /**
   * Writes {@code content} in UTF-8 as the file {@code name} of the staging directory.
   *
   * @throws IOException if it cannot be written
   * @throws IllegalStateException after {@link #commit}, or for a name written before
   */
  void write(String name, String content) throws IOException {
    if (committed || !names.add(name)) {
      throw new IllegalStateException("StagedDirectory: " + name + " is already written or committed");
    }
    Files.writeString(stage.resolve(name), content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  /**
   * Moves every written file into the target.
   *
   * @throws IOException if the files cannot be moved; the target is then as it was
   */
  void commit() throws IOException {
    if (!targetExisted) {
      try {
        Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        throw new FileAlreadyExistsException(target.toString(), null, "was created by someone else meanwhile");
      }
    } else {
      replaceEach();
      deleteTree(stage);
    }
    committed = true;
    removeHook();
  }

  private void replaceEach() throws IOException {
    List<String> replaced = new ArrayList<>();
    List<String> placed = new ArrayList<>();
    try {
      for (String name : names) {
        Path now = target.resolve(name);
        if (Files.exists(now, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(now, stage.resolve(name + ".previous"), StandardCopyOption.ATOMIC_MOVE);
          replaced.add(name);
        }
        Files.move(stage.resolve(name), now, StandardCopyOption.ATOMIC_MOVE);
        placed.add(name);
      }
    } catch (IOException e) {
      for (String name : placed) {
        quietly(() -> Files.move(target.resolve(name), stage.resolve(name), StandardCopyOption.ATOMIC_MOVE));
      }
      for (String name : replaced) {
        quietly(() -> Files.move(stage.resolve(name + ".previous"), target.resolve(name), StandardCopyOption.ATOMIC_MOVE));
      }
      throw e;
    }
  }

  /** Removes the staging directory and the parents {@link #open} created, unless committed. */
  @Override
  public void close() {
    if (!committed) {
      discard();
      removeHook();
    }
  }

  private synchronized void discard() {
    if (committed) {
      return;
    }
    quietly(() -> deleteTree(stage));
    deleteEmpty(createdAncestors);
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs (or has run) anyway
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void deleteEmpty(List<Path> deepestFirst) {
    for (Path p : deepestFirst) {
      quietly(() -> Files.deleteIfExists(p));
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void quietly(IoAction action) {
    try {
      action.run();
    } catch (IOException ignored) {
      // best effort while cleaning up after a failure that is already being reported
    }
  }
}
