package org.careroster.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code ./roster} command line.
 *
 * <p>Exit status: 0 on success, 1 when the roster breaks a hard rule or none exists, 2 on bad
 * usage or input, 3 when {@code solve}'s limit ended the search before any roster was found.
 */
public final class RosterCli {

  /** Exit status for success. */
  public static final int OK = 0;

  /** Exit status when no lawful roster was produced. */
  public static final int FAILED = 1;

  /** Exit status for bad usage or input. */
  public static final int USAGE = 2;

  /** Exit status when a limit ended the search before any roster was found (and none was proven impossible). */
  public static final int UNFINISHED = 3;

  private final PrintStream out;
  private final PrintStream err;

  /** A command line that prints to {@code out} and reports errors to {@code err}. */
  public RosterCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(new RosterCli(System.out, System.err).run(args));
  }

  /** Runs the command named by {@code args[0]} and returns the exit status. */
  public int run(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    String command = args.length == 0 ? "--help" : args[0];
    switch (command) {
      case "demo":
        return new DemoCommand(out, err).run(rest);
      case "validate":
        return new ValidateCommand(out, err).run(rest);
      case "kpi":
        return new KpiCommand(out, err).run(rest);
      case "solve":
        return new SolveCommand(out, err).run(rest);
      case "curtois":
        return new CurtoisCommand(out, err).run(rest);
      case "curtois-suite":
        return new CurtoisSuiteCommand(out, err).run(rest);
      case "repair":
        return new RepairCommand(out, err).run(rest);
      case "candidates":
        return new CandidatesCommand(out, err).run(rest);
      case "rollout":
        return new RolloutCommand(out, err).run(rest);
      case "help":
      case "--help":
      case "-h":
        out.print(help());
        return OK;
      default:
        err.println("roster: unknown command \"" + command + "\"");
        err.print(help());
        return USAGE;
    }
  }

  private static String help() {
    return String.join(
        "\n",
        "Usage: ./roster COMMAND [OPTIONS]",
        "",
        "Commands:",
        "  demo [--out DIR]",
        "           Plan a 6-week base rotation for a 22-staff nursing-home ward with the",
        "           kommune-default rules and print it with its validation and KPIs. With",
        "           --out, also write DIR/problem.json, roster.json and rules.json.",
        "  " + SolveCommand.USAGE,
        "           Generate a roster (default rules: basic; default limit 30 s), with a",
        "           progress line per improving roster on stderr, the roster grid and the",
        "           validation on stdout, and an explanation when no lawful roster exists.",
        "           Exit 1 when no roster keeps the hard rules (proven), 3 when the limit",
        "           ended the search before a roster was found.",
        "  " + ValidateCommand.USAGE,
        "           Check a roster from anywhere against a rule set (default: the",
        "           kommune-default preset; --rules reads a saved rule set) and explain",
        "           every violation with totals per rule; --format json writes the report",
        "           as JSON. Exit 1 when a hard rule is broken.",
        "  " + RepairCommand.USAGE,
        "           Repair a published roster after sick calls (default rules:",
        "           kommune-default; limit 10 s): keep every other published shift, fill",
        "           the gaps with as few changes as possible, print the changes, the",
        "           shifts still vacant (weekends marked) and the candidates for each.",
        "           Exit 1 when a shift stays vacant.",
        "  " + CandidatesCommand.USAGE,
        "           Rank who could take one shift: extra hours of part-timers, then",
        "           overtime (50 %/100 %), then other units, then an agency, with the",
        "           hours, overtime, cost and soft rules of each, and who is left out",
        "           and why. --absent first takes the sick person off the roster.",
        "  " + RolloutCommand.USAGE,
        "           Roll a cyclic base rotation out into a dated calendar plan of 1-53",
        "           weeks from a Monday (default rules: kommune-default; limit 20 s):",
        "           public holidays and absences planned in with as few changes as",
        "           possible, holiday groups taking turns with Christmas, New Year and",
        "           Easter. Writes DIR/problem.json, roster.json, accounts.json and",
        "           changes.json all or nothing and prints the changes, holiday groups,",
        "           vacant shifts and year accounts. Exit 1 when shortfalls remain.",
        "  kpi RECORDS.json [--format text|markdown|csv|json]",
        "           Print a unit's scorecard (målekort) over its periods from staff, work",
        "           records and absences (docs/FORMAT.md, docs/KPIS.md).",
        "  " + CurtoisCommand.USAGE,
        "           Solve a Curtois & Qu benchmark instance with the same solver, write the",
        "           solution CSV and print one JSON line with the objective the validator",
        "           computes from the written file (time limit in seconds unless a unit is given).",
        "  " + CurtoisSuiteCommand.USAGE,
        "           Run every InstanceN.txt in DIR and print a Markdown table: objective, best",
        "           known value, gap %, time to best, hard violations and peak heap.",
        "  help     Show this help.",
        "",
        "Exit status: 0 success, 1 no lawful roster (or a shift left vacant), 2 bad usage",
        "or input (nothing written), 3 a limit ended the search before any roster.",
        "");
  }
}
