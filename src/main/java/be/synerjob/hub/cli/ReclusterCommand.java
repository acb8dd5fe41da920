package be.synerjob.hub.cli;

import be.synerjob.hub.dedup.Clusters;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Recomputes every duplicate cluster from the stored fingerprints. */
@Command(
    name = "recluster",
    mixinStandardHelpOptions = true,
    description = "Recompute all duplicate clusters (after a change of the matching rules)")
class ReclusterCommand implements Callable<Integer> {

  private final Clusters clusters;

  ReclusterCommand(Clusters clusters) {
    this.clusters = clusters;
  }

  @Override
  public Integer call() {
    while (clusters.process(1000) > 0) {
      // catch up with the feed first, so every vacancy has a fingerprint
    }
    long started = System.nanoTime();
    int n = clusters.recluster();
    System.out.printf(
        java.util.Locale.ROOT, "%d clusters in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
