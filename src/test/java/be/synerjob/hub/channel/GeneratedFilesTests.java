package be.synerjob.hub.channel;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.GeneratedVacancy;
import be.synerjob.hub.demo.ScaleGenerator;
import be.synerjob.hub.geo.Gazetteer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated data in every format the hub reads goes through the file channel as labelled: every
 * record accepted but the invalid ones, and each invalid one rejected for exactly its labelled
 * field and problem code. Shares its Spring context with {@link FullFileTests}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:full-files;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class GeneratedFilesTests {

  @Autowired FileIngestor ingestor;
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(FileFormat.class)
  void generatedFilesAreReadAsLabelled(FileFormat format) throws Exception {
    ScaleGenerator generator =
        new ScaleGenerator(
            Gazetteer.load(),
            7,
            LocalDate.now(),
            new ScaleGenerator.Mix(0, 0, 0, 0, 15, 0)); // 15 % invalid records of every kind
    MemberCode member = MemberCode.FOREM;
    Path file = dir.resolve("generated." + format.extension());
    Map<String, GeneratedVacancy.Defect> defects = new HashMap<>();
    int records = 200;
    try (OutputStream out = Files.newOutputStream(file);
        VacancyFileWriter writer = VacancyFileWriter.open(format, out)) {
      for (int i = 0; i < records; i++) {
        GeneratedVacancy g = generator.get(i);
        String reference = format.name() + "-" + i;
        writer.write(g.vacancy().toBuilder().member(member.value()).reference(reference).build());
        if (g.defect() != null) {
          defects.put(reference, g.defect());
        }
      }
    }
    assertThat(defects).hasSizeGreaterThan(15);

    IngestReport report = ingestor.ingest(member, file, "CLI");
    assertThat(report.state()).isEqualTo("DONE");
    assertThat(report.records()).isEqualTo(records);
    assertThat(report.count("CREATED")).isEqualTo(records - defects.size());
    assertThat(report.count("REJECTED")).isEqualTo(defects.size());

    ByteArrayOutputStream full = new ByteArrayOutputStream();
    ingestor.writeReport(report.id(), full);
    Map<String, String> rejected = new HashMap<>();
    for (JsonNode r : JsonMapper.builder().build().readTree(full.toByteArray()).get("rejected")) {
      JsonNode first = r.get("problems").get(0);
      rejected.put(
          r.get("reference").asString(),
          first.get("field").asString() + " " + first.get("code").asString());
    }
    Map<String, String> expected = new HashMap<>();
    defects.forEach((ref, d) -> expected.put(ref, d.field() + " " + d.code()));
    assertThat(rejected).isEqualTo(expected);
  }
}
