package be.synerjob.hub.bench;

import be.synerjob.hub.classification.Evaluation;
import be.synerjob.hub.classification.HeldOut;
import be.synerjob.hub.classification.OccupationClassifier;
import be.synerjob.hub.classification.OccupationVocabulary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Occupation coding speed, single thread and without any cache (each title analysed and scored in
 * full), and the heap the index takes. Titles: the held-out dev labels in the four languages, clean
 * and with noise (gender markers, seniority words, typos), language given and detected. Reports
 * thread CPU time (what a core does, independent of other load on the machine) and wall time.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=ClassificationBenchmark}.
 */
class ClassificationBenchmark {

  @Test
  void titlesPerSecondAndMemory() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, Object> figures = new LinkedHashMap<>();
    long c0 = cpu.getCurrentThreadCpuTime();
    OccupationVocabulary vocabulary = OccupationVocabulary.fromShippedFiles();
    long c1 = cpu.getCurrentThreadCpuTime();
    System.gc();
    long heap0 = usedHeap();
    OccupationClassifier classifier = OccupationClassifier.build(vocabulary);
    long c2 = cpu.getCurrentThreadCpuTime();
    System.gc();
    long heap1 = usedHeap();
    figures.put("labels", classifier.size());
    figures.put("loadShippedFilesCpuSeconds", round((c1 - c0) / 1e9));
    figures.put("buildIndexCpuSeconds", round((c2 - c1) / 1e9));
    figures.put("indexHeapMB", (heap1 - heap0) / 1_000_000);

    List<HeldOut.Item> items = new ArrayList<>(HeldOut.items(vocabulary, HeldOut.Part.DEV));
    List<HeldOut.Item> noisy = items.stream().map(HeldOut::noisy).toList();
    // warm-up
    for (int r = 0; r < 2; r++) {
      for (HeldOut.Item i : noisy) {
        classifier.classify(i.title(), null, null, 5);
      }
    }
    for (String run : List.of("clean, language given", "noisy, language detected")) {
      List<HeldOut.Item> set = run.startsWith("clean") ? items : noisy;
      boolean give = run.startsWith("clean");
      long t0 = cpu.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      int rounds = 3;
      for (int r = 0; r < rounds; r++) {
        for (HeldOut.Item i : set) {
          classifier.classify(i.title(), null, give ? i.language() : null, 5);
        }
      }
      long n = (long) rounds * set.size();
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
      double wallSeconds = (System.nanoTime() - w0) / 1e9;
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("titles", n);
      f.put("titlesPerCpuSecond", Math.round(n / cpuSeconds));
      f.put("titlesPerWallSecond", Math.round(n / wallSeconds));
      f.put("cpuMicrosPerTitle", round(cpuSeconds * 1e6 / n));
      figures.put(run, f);
      System.out.printf(Locale.ROOT, "%s: %s%n", run, f);
    }
    // quality on the whole held-out test part (index without dev and test labels)
    OccupationClassifier training = OccupationClassifier.build(HeldOut.training(vocabulary));
    List<HeldOut.Item> test = HeldOut.items(vocabulary, HeldOut.Part.TEST);
    Map<String, Object> quality = new LinkedHashMap<>();
    for (String source : List.of("esco", "rome")) {
      List<HeldOut.Item> part =
          test.stream()
              .filter(
                  i ->
                      (i.source() == OccupationVocabulary.Source.ROME_JOB_TITLE)
                          == source.equals("rome"))
              .toList();
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("clean", figures(Evaluation.run(training, part, true)));
      q.put("cleanDetected", figures(Evaluation.run(training, part, false)));
      List<HeldOut.Item> n = part.stream().map(HeldOut::noisy).toList();
      q.put("noisy", figures(Evaluation.run(training, n, true)));
      q.put("noisyDetected", figures(Evaluation.run(training, n, false)));
      quality.put(source, q);
      System.out.println(source + " " + q);
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("clean", figures(Evaluation.run(training, test, true)));
    all.put(
        "noisyDetected",
        figures(Evaluation.run(training, test.stream().map(HeldOut::noisy).toList(), false)));
    quality.put("all", all);
    figures.put("testPart", quality);
    figures.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println(figures);
    BenchResults.write("classification", figures);
  }

  private static Map<String, Object> figures(Evaluation.Report r) {
    Map<String, Object> out = new LinkedHashMap<>();
    r.figures()
        .forEach(
            (k, f) ->
                out.put(
                    k,
                    Map.of(
                        "items", f.items(),
                        "mrr", round(f.mrr()),
                        "acc1", round(f.acc1()),
                        "acc5", round(f.acc5()))));
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
