package org.careroster.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.careroster.constraints.SolveListener;

/**
 * The progress of one long search on stderr. On a terminal it is one line that is redrawn in place
 * (carriage return) a few times a second: {@code roster solve: 12.3 s of 30 s, best penalty 1234
 * (7 rosters)}. Elsewhere (a log, a pipe, a test) it is at most two lines: the first roster found
 * and a final summary. Quiet, it prints nothing.
 *
 * <p>It is the {@link SolveListener} of the search; the search's threads may call it at once.
 */
final class ProgressLine implements SolveListener, AutoCloseable {

  /** How progress is shown. */
  enum Mode {
    /** One line redrawn in place. */
    TERMINAL,
    /** The first roster and a final line. */
    LOG,
    /** Nothing. */
    QUIET
  }

  /** Redraws per second on a terminal. */
  private static final long REDRAW_MILLIS = 250;

  private final PrintStream err;
  private final String command;
  private final Mode mode;
  private final Optional<Duration> limit;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private ScheduledExecutorService ticker;
  private long best = Long.MAX_VALUE;
  private long rosters;
  private int drawn;
  private boolean finished;

  /**
   * Progress of {@code command} (e.g. "solve") on {@code err}, for a search with {@code limit};
   * {@code nanoTime} is the clock ({@code System::nanoTime}).
   */
  ProgressLine(PrintStream err, String command, Mode mode, Optional<Duration> limit, LongSupplier nanoTime) {
    this.err = err;
    this.command = command;
    this.mode = mode;
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  /** The mode for a command run on a terminal or not, with {@code --quiet} or not. */
  static Mode mode(boolean terminal, boolean quiet) {
    return quiet ? Mode.QUIET : terminal ? Mode.TERMINAL : Mode.LOG;
  }

  /** Starts redrawing the line on a terminal (the elapsed time moves even between rosters). */
  synchronized ProgressLine start() {
    if (mode == Mode.TERMINAL && ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "roster-progress");
        thread.setDaemon(true);
        return thread;
      });
      ticker.scheduleAtFixedRate(this::redraw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  @Override
  public synchronized void improved(long objective, Duration elapsed) {
    if (finished) {
      return;
    }
    rosters++;
    best = Math.min(best, objective);
    if (mode == Mode.TERMINAL) {
      draw(line(elapsed));
    } else if (mode == Mode.LOG && rosters == 1) {
      err.println(prefix() + String.format(Locale.ROOT, "first roster after %s (penalty %d)", seconds(elapsed), objective));
    }
  }

  /**
   * Ends the progress with a summary line: elapsed, the nodes searched and the hard shortfalls
   * when known, and {@code outcome} (e.g. the solver's status), if not empty.
   */
  synchronized void finish(Duration elapsed, OptionalLong nodes, OptionalLong shortfalls, String outcome) {
    if (finished) {
      return;
    }
    stopTicker();
    finished = true;
    if (mode == Mode.QUIET) {
      return;
    }
    StringBuilder text = new StringBuilder(prefix()).append("done in ").append(seconds(elapsed));
    if (!outcome.isEmpty()) {
      text.append(", ").append(outcome);
    }
    if (rosters > 0) {
      text.append(String.format(Locale.ROOT, ", best penalty %d (%d %s)", best, rosters, rosters == 1 ? "roster" : "rosters"));
    }
    shortfalls.ifPresent(n -> text.append(String.format(Locale.ROOT, ", %d hard %s", n, n == 1 ? "shortfall" : "shortfalls")));
    nodes.ifPresent(n -> text.append(String.format(Locale.ROOT, ", %d nodes", n)));
    if (mode == Mode.TERMINAL) {
      draw(text.toString());
      err.println();
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Stops redrawing; clears an unfinished line on a terminal so an error message starts clean. */
  @Override
  public synchronized void close() {
    stopTicker();
    if (!finished && mode == Mode.TERMINAL && drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
    }
    finished = true;
  }

  /** The terminal line at {@code elapsed}. */
  synchronized String line(Duration elapsed) {
    StringBuilder text = new StringBuilder(prefix()).append(seconds(elapsed));
    limit.ifPresent(l -> text.append(" of ").append(limit(l)));
    if (rosters == 0) {
      text.append(", searching for a first roster");
    } else {
      text.append(String.format(Locale.ROOT, ", best penalty %d (%d %s)", best, rosters, rosters == 1 ? "roster" : "rosters"));
    }
    return text.toString();
  }

  private synchronized void redraw() {
    if (!finished) {
      draw(line(Duration.ofNanos(nanoTime.getAsLong() - startNanos)));
    }
  }

  private void draw(String text) {
    err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
    err.flush();
    drawn = text.length();
  }

  private void stopTicker() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  private String prefix() {
    return "roster " + command + ": ";
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String limit(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
