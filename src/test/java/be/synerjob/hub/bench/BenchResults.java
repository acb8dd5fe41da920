package be.synerjob.hub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a benchmark's figures with a description of the machine to {@code bench/results/}, and
 * regenerates the README's table ({@link BenchTable}).
 */
public final class BenchResults {

  private BenchResults() {}

  public static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put(
        "memoryBytes",
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize());
    m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    return m;
  }

  public static Path write(String name, Map<String, Object> figures) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("benchmark", name);
    doc.put("at", Instant.now().toString());
    doc.put("machine", machine());
    doc.putAll(figures);
    try {
      Path dir = Path.of("bench", "results");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + "-" + LocalDate.now() + ".json");
      Files.writeString(
          file,
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(doc));
      BenchTable.update(dir, Path.of("README.md"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
