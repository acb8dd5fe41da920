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
  void titlesPerSecondAndMemory() throws Exception {
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
    for (int size : SIZES) {
      Map<String, Object> f = atScale(classifier, size);
      figures.put("vacancies-" + size, f);
      System.out.printf(Locale.ROOT, "%,d generated vacancies: %s%n", size, f);
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

  /** Sizes of the at-scale pass: {@code -Dbench.classification.sizes=100000,1000000}. */
  static final List<Integer> SIZES =
      java.util.Arrays.stream(
              System.getProperty("bench.classification.sizes", "100000,1000000").split(","))
          .map(String::trim)
          .filter(x -> !x.isEmpty())
          .map(Integer::valueOf)
          .toList();

  /**
   * Codes {@code size} generated vacancies (the realistic mix: noisy titles, four languages,
   * duplicates) as publishing codes one without a usable code: title, description and language,
   * best match only, on every core. Generation runs in the same threads but outside the measured
   * CPU time; wall time covers both.
   */
  private static Map<String, Object> atScale(OccupationClassifier classifier, int size)
      throws Exception {
    be.synerjob.hub.demo.ScaleGenerator generator =
        new be.synerjob.hub.demo.ScaleGenerator(
            be.synerjob.hub.geo.Gazetteer.load(),
            8,
            java.time.LocalDate.of(2026, 11, 2),
            be.synerjob.hub.demo.ScaleGenerator.Mix.realistic());
    int threads = Runtime.getRuntime().availableProcessors();
    int chunk = 1_000;
    java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong classifyCpu =
        new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong generateCpu =
        new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong coded = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong review = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    System.gc();
    long heap0 = usedHeap();
    long w0 = System.nanoTime();
    List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(
          pool.submit(
              () -> {
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                for (long from = next.getAndAdd(chunk); from < size; from = next.getAndAdd(chunk)) {
                  long g0 = cpu.getCurrentThreadCpuTime();
                  var batch = generator.range(from, (int) Math.min(chunk, size - from));
                  long g1 = cpu.getCurrentThreadCpuTime();
                  for (var g : batch) {
                    var v = g.vacancy();
                    be.synerjob.hub.core.Language lang =
                        v.language() == null
                            ? null
                            : be.synerjob.hub.core.Language.parse(v.language()).orElse(null);
                    var best = classifier.classify(v.title(), v.description(), lang, 1).best();
                    if (best != null) {
                      coded.incrementAndGet();
                      if (best.confidence() < 0.4) {
                        review.incrementAndGet();
                      }
                    }
                  }
                  long g2 = cpu.getCurrentThreadCpuTime();
                  generateCpu.addAndGet(g1 - g0);
                  classifyCpu.addAndGet(g2 - g1);
                }
                return null;
              }));
    }
    for (var f : tasks) {
      f.get();
    }
    pool.shutdown();
    double wall = (System.nanoTime() - w0) / 1e9;
    long heapAfter = usedHeap();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("vacancies", size);
    f.put("threads", threads);
    f.put("wallSeconds", round(wall));
    f.put("vacanciesPerWallSecond", Math.round(size / wall));
    f.put("classifyCpuSeconds", round(classifyCpu.get() / 1e9));
    f.put("classifyCpuMicrosPerVacancy", round(classifyCpu.get() / 1e3 / size));
    f.put("vacanciesPerCpuSecond", Math.round(size / (classifyCpu.get() / 1e9)));
    f.put("generateCpuSeconds", round(generateCpu.get() / 1e9));
    f.put("coded", coded.get());
    f.put("confidenceBelow0.4", review.get());
    f.put("heapGrowthMB", (heapAfter - heap0) / 1_000_000);
    f.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return f;
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
