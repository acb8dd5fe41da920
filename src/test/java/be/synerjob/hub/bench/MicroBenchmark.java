package be.synerjob.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs the JMH micro-benchmarks of the hot paths (classes {@code *Micro} under {@code
 * src/test/java}: content hash, vacancy JSON, fingerprint, classification, title analysis, routing)
 * in a forked JVM each, one thread, and writes score, error and unit of each to {@code
 * bench/results/micro-<date>.json}.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=MicroBenchmark}, about 4 minutes on 2 cores. Each
 * benchmark class sets its own forks, warm-up and measurement ({@code @Fork}, {@code @Warmup},
 * {@code @Measurement}: classification, whose operation takes a millisecond and whose scoring loop
 * the JIT compiles late on a loaded machine, warms up longest). Settings, as {@code -D} on the
 * Maven command line, override them for every benchmark: {@code bench.micro.include} (regex of
 * benchmark names, default every {@code *Micro}), {@code bench.micro.forks}, {@code
 * bench.micro.warmups}, {@code bench.micro.warmupSeconds} (per warm-up iteration), {@code
 * bench.micro.iterations}, {@code bench.micro.seconds} (per measured iteration); {@code
 * bench.micro.heap} is the forked JVMs' heap (1g).
 */
class MicroBenchmark {

  @Test
  void hotPaths() throws Exception {
    String include = System.getProperty("bench.micro.include", ".*Micro\\..*");
    String heap = System.getProperty("bench.micro.heap", "1g");
    ChainedOptionsBuilder builder =
        new OptionsBuilder()
            .include(include)
            .threads(1)
            // the forked JVM: the test class path (surefire sets java.class.path to it, JMH's
            // default), a fixed heap, and not the argLine of the surefire JVM (-Xmx4g)
            .jvmArgs("-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC")
            .shouldFailOnError(true);
    Integer forks = Integer.getInteger("bench.micro.forks");
    if (forks != null) {
      builder.forks(forks);
    }
    Integer warmups = Integer.getInteger("bench.micro.warmups");
    if (warmups != null) {
      builder.warmupIterations(warmups);
    }
    Integer warmupSeconds = Integer.getInteger("bench.micro.warmupSeconds");
    if (warmupSeconds != null) {
      builder.warmupTime(TimeValue.seconds(warmupSeconds));
    }
    Integer iterations = Integer.getInteger("bench.micro.iterations");
    if (iterations != null) {
      builder.measurementIterations(iterations);
    }
    Integer seconds = Integer.getInteger("bench.micro.seconds");
    if (seconds != null) {
      builder.measurementTime(TimeValue.seconds(seconds));
    }
    Options options = builder.build();
    double loadBefore = loadAverage();
    long t0 = System.nanoTime();
    Collection<RunResult> results = new Runner(options).run();
    double minutes = (System.nanoTime() - t0) / 60e9;
    assertThat(results).as("benchmarks matching %s", include).isNotEmpty();

    Map<String, Object> benchmarks = new LinkedHashMap<>();
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      String[] parts = full.split("\\.");
      String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
      Result<?> primary = r.getPrimaryResult();
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("score", round(primary.getScore()));
      f.put("error", round(primary.getScoreError()));
      f.put("unit", primary.getScoreUnit());
      f.put("mode", r.getParams().getMode().shortLabel());
      f.put("samples", primary.getSampleCount());
      f.put(
          "warmup",
          r.getParams().getWarmup().getCount() + " × " + r.getParams().getWarmup().getTime());
      f.put(
          "measurement",
          r.getParams().getMeasurement().getCount()
              + " × "
              + r.getParams().getMeasurement().getTime());
      f.put("forks", r.getParams().getForks());
      f.put("class", full.substring(0, full.lastIndexOf('.')));
      benchmarks.put(name, f);
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("include", include);
    settings.put("threads", 1);
    settings.put("forkedHeap", heap);
    settings.put("jmh", Version.getPlainVersion());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("settings", settings);
    figures.put("loadAverage", loadBefore);
    figures.put("loadAverageAfter", loadAverage());
    figures.put("minutes", Math.round(minutes * 100) / 100.0);
    figures.put("benchmarks", benchmarks);

    System.out.println();
    System.out.printf(Locale.ROOT, "%-34s %12s %10s  %s%n", "benchmark", "score", "error", "unit");
    benchmarks.forEach(
        (name, f) -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) f;
          System.out.printf(
              Locale.ROOT,
              "%-34s %12s %10s  %s%n",
              name,
              m.get("score"),
              m.get("error"),
              m.get("unit"));
        });
    System.out.printf(
        Locale.ROOT,
        "%.1f minutes; load average %.2f before, %.2f after%n",
        minutes,
        loadBefore,
        loadAverage());
    System.out.println("written to " + BenchResults.write("micro", figures));
  }

  /** Rounded for the record; null when JMH has no figure (the error of a single sample). */
  private static Double round(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    double scale = Math.abs(d) >= 100 ? 10 : Math.abs(d) >= 1 ? 1000 : 10000;
    return Math.round(d * scale) / scale;
  }

  private static double loadAverage() {
    return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100)
        / 100.0;
  }
}
