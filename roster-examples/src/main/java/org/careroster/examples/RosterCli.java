package org.careroster.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.careroster.core.json.RosterInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ./roster} command line: a picocli command {@code roster} with one subcommand per
 * task ({@code demo}, {@code solve}, {@code validate}, {@code repair}, {@code candidates}, {@code
 * rollout}, {@code kpi}, {@code curtois}, {@code curtois-suite}) and {@code help}.
 *
 * <p>Exit status: {@link #OK} on success, {@link #FAILED} when the roster breaks a hard rule or
 * none exists, {@link #USAGE} on bad usage or input, {@link #UNFINISHED} when a limit ended the
 * search before any roster was found. Errors go to stderr as {@code roster COMMAND: message},
 * never with a stack trace.
 */
public final class RosterCli {

  /** Exit status for success. */
  public static final int OK = 0;

  /** Exit status when no lawful roster was produced (a hard rule broken or a shift left vacant). */
  public static final int FAILED = 1;

  /** Exit status for bad usage or input; nothing was written. */
  public static final int USAGE = 2;

  /** Exit status when a limit ended the search before any roster was found (and none was proven impossible). */
  public static final int UNFINISHED = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /** A command line that prints to {@code out} and reports errors to {@code err} (not a terminal). */
  public RosterCli(PrintStream out, PrintStream err) {
    this(out, err, false);
  }

  /** A command line whose progress lines are redrawn in place when {@code terminal}. */
  RosterCli(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the command line with UTF-8 stdout and stderr (whatever the platform charset) and exits
   * the JVM with its status.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), true, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int status = new RosterCli(out, err, System.console() != null).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command named by {@code args[0]} (help without one) and returns the exit status.
   *
   * <p>The output is the same under every default locale and time zone: every number is
   * formatted with {@link Locale#ROOT}, here and in the libraries' messages.
   */
  public int run(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args.length == 0 ? new String[] {"--help"} : args);
    } catch (OutOfMemoryError e) {
      err.println("roster: out of memory; give Java more heap (e.g. JAVA_TOOL_OPTIONS=-Xmx4g) or a smaller problem");
      return FAILED;
    } catch (StackOverflowError e) {
      err.println("roster: the search ran out of stack; give Java more (e.g. JAVA_TOOL_OPTIONS=-Xss8m)");
      return FAILED;
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  /** The picocli command tree for one run, printing to this command line's streams. */
  CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Roster());
    cli.addSubcommand(new DemoCommand(out, err, terminal));
    cli.addSubcommand(new SolveCommand(out, err, terminal));
    cli.addSubcommand(new ValidateCommand(out, err));
    cli.addSubcommand(new RepairCommand(out, err, terminal));
    cli.addSubcommand(new CandidatesCommand(out, err));
    cli.addSubcommand(new RolloutCommand(out, err, terminal));
    cli.addSubcommand(new VacationCommand(out, err, terminal));
    cli.addSubcommand(new WhatIfCommand(out, err));
    cli.addSubcommand(new FullTimeCommand(out, err));
    cli.addSubcommand(new CommandLine(new ExportCommand(err))
        .addSubcommand(new ExportCommand.Ical(out, err))
        .addSubcommand(new ExportCommand.Csv(out, err)));
    cli.addSubcommand(new KpiCommand(out, err));
    cli.addSubcommand(new CurtoisCommand(out, err, terminal));
    cli.addSubcommand(new CurtoisSuiteCommand(out, err));
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, UTF_8), true));
    cli.setParameterExceptionHandler(this::badUsage);
    cli.setExecutionExceptionHandler(this::failed);
    cli.setUsageHelpWidth(100);
    return cli;
  }

  /** The top-level command: lists the subcommands. */
  @Command(
      name = "roster",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      synopsisSubcommandLabel = "COMMAND",
      description = "careroster's command line: plan, check, repair and roll out rosters of a Norwegian care ward.",
      commandListHeading = "%nCommands:%n",
      footerHeading = "%n",
      footer = {
        "Run 'roster COMMAND --help' for a command's options.",
        "",
        "Exit status: 0 success; 1 a hard rule broken, a shift left vacant, or no roster keeps",
        "the hard rules (proven); 2 bad usage or input (nothing written); 3 a limit ended the",
        "search before any roster was found."
      })
  static final class Roster {}

  /** {@code roster <version>}, the version of the build (from the filtered roster-version.properties). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"roster " + version()};
    }
  }

  /** The project version this jar was built from, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = RosterCli.class.getResourceAsStream("roster-version.properties")) {
      if (in == null) {
        return "(unknown version)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    } catch (IOException e) {
      return "(unknown version)";
    }
  }

  /**
   * Bad usage: one line {@code roster COMMAND: message} (with picocli's suggestion for a mistyped
   * command or option) and a pointer to the command's help; exit 2.
   */
  private int badUsage(ParameterException thrown, String[] args) {
    ParameterException e = thrown;
    CommandLine command = e.getCommandLine();
    if (e instanceof MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
      // A mistyped option is the cause of the missing one: name it (picocli checks the missing first).
      e = new UnmatchedArgumentException(command, command.getUnmatchedArguments());
    }
    String name = command.getCommandSpec().qualifiedName();
    String message = message(e);
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " Did you mean: " + String.join(" or ", suggestions) + "?";
      }
    }
    err.println(name + ": " + message);
    err.println("Try '" + name + " --help' for more information.");
    return USAGE;
  }

  /** The message of a usage error, naming the option and value and without Java exception names. */
  private static String message(ParameterException e) {
    ArgSpec spec = e.getArgSpec();
    String value = e.getValue();
    if (spec != null && value != null && e.getCause() != null) {
      String what = spec instanceof OptionSpec ? ((OptionSpec) spec).longestName() : spec.paramLabel();
      if (e.getCause() instanceof OptionValues.Invalid) {
        return what + " (\"" + value + "\") " + e.getCause().getMessage();
      }
      return what + " (\"" + value + "\") is not a valid " + spec.paramLabel();
    }
    if (e instanceof UnmatchedArgumentException && ((UnmatchedArgumentException) e).isUnknownOption()
        && !((UnmatchedArgumentException) e).getUnmatched().isEmpty()) {
      // The first is the mistyped option; what follows it is most likely its value.
      return "Unknown option: '" + ((UnmatchedArgumentException) e).getUnmatched().get(0) + "'.";
    }
    if (e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).isUnknownOption()
        && e.getCommandLine().getSubcommands().size() > 0 && e.getCommandLine().getParent() == null) {
      List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
      if (!unmatched.isEmpty()) {
        return "Unknown subcommand '" + unmatched.get(0) + "'.";
      }
    }
    if (e instanceof OverwrittenOptionException) {
      ArgSpec overwritten = ((OverwrittenOptionException) e).getOverwritten();
      if (overwritten instanceof OptionSpec) {
        return ((OptionSpec) overwritten).longestName() + " is given twice";
      }
    }
    String message = String.valueOf(e.getMessage());
    return message.endsWith(".") || message.endsWith("?") ? message : message + ".";
  }

  /**
   * A failure inside a command: bad input the command did not catch (exit 2), or anything else
   * (exit 1); one line {@code roster COMMAND: message}, never a stack trace.
   */
  private int failed(Exception e, CommandLine command, ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof IllegalArgumentException || e instanceof RosterInputException) {
      err.println(name + ": " + e.getMessage());
      return USAGE;
    }
    if (e instanceof UncheckedIOException) {
      err.println(name + ": " + Outputs.reason(((UncheckedIOException) e).getCause()));
      return USAGE;
    }
    if (e instanceof IOException) {
      err.println(name + ": " + Outputs.reason((IOException) e));
      return USAGE;
    }
    err.println(name + ": unexpected error"
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (this is a careroster bug; please report it)");
    return FAILED;
  }
}
