package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.careroster.constraints.RuleSet;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterInputException;
import org.careroster.core.json.RosterJson;

/**
 * A problem, a roster and a rule set read for a command: each file strictly, and on bad input one
 * line on {@code err} naming the command, the file and the JSON path of the mistake.
 */
record RosterInputs(Problem problem, Roster roster, RuleSet rules) {

  /**
   * Reads {@code problemFile}, {@code rosterFile} against it and, if given, {@code rulesFile}
   * ({@code defaultRules} otherwise); empty after printing the reason to {@code err}.
   */
  static Optional<RosterInputs> read(
      String command, Path problemFile, Path rosterFile, Path rulesFile, RuleSet defaultRules, PrintStream err) {
    RosterJson json = RosterJson.strict();
    Path reading = problemFile;
    try {
      Problem problem = json.readProblem(problemFile);
      reading = rosterFile;
      Roster roster = json.readRoster(rosterFile, problem);
      RuleSet rules = defaultRules;
      if (rulesFile != null) {
        reading = rulesFile;
        rules = json.read(Files.readString(rulesFile), RuleSet.class);
      }
      return Optional.of(new RosterInputs(problem, roster, rules));
    } catch (RosterInputException e) {
      err.println("roster " + command + ": " + reading + ": " + e.getMessage());
    } catch (IOException e) {
      err.println("roster " + command + ": cannot read " + reading + ": " + e);
    }
    return Optional.empty();
  }
}
