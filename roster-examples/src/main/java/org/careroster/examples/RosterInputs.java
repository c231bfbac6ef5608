package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.careroster.constraints.RuleSet;
import org.careroster.constraints.RuleSets;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;

/**
 * A problem, a roster and a rule set read for a command: each file strictly, and on bad input one
 * line on {@code err} naming the command, the file and the JSON path of the mistake.
 */
record RosterInputs(Problem problem, Roster roster, RuleSet rules) {

  /** The rule set of every command without {@code --rules}: {@link RuleSets#kommuneDefault()}. */
  static final RuleSet DEFAULT_RULES = RuleSets.kommuneDefault();

  /**
   * Reads {@code problemFile}, {@code rosterFile} against it and, if given, {@code rulesFile}
   * ({@link #DEFAULT_RULES} otherwise); empty after printing the reason to {@code err}.
   */
  static Optional<RosterInputs> read(
      String command, Path problemFile, Path rosterFile, Path rulesFile, PrintStream err) {
    RosterJson json = RosterJson.strict();
    Path reading = problemFile;
    try {
      Problem problem = json.readProblem(problemFile);
      reading = rosterFile;
      Roster roster = json.readRoster(rosterFile, problem);
      RuleSet rules = DEFAULT_RULES;
      if (rulesFile != null) {
        reading = rulesFile;
        rules = json.read(RosterJson.readUtf8(rulesFile), RuleSet.class);
      }
      return Optional.of(new RosterInputs(problem, roster, rules));
    } catch (RosterInputException e) {
      err.println("roster " + command + ": " + inFile(reading, e));
    } catch (IOException e) {
      err.println("roster " + command + ": " + cannotRead(reading, e));
    }
    return Optional.empty();
  }

  /**
   * Reads {@code problemFile} and, if given, {@code rulesFile} ({@link #DEFAULT_RULES} otherwise),
   * for commands that take no roster; the roster is empty. Empty after printing the reason to
   * {@code err}.
   */
  static Optional<RosterInputs> readProblem(String command, Path problemFile, Path rulesFile, PrintStream err) {
    RosterJson json = RosterJson.strict();
    Path reading = problemFile;
    try {
      Problem problem = json.readProblem(problemFile);
      RuleSet rules = DEFAULT_RULES;
      if (rulesFile != null) {
        reading = rulesFile;
        rules = json.read(RosterJson.readUtf8(rulesFile), RuleSet.class);
      }
      return Optional.of(new RosterInputs(problem, Roster.of(java.util.List.of()), rules));
    } catch (RosterInputException e) {
      err.println("roster " + command + ": " + inFile(reading, e));
    } catch (IOException e) {
      err.println("roster " + command + ": " + cannotRead(reading, e));
    }
    return Optional.empty();
  }

  /** {@code file: message}, or the message alone when it names the file already. */
  static String inFile(Path file, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains(file.toString()) ? message : file + ": " + message;
  }

  /** "cannot read FILE: no such file" and the like, without Java exception names. */
  static String cannotRead(Path file, IOException e) {
    String why;
    if (e instanceof java.nio.file.NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
      why = ((java.nio.file.FileSystemException) e).getReason();
    } else {
      why = String.valueOf(e.getMessage());
    }
    return "cannot read " + file + ": " + why;
  }
}
