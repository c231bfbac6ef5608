package org.careroster.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careroster.core.Employee;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.views.ICalendarExport;
import org.careroster.views.RosterCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./roster export ical|csv ...}: a roster for calendars and spreadsheets (roster-views),
 * written all or nothing.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = RosterCli.Version.class,
    description = {"Export a roster: iCalendar files for employees' calendars, or CSV.", ""})
final class ExportCommand implements Callable<Integer> {

  private final PrintStream err;

  ExportCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
    err.println("roster export: give ical or csv (roster export --help)");
    return RosterCli.USAGE;
  }

  /** The problem and roster files, and reading them as every export does. */
  abstract static class Export implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROBLEM.json", description = "The problem the roster is for.")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "ROSTER.json", description = "The roster.")
    Path rosterFile;

    final PrintStream out;
    final PrintStream err;

    Export(PrintStream out, PrintStream err) {
      this.out = out;
      this.err = err;
    }

    abstract String name();

    /** Checks, before any work, that the output can be written. */
    abstract void checkOutput() throws Outputs.CannotWrite;

    /** The checked output and the inputs, or empty after saying why; an empty roster is bad input too. */
    Optional<RosterInputs> read() {
      try {
        checkOutput();
      } catch (Outputs.CannotWrite e) {
        fail(e.getMessage());
        return Optional.empty();
      }
      Optional<RosterInputs> inputs = RosterInputs.read("export " + name(), problemFile, rosterFile, null, err);
      if (inputs.isPresent() && inputs.get().roster().assignments().isEmpty()) {
        err.println("roster export " + name() + ": " + rosterFile + ": $.assignments: the roster has no shifts to export");
        return Optional.empty();
      }
      return inputs;
    }

    int fail(String problem) {
      err.println("roster export " + name() + ": " + problem);
      return RosterCli.USAGE;
    }
  }

  /** {@code export ical PROBLEM ROSTER [--employee ID] --out DIR|FILE}. */
  @Command(name = "ical", mixinStandardHelpOptions = true, versionProvider = RosterCli.Version.class,
      customSynopsis = "roster export ical PROBLEM.json ROSTER.json [--employee ID] --out DIR|FILE",
      description = {"Each employee's shifts as an iCalendar file (RFC 5545, Europe/Oslo, stable UIDs so a re-import"
          + " updates): with --employee one FILE, else DIR/ID.ics for everyone with shifts.", ""})
  static final class Ical extends Export {
    @Option(names = "--employee", paramLabel = "ID", description = "Only this employee, to the file --out.")
    String employee;

    @Option(names = "--out", paramLabel = "DIR|FILE", required = true, description = "The directory, or with --employee the file.")
    Path outPath;

    Ical(PrintStream out, PrintStream err) {
      super(out, err);
    }

    @Override
    String name() {
      return "ical";
    }

    @Override
    void checkOutput() throws Outputs.CannotWrite {
      if (employee == null) {
        Outputs.checkDirectory(outPath);
      } else {
        Outputs.checkFile(outPath);
      }
    }

    @Override
    public Integer call() {
      Optional<RosterInputs> inputs = read();
      if (inputs.isEmpty()) {
        return RosterCli.USAGE;
      }
      Problem problem = inputs.get().problem();
      Roster roster = inputs.get().roster();
      try {
        if (employee != null) {
          if (problem.findEmployee(employee).isEmpty()) {
            return fail("--employee: \"" + employee + "\" is not an employee of " + problemFile);
          }
          Outputs.writeAtomically(outPath, ICalendarExport.of(problem, roster, employee));
          out.println("Wrote " + roster.assignmentsOf(employee).size() + " shifts of " + employee + " to " + outPath);
          return RosterCli.OK;
        }
        int files = 0;
        try (StagedDirectory staged = StagedDirectory.open(outPath)) {
          for (Employee e : problem.employees()) {
            if (!roster.assignmentsOf(e.id()).isEmpty()) {
              staged.write(e.id() + ".ics", ICalendarExport.of(problem, roster, e.id()));
              files++;
            }
          }
          staged.commit();
        }
        out.println("Wrote " + files + " iCalendar files to " + outPath);
        return RosterCli.OK;
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outPath, e).getMessage());
      }
    }
  }

  /** {@code export csv PROBLEM ROSTER [--grid] --out FILE}. */
  @Command(name = "csv", mixinStandardHelpOptions = true, versionProvider = RosterCli.Version.class,
      customSynopsis = "roster export csv PROBLEM.json ROSTER.json [--grid] --out FILE",
      description = {"The roster as CSV: one row per shift (employee, name, role, date, shift, start, end, hours,"
          + " unit, overtime), or with --grid one row per employee and one column per date.", ""})
  static final class Csv extends Export {
    @Option(names = "--grid", description = "One row per employee, one column per date.")
    boolean grid;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file.")
    Path outFile;

    Csv(PrintStream out, PrintStream err) {
      super(out, err);
    }

    @Override
    String name() {
      return "csv";
    }

    @Override
    void checkOutput() throws Outputs.CannotWrite {
      Outputs.checkFile(outFile);
    }

    @Override
    public Integer call() {
      Optional<RosterInputs> inputs = read();
      if (inputs.isEmpty()) {
        return RosterCli.USAGE;
      }
      Problem problem = inputs.get().problem();
      Roster roster = inputs.get().roster();
      try {
        Outputs.writeAtomically(outFile, grid ? RosterCsv.grid(problem, roster) : RosterCsv.assignments(problem, roster));
      } catch (IOException e) {
        return fail(Outputs.cannotWrite(outFile, e).getMessage());
      }
      out.println("Wrote " + (grid ? problem.employees().size() + " rows" : roster.assignments().size() + " shifts") + " to " + outFile);
      return Files.exists(outFile) ? RosterCli.OK : RosterCli.FAILED;
    }
  }
}
