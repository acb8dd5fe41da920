package be.synerjob.hub.bench;

import be.synerjob.hub.HubApplication;
import be.synerjob.hub.channel.Exports;
import be.synerjob.hub.channel.FileFormat;
import be.synerjob.hub.channel.FileIngestor;
import be.synerjob.hub.channel.IngestReport;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * File channel throughput: ingesting NDJSON files of 20,000 and 100,000 vacancies through the file
 * pipeline (the part after the SFTP upload: read, validate, publish in batches, report), with the
 * heap sampled during the ingest to show it does not grow with the file; and a full export of
 * 100,000 vacancies for a partner.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=ChannelBenchmark}.
 */
class ChannelBenchmark {

  @Test
  void ingestAndExport() throws Exception {
    Path dir = Path.of("target", "bench-channel");
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    VacancyGenerator g = new VacancyGenerator(Gazetteer.load(), 9, LocalDate.now());
    // -Dbench.channel.sizes=100000,1000000 (default): one file each (1,000,000 is about 1.3 GB)
    List<Integer> sizes =
        java.util.Arrays.stream(
                System.getProperty("bench.channel.sizes", "100000,1000000").split(","))
            .map(x -> Integer.parseInt(x.strip()))
            .toList();
    List<Path> files = new java.util.ArrayList<>();
    for (int n : sizes) {
      files.add(write(dir.resolve("vacancies-" + n + ".ndjson"), g, n));
    }
    SpringApplication app = new SpringApplication(HubApplication.class);
    ConfigurableApplicationContext ctx =
        app.run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:"
                + dir.toAbsolutePath().resolve("hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000;WRITE_DELAY=100",
            "--hub.demo.enabled=false",
            "--hub.scheduling.enabled=false",
            "--hub.channel.sftp.root=" + dir.toAbsolutePath().resolve("sftp"),
            "--logging.level.audit=WARN",
            "--logging.level.root=WARN");
    try {
      // A hub in service has its reference model built: build it now, outside the timing.
      ctx.getBean(be.synerjob.hub.reference.Reference.class)
          .autocomplete("lasser", null, Set.of(), 5);
      FileIngestor ingestor = ctx.getBean(FileIngestor.class);
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1_000_000);
      MemberCode[] members = {MemberCode.FOREM, MemberCode.VDAB, MemberCode.ACTIRIS};
      for (int i = 0; i < sizes.size(); i++) {
        figures.put("ingest" + sizes.get(i), ingest(ingestor, members[i % 3], files.get(i)));
      }
      MemberCode largest = members[(sizes.size() - 1) % 3];

      ctx.getBean(SharingAgreements.class)
          .put(
              new SharingAgreement(
                  MemberCode.BF, largest, false, false, false, Set.of(), null, null),
              "bench");
      Exports exports = ctx.getBean(Exports.class);
      Exports.Subscription sub =
          exports.subscribe(MemberCode.BF, FileFormat.NDJSON, null, null, null);
      long t = System.nanoTime();
      Exports.ExportFile full = exports.full(sub.id());
      double seconds = (System.nanoTime() - t) / 1e9;
      Map<String, Object> export = new LinkedHashMap<>();
      export.put("records", full.records());
      export.put("bytes", full.bytes());
      export.put("seconds", Math.round(seconds * 1000) / 1000.0);
      export.put("recordsPerSecond", Math.round(full.records() / seconds));
      figures.put("fullExport", export);
      System.out.printf(Locale.ROOT, "full export: %s%n", export);
      System.out.println("written to " + BenchResults.write("channel", figures));
    } finally {
      ctx.close();
    }
  }

  private static Map<String, Object> ingest(FileIngestor ingestor, MemberCode member, Path file)
      throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              var memory = ManagementFactory.getMemoryMXBean();
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    sampler.start();
    long t = System.nanoTime();
    IngestReport report = ingestor.ingest(member, file, "BENCH");
    double seconds = (System.nanoTime() - t) / 1e9;
    running.set(false);
    sampler.join();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("records", report.records());
    f.put("fileMB", Files.size(file) / 1_000_000);
    f.put("counts", report.counts());
    f.put("seconds", Math.round(seconds * 1000) / 1000.0);
    f.put("recordsPerSecond", Math.round(report.records() / seconds));
    f.put("heapBeforeMB", before / 1_000_000);
    f.put("heapPeakMB", peak.get() / 1_000_000);
    System.out.printf(Locale.ROOT, "ingest %s: %s%n", file.getFileName(), f);
    return f;
  }

  private static Path write(Path file, VacancyGenerator g, int n) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (MemberCode m : new MemberCode[] {MemberCode.VDAB}) {
        for (int i = 0; i < n; i++) {
          var v = g.vacancy(m, i);
          w.write(
              VacancyJson.write(
                  v.toBuilder().member(null).reference(file.getFileName() + "-" + i).build()));
          w.write('\n');
        }
      }
    }
    return file;
  }
}
