package be.synerjob.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README table comes from the newest result of each benchmark; what was not run says so. */
class BenchTableTests {

  @TempDir Path dir;

  @Test
  void theTableTakesTheNewestResultOfEachBenchmark() throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    Files.writeString(
        results.resolve("load-100000-2026-11-01.json"),
        "{\"at\":\"2026-11-01T10:00:00Z\",\"preload\":100000,\"publishers\":8,\"errors\":3}");
    Files.writeString(
        results.resolve("load-100000-2026-11-29.json"),
        "{\"at\":\"2026-11-29T10:00:00Z\",\"machine\":{\"cores\":2,\"memoryBytes\":25769803776,"
            + "\"java\":\"OpenJDK 17\",\"os\":\"Linux\"},\"preload\":100000,\"serverHeap\":\"2g\","
            + "\"publishers\":8,\"readers\":8,\"searchers\":2,\"seconds\":60,"
            + "\"preloadPerSecond\":4321,\"vacanciesPerSecond\":1342,\"errors\":0,"
            + "\"publish\":{\"p95ms\":293.538},\"close\":{\"p95ms\":12},"
            + "\"feed-page\":{\"p95ms\":187.3},\"vacancy-get\":{\"p95ms\":4.5},"
            + "\"search\":{\"p95ms\":25.25},\"server\":{\"heapUsedMB\":800,\"rssMB\":1900},"
            + "\"loadAverage\":1.5}");
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# x\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n");

    BenchTable.update(results, readme);

    String text = Files.readString(readme);
    assertThat(text)
        .startsWith("# x\n<!-- bench:start -->\n")
        .endsWith("<!-- bench:end -->\nafter\n");
    assertThat(text).doesNotContain("old").contains("2 cores, 24 GB, OpenJDK 17, Linux");
    assertThat(text)
        .contains(
            "| load on a hub filled with 100,000 vacancies (own JVM, -Xmx2g): 8 publishers, 8 feed"
                + " readers, 2 searchers, 60 s | preload **4,321/s**; then 1,342 vacancies/s"
                + " published, p95 publish 293.5 ms · close 12 ms · feed page 187.3 ms · vacancy"
                + " 4.5 ms · search 25.2 ms; hub heap 800 MB, RSS 1,900 MB; load average 1.5;"
                + " **0 errors** | no errors | `LoadBenchmark` | 2026-11-29 |");
    assertThat(text)
        .contains("| the same on – vacancies (-Xmx–, scheduled jobs: –), – s | preload **–/s**;");
    assertThat(text).contains("| `DedupBenchmark` | not run yet |");
  }
}
