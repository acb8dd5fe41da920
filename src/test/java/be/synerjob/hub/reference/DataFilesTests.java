package be.synerjob.hub.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** Reading data files: RFC 4180 records with line numbers, and the manifest's checks. */
class DataFilesTests {

  @TempDir Path dir;

  private static DataFiles.Table parse(String text) throws Exception {
    return DataFiles.Table.parse("t.csv", new StringReader(text), -1);
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndKnowsWhereEachRecordStarts()
      throws Exception {
    DataFiles.Table t =
        parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n2,,last\n# not a comment here,,\r\n");

    assertThat(t.size()).isEqualTo(3);
    assertThat(t.get(0, "b")).isEqualTo("x, \"y\"");
    assertThat(t.get(0, "c")).isEqualTo("two\nlines");
    assertThat(t.line(1)).isEqualTo(4);
    assertThat(t.get(1, "b")).isEmpty();
    assertThat(t.anyValue("b")).isTrue();
    assertThat(t.get(2, "a")).isEqualTo("# not a comment here");
  }

  @Test
  void skipsCommentLinesBeforeTheHeader() throws Exception {
    DataFiles.Table t = parse("# note, with a comma\n# another\ncode,kind\nKN-1,skill\n");
    assertThat(t.size()).isEqualTo(1);
    assertThat(t.get(0, "kind")).isEqualTo("skill");
  }

  @Test
  void aRecordWithAnotherNumberOfFieldsNamesFileAndLine() {
    assertThatThrownBy(() -> parse("a,b\n1,2\n3\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("t.csv line 3: 1 fields where the header has 2");
    assertThatThrownBy(() -> parse("a,b\n1,\"open\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("t.csv line 2: a quoted field is not closed (truncated file?)");
    assertThatThrownBy(() -> parse("a,b\n1,2\n").get(0, "c"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("t.csv has no column 'c'");
  }

  private void file(String name, byte[] content, long rows) throws Exception {
    Files.write(dir.resolve(name), content);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    Files.writeString(
        dir.resolve(DataFiles.MANIFEST),
        "file,rows,bytes,sha256\r\n"
            + name
            + ","
            + rows
            + ","
            + content.length
            + ","
            + sha
            + "\r\n");
  }

  private static byte[] gzip(byte[] raw) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  private DataFiles open() {
    return DataFiles.open(new DefaultResourceLoader(), dir.toUri().toString());
  }

  @Test
  void aFileWithFewerRowsThanTheManifestSaysIsRefused() throws Exception {
    file("x.csv.gz", gzip("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)), 2);
    DataFiles files = open();
    files.verify(List.of("x.csv.gz"));
    assertThatThrownBy(() -> files.read("x.csv.gz"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage(
            "x.csv.gz has 1 data rows but the manifest says 2: the file is truncated or was altered");
  }

  @Test
  void aFileThatIsNotValidUtf8OrNotGzipIsRefused() throws Exception {
    file("x.csv.gz", gzip(new byte[] {'a', '\n', (byte) 0xC3, '(', '\n'}), 1);
    assertThatThrownBy(() -> open().read("x.csv.gz"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("x.csv.gz is not valid UTF-8");
    file("y.csv.gz", "a\n1\n".getBytes(StandardCharsets.UTF_8), 1);
    assertThatThrownBy(() -> open().read("y.csv.gz"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith("y.csv.gz is not a complete gzip file");
  }

  @Test
  void aMissingFileOrManifestIsNamed() throws Exception {
    assertThatThrownBy(this::open)
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("No manifest.csv in " + dir.toUri());
    file("x.csv.gz", gzip("a\n".getBytes(StandardCharsets.UTF_8)), 0);
    Files.delete(dir.resolve("x.csv.gz"));
    assertThatThrownBy(() -> open().verify(List.of("x.csv.gz")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("x.csv.gz is missing from " + dir.toUri() + " (the manifest lists it)");
    assertThatThrownBy(() -> open().verify(List.of("other.csv.gz")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("other.csv.gz is not listed in " + dir.toUri() + "manifest.csv");
  }

  @Test
  void theShippedFilesMatchTheirManifest() {
    DataFiles shipped = DataFiles.open(new DefaultResourceLoader(), ReferenceProperties.SHIPPED);
    shipped.verify(Catalogue.files(Catalogue.SHIPPED));
    assertThat(KnownGaps.read(shipped).size()).isEqualTo(37);
  }
}
