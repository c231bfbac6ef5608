package org.careroster.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  private String err() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private ProgressLine progress(ProgressLine.Mode mode) {
    return new ProgressLine(err, "solve", mode, Optional.of(Duration.ofSeconds(30)), clock::get);
  }

  /** A hundred improving rosters, 0.1 s apart, the best 900 penalty points. */
  private static void improve(ProgressLine progress) {
    for (int i = 0; i < 100; i++) {
      progress.improved(1_000 - i, Duration.ofMillis(100L * (i + 1)));
    }
  }

  @Test
  void improved_notATerminal_printsTheFirstRosterAndAFinalLineOnly() {
    try (ProgressLine progress = progress(ProgressLine.Mode.LOG)) {
      improve(progress);
      progress.finish(Duration.ofMillis(12_345), OptionalLong.of(5_000), OptionalLong.of(0), "FEASIBLE");
    }
    assertEquals(
        "roster solve: first roster after 0.1 s (penalty 1000)\n"
            + "roster solve: done in 12.3 s, FEASIBLE, best penalty 901 (100 rosters), 0 hard shortfalls, 5000 nodes\n",
        err());
  }

  @Test
  void improved_onATerminal_redrawsOneLineInPlace() {
    try (ProgressLine progress = progress(ProgressLine.Mode.TERMINAL)) {
      improve(progress);
      assertFalse(err().contains("\n"), err());
      assertTrue(err().endsWith("\rroster solve: 10.0 s of 30 s, best penalty 901 (100 rosters)"), err());
      progress.finish(Duration.ofSeconds(30), OptionalLong.of(9_000), OptionalLong.empty(), "FEASIBLE");
    }
    String last = err().substring(err().lastIndexOf('\r') + 1);
    assertEquals("roster solve: done in 30.0 s, FEASIBLE, best penalty 901 (100 rosters), 9000 nodes\n", last);
    assertEquals(1, err().chars().filter(c -> c == '\n').count(), "one line on the screen");
  }

  @Test
  void line_beforeAnyRoster_saysItIsSearchingWithTheElapsedTimeAndLimit() {
    clock.set(2_500_000_000L);
    try (ProgressLine progress = progress(ProgressLine.Mode.TERMINAL)) {
      assertEquals("roster solve: 1.2 s of 30 s, searching for a first roster", progress.line(Duration.ofMillis(1_234)));
    }
  }

  @Test
  void line_shorterThanTheLast_blanksTheRestOfTheLast() {
    try (ProgressLine progress = progress(ProgressLine.Mode.TERMINAL)) {
      progress.improved(1_000_000, Duration.ofSeconds(1));
      progress.improved(5, Duration.ofSeconds(2));
    }
    String[] draws = err().split("\r", -1);
    String first = draws[1];
    String second = draws[2];
    assertEquals("roster solve: 2.0 s of 30 s, best penalty 5 (2 rosters)", second.stripTrailing());
    assertTrue(second.stripTrailing().length() < first.length() && second.length() >= first.length(), err());
  }

  @Test
  void quiet_printsNothing() {
    try (ProgressLine progress = progress(ProgressLine.Mode.QUIET)) {
      improve(progress);
      progress.finish(Duration.ofSeconds(3), OptionalLong.of(10), OptionalLong.of(2), "FEASIBLE");
    }
    assertEquals("", err());
  }

  @Test
  void close_unfinishedOnATerminal_clearsTheLine() {
    try (ProgressLine progress = progress(ProgressLine.Mode.TERMINAL)) {
      progress.improved(42, Duration.ofSeconds(1));
    }
    assertTrue(err().matches("\rroster solve: [^\r]*\r +\r"), err());
  }

  @Test
  void mode_quietWins_thenTerminal() {
    assertEquals(ProgressLine.Mode.QUIET, ProgressLine.mode(true, true));
    assertEquals(ProgressLine.Mode.TERMINAL, ProgressLine.mode(true, false));
    assertEquals(ProgressLine.Mode.LOG, ProgressLine.mode(false, false));
  }
}
