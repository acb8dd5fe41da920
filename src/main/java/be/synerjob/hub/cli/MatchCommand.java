package be.synerjob.hub.cli;

import be.synerjob.hub.matching.Matching;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the matching batch: the marked profiles, or every profile with --full. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = "Run the matching batch (top matches of the jobseeker profiles)")
class MatchCommand implements Callable<Integer> {

  private final Matching matching;

  @Option(names = "--full", description = "recompute every profile, not only the marked ones")
  boolean full;

  MatchCommand(Matching matching) {
    this.matching = matching;
  }

  @Override
  public Integer call() {
    Matching.BatchReport r = full ? matching.runFull() : matching.runIncremental();
    System.out.printf(
        java.util.Locale.ROOT,
        "%d profiles matched against %d open vacancies, %d matches stored in %.1f s%n",
        r.profiles(),
        r.vacancies(),
        r.matchesWritten(),
        r.millis() / 1000.0);
    return 0;
  }
}
