package org.careroster.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The {@code --out} paths of the commands: checked for writability before any long work starts,
 * and write failures told as {@code cannot write OUT: reason}, without Java exception names or the
 * names of temporary files.
 */
final class Outputs {

  private Outputs() {}

  /** An {@code --out} path that cannot be written; the message is {@code cannot write OUT: reason}. */
  static final class CannotWrite extends Exception {
    private static final long serialVersionUID = 1L;

    CannotWrite(Path out, String reason) {
      super("cannot write " + out + ": " + reason);
    }
  }

  /**
   * Checks that the file {@code out} can be written: it is not a directory, and it can be created
   * (or replaced) in its directory, or in the nearest existing ancestor when the directory does not
   * exist yet. A probe file is created there and removed at once.
   *
   * @throws CannotWrite naming {@code out} and why not
   */
  static void checkFile(Path out) throws CannotWrite {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new CannotWrite(out, "it is a directory");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(target)) {
      throw new CannotWrite(out, "permission denied");
    }
    probe(out, target.getParent());
  }

  /**
   * Checks that the directory {@code out} can be written into (it need not exist yet): the same
   * checks as {@link #checkFile}, with {@code out} itself a directory if it exists.
   *
   * @throws CannotWrite naming {@code out} and why not
   */
  static void checkDirectory(Path out) throws CannotWrite {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new CannotWrite(out, "it exists and is not a directory");
    }
    probe(out, Files.isDirectory(target) ? target : target.getParent());
  }

  /** Creates and removes a probe file in {@code directory}, or its nearest existing ancestor. */
  private static void probe(Path out, Path directory) throws CannotWrite {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new CannotWrite(out, "no such directory");
    }
    if (!Files.isDirectory(existing)) {
      throw new CannotWrite(out, existing + " is not a directory");
    }
    try {
      Path probe = Files.createTempFile(existing, ".roster-probe-", ".tmp");
      Files.deleteIfExists(probe);
    } catch (IOException e) {
      throw new CannotWrite(out, reason(e));
    }
  }

  /**
   * Why {@code e} failed, in a few words and without the file it names (which may be a temporary
   * one): "permission denied", "no such file or directory", "Read-only file system".
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory that is not empty is in the way";
    }
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      if (reason != null) {
        return reason;
      }
      return e instanceof FileAlreadyExistsException ? "a file is in the way" : "the file system refused";
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  /** Creates the missing directories above the file {@code out}. */
  static void createParents(Path out) throws IOException {
    Path parent = out.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  /**
   * Writes {@code text} as UTF-8 to {@code out} all or nothing: into a temporary file beside it,
   * then moved over it in one step (the missing directories above it created first).
   */
  static void writeAtomically(Path out, String text) throws IOException {
    createParents(out);
    Path target = out.toAbsolutePath().normalize();
    // A plain new file (not createTempFile, whose owner-only permissions the move would keep).
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temporary, text, java.nio.charset.StandardCharsets.UTF_8);
      Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** {@link CannotWrite} for {@code out} and {@code e}. */
  static CannotWrite cannotWrite(Path out, IOException e) {
    return new CannotWrite(out, reason(e));
  }
}
