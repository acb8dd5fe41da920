package be.synerjob.hub.channel.format;

import be.synerjob.hub.channel.FileFormat;
import java.io.OutputStream;
import tools.jackson.databind.JsonNode;

/**
 * Writes an export file one record at a time: vacancies (a full file) or feed changes (a delta
 * file, where a removal is a tombstone that keeps the routing fields).
 */
public interface RecordWriter extends AutoCloseable {

  /** One vacancy of a full file, as the hub serves it (JSON). */
  void vacancy(String json);

  /** One change of a delta file: an item of {@code /feed/changes}. */
  void change(JsonNode item);

  @Override
  void close();

  static RecordWriter open(FileFormat format, boolean delta, OutputStream out) {
    return switch (format) {
      case NDJSON -> new NdjsonWriter(out);
      case CSV -> new CsvWriter(out, delta);
      case XML -> new XmlWriter(out, delta);
      case JSONLD -> {
        if (delta) {
          throw new IllegalArgumentException("delta files are written as NDJSON, CSV or XML");
        }
        yield new JsonLdWriter(out);
      }
    };
  }
}
