package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careroster.core.Assignment;
import org.careroster.core.Problem;
import org.careroster.core.Roster;
import org.careroster.core.json.RosterJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line prints the same bytes whatever the JVM's default locale, time zone and
 * platform charset: numbers in ASCII digits with a decimal point, dates in ISO, text in UTF-8.
 */
class LocaleIndependenceTest {

  private static final Path HOME_CARE = Path.of("..", "examples", "kpi", "home-care-west.json");

  @TempDir Path dir;
  private String problemFile;
  private String rosterFile;

  @BeforeEach
  void writeFiles() throws IOException {
    Problem problem = DemoWard.problem();
    LocalDate monday = problem.horizon().start();
    // E1 rests 9 h 30 min (A Monday, D Tuesday): the report has violations with measured values.
    Roster roster = Roster.of(ImmutableList.of(
        Assignment.of("E1", monday, "A"), Assignment.of("E1", monday.plusDays(1), "D"),
        Assignment.of("E2", monday, "D"), Assignment.of("E3", monday.plusDays(2), "N")));
    problemFile = dir.resolve("problem.json").toString();
    rosterFile = dir.resolve("roster.json").toString();
    RosterJson.strict().write(Path.of(problemFile), problem);
    RosterJson.strict().write(Path.of(rosterFile), roster);
  }

  /** The commands whose stdout is compared; solve's elapsed seconds are masked (they vary by run). */
  private List<String[]> commands() {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"validate", problemFile, rosterFile});
    commands.add(new String[] {"validate", problemFile, rosterFile, "--format", "json"});
    commands.add(new String[] {"kpi", HOME_CARE.toString()});
    commands.add(new String[] {"kpi", HOME_CARE.toString(), "--format", "csv"});
    commands.add(new String[] {"candidates", problemFile, rosterFile, "--shift", "2027-01-05:D", "--absent", "E1:2027-01-05"});
    commands.add(new String[] {"solve", problemFile, "--max-nodes", "400", "--threads", "1", "--seed", "1", "--quiet"});
    return commands;
  }

  /** Stdout of {@code args} under {@code locale} and {@code zone}, restoring both afterwards. */
  private static byte[] stdout(Locale locale, TimeZone zone, String... args) {
    Locale locale0 = Locale.getDefault();
    TimeZone zone0 = TimeZone.getDefault();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      int status = new RosterCli(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
      assertTrue(status == RosterCli.OK || status == RosterCli.FAILED, String.join(" ", args) + ": "
          + err.toString(StandardCharsets.UTF_8));
    } finally {
      Locale.setDefault(locale0);
      TimeZone.setDefault(zone0);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return args[0].equals("solve") ? text.replaceAll("after ([0-9]+) nodes, [0-9]+\\.[0-9] s", "after $1 nodes, (time)")
        .getBytes(StandardCharsets.UTF_8) : out.toByteArray();
  }

  @Test
  void commands_underThaiArabicAndForeignTimeZones_printTheBytesOfTheRootLocale() {
    List<Locale> locales = List.of(
        new Locale("th", "TH", "TH"),                       // Thai digits
        Locale.forLanguageTag("ar-SA-u-nu-arab"),          // Arabic-Indic digits, Arabic decimal separator
        Locale.forLanguageTag("hi-IN"),
        Locale.forLanguageTag("nb-NO"));                    // decimal comma
    List<TimeZone> zones = List.of(
        TimeZone.getTimeZone("Asia/Kathmandu"), TimeZone.getTimeZone("Pacific/Chatham"),
        TimeZone.getTimeZone("America/St_Johns"), TimeZone.getTimeZone("Europe/Oslo"));
    for (String[] command : commands()) {
      byte[] root = stdout(Locale.ROOT, TimeZone.getTimeZone("UTC"), command);
      String text = new String(root, StandardCharsets.UTF_8);
      assertTrue(text.matches("(?s).*[0-9].*"), text);
      for (int i = 0; i < locales.size(); i++) {
        byte[] other = stdout(locales.get(i), zones.get(i), command);
        assertArrayEquals(root, other, () -> String.join(" ", command) + " differs under another locale:\n"
            + text + "\n---\n" + new String(other, StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void mainSources_formatNumbersOnlyWithLocaleRoot() throws IOException {
    Pattern call = Pattern.compile("(printf|String\\.format|\\.formatted)\\(([^;]*)", Pattern.DOTALL);
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = call.matcher(Files.readString(source));
        while (m.find()) {
          if (m.group(1).equals(".formatted") || !m.group(2).strip().startsWith("Locale.ROOT")) {
            offenders.add(source.getFileName() + ": " + m.group(0).lines().findFirst().orElse(""));
          }
        }
      }
    }
    assertEquals(List.of(), offenders, "format numbers with Locale.ROOT");
  }

  @Test
  void main_underPosixLocale_writesUtf8() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder process = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII", "-Duser.language=th",
        "-Duser.country=TH", "-Duser.variant=TH", "-cp", System.getProperty("java.class.path"),
        RosterCli.class.getName(), "kpi", HOME_CARE.toString());
    process.environment().put("LC_ALL", "POSIX");
    process.environment().remove("JAVA_TOOL_OPTIONS");
    process.redirectErrorStream(false);
    File err = dir.resolve("err.txt").toFile();
    process.redirectError(err);
    Process running = process.start();
    byte[] out = running.getInputStream().readAllBytes();
    assertTrue(running.waitFor(60, TimeUnit.SECONDS), "roster kpi did not end");
    assertEquals(RosterCli.OK, running.exitValue(), Files.readString(err.toPath()));
    assertArrayEquals(stdout(Locale.ROOT, TimeZone.getTimeZone("UTC"), "kpi", HOME_CARE.toString()), out);
    assertTrue(new String(out, StandardCharsets.UTF_8).startsWith("Scorecard (målekort)"));
  }
}
