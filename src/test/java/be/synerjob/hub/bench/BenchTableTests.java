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
        results.resolve("load-2026-11-01.json"),
        "{\"at\":\"2026-11-01T10:00:00Z\",\"publishers\":8,\"readers\":8,\"seconds\":30,"
            + "\"vacanciesPerSecond\":1000,\"errors\":3,\"publish\":{\"p95ms\":10.5},"
            + "\"feed-page\":{\"p95ms\":7.25}}");
    Files.writeString(
        results.resolve("load-2026-11-29.json"),
        "{\"at\":\"2026-11-29T10:00:00Z\",\"machine\":{\"cores\":2,\"memoryBytes\":25769803776,"
            + "\"java\":\"OpenJDK 17\",\"os\":\"Linux\"},\"publishers\":8,\"readers\":8,"
            + "\"seconds\":30,\"vacanciesPerSecond\":1342,\"errors\":0,"
            + "\"publish\":{\"p95ms\":293.538},\"feed-page\":{\"p95ms\":187.3}}");
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
            "| load: 8 publishers + 8 feed readers, 30 s | 1,342 vacancies/s, publish p95 293.5 ms,"
                + " feed page p95 187.3 ms, **0 errors** | no errors | `LoadBenchmark` | 2026-11-29 |");
    assertThat(text).contains("| `DedupBenchmark` | not run yet |");
  }
}
