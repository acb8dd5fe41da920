package be.synerjob.hub.channel.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/** NDJSON: the served vacancy JSON copied as is (full), or the feed item (delta), one per line. */
final class NdjsonWriter implements RecordWriter {

  private final Writer out;

  NdjsonWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void vacancy(String json) {
    line(json);
  }

  @Override
  public void change(JsonNode item) {
    line(item.toString());
  }

  private void line(String s) {
    try {
      out.write(s);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
