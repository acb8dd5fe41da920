package be.synerjob.hub.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Progress of a long run on standard error, at most once a second: count, rate and time left. */
final class Progress {

  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private final PrintStream err = System.err;
  private long lastPrint = started;

  Progress(String what, long total) {
    this.what = what;
    this.total = total;
  }

  void step(long done) {
    long now = System.nanoTime();
    if (now - lastPrint < 1_000_000_000L) {
      return;
    }
    lastPrint = now;
    double seconds = (now - started) / 1e9;
    double rate = done / seconds;
    long left = rate > 0 ? Math.round((total - done) / rate) : -1;
    err.printf(
        Locale.ROOT,
        "%s: %,d of %,d (%.0f%%), %,.0f/s, %d:%02d left%n",
        what,
        done,
        total,
        100.0 * done / total,
        rate,
        left / 60,
        left % 60);
  }

  void done() {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf(Locale.ROOT, "%s: %,d in %.1f s (%,.0f/s)%n", what, total, seconds, total / seconds);
  }
}
