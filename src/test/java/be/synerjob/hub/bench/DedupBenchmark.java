package be.synerjob.hub.bench;

import be.synerjob.hub.dedup.Clustering;
import be.synerjob.hub.dedup.DuplicateDetector;
import be.synerjob.hub.dedup.Fingerprint;
import be.synerjob.hub.demo.ScaleGenerator;
import be.synerjob.hub.geo.Gazetteer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clustering throughput at 100,000 and 1,000,000 vacancies (fingerprints built while generating;
 * generation is not timed), with the heap after clustering, and blocked against exhaustive
 * comparison on a 5,000 sample.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=DedupBenchmark}.
 */
class DedupBenchmark {

  @Test
  void clusteringAtScale() {
    Map<String, Object> figures = new LinkedHashMap<>();
    DuplicateDetector detector = new DuplicateDetector();
    for (int n : new int[] {100_000, Integer.getInteger("bench.dedup.max", 1_000_000)}) {
      ScaleGenerator g =
          new ScaleGenerator(Gazetteer.load(), 3, LocalDate.now(), ScaleGenerator.Mix.realistic());
      List<Fingerprint> prints = new ArrayList<>(n);
      long fingerprintNanos = 0;
      for (int i = 0; i < n; i++) {
        var v = g.get(i).vacancy();
        long t = System.nanoTime();
        prints.add(detector.fingerprint(i, v));
        fingerprintNanos += System.nanoTime() - t;
      }
      System.gc();
      long heapBefore = usedHeap();
      long t = System.nanoTime();
      Clustering.Result r = new Clustering(detector).cluster(prints);
      double seconds = (System.nanoTime() - t) / 1e9;
      long heapAfter = usedHeap();
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("fingerprintSeconds", Math.round(fingerprintNanos / 1e6) / 1000.0);
      f.put("clusterSeconds", Math.round(seconds * 1000) / 1000.0);
      f.put("vacanciesPerSecond", Math.round(n / (seconds + fingerprintNanos / 1e9)));
      f.put("comparisons", r.comparisons());
      f.put("matches", r.matches());
      f.put("clusters", r.clusters());
      f.put("fingerprintHeapMB", heapBefore / 1_000_000);
      f.put("heapAfterClusteringMB", heapAfter / 1_000_000);
      figures.put(Integer.toString(n), f);
      System.out.printf(Locale.ROOT, "%,d vacancies: %s%n", n, f);
    }
    ScaleGenerator g =
        new ScaleGenerator(Gazetteer.load(), 4, LocalDate.now(), ScaleGenerator.Mix.realistic());
    List<Fingerprint> sample = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      sample.add(detector.fingerprint(i, g.get(i).vacancy()));
    }
    Clustering c = new Clustering(detector);
    Clustering.Result blocked = c.cluster(sample);
    long t = System.nanoTime();
    Clustering.Result all = c.exhaustive(sample);
    double exhaustiveSeconds = (System.nanoTime() - t) / 1e9;
    Map<String, Object> cmp = new LinkedHashMap<>();
    cmp.put("sample", 5000);
    cmp.put("blockedComparisons", blocked.comparisons());
    cmp.put("exhaustiveComparisons", all.comparisons());
    cmp.put("blockedClusters", blocked.clusters());
    cmp.put("exhaustiveClusters", all.clusters());
    cmp.put("mergesLostByBlocking", blocked.clusters() - all.clusters());
    cmp.put("exhaustiveSeconds", Math.round(exhaustiveSeconds * 1000) / 1000.0);
    figures.put("blockedVsExhaustive", cmp);
    System.out.println("blocked vs exhaustive: " + cmp);
    System.out.println("written to " + BenchResults.write("dedup", figures));
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
