package be.synerjob.hub.channel.format;

import be.synerjob.hub.vacancy.IncomingRecord;
import java.util.Iterator;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org {@code JobPosting} JSON-LD: one object, an array of objects, objects one per line, or
 * an object with an {@code @graph} array. Streamed with Jackson: one posting in memory at a time
 * (an {@code @graph} document is read whole, up to the record size limit).
 */
final class JsonLdReader implements RecordReader {

  /** Streams values one after another: trailing tokens are the next records, not an error. */
  private static final tools.jackson.databind.json.JsonMapper MAPPER =
      tools.jackson.databind.json.JsonMapper.builder()
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final TextSource text;
  private final JsonParser parser;
  private final boolean array;
  private int index;
  private Iterator<JsonNode> graph;
  private boolean started;

  JsonLdReader(TextSource text, boolean array) {
    this.text = text;
    this.array = array;
    this.parser = MAPPER.createParser(text);
  }

  @Override
  public IncomingRecord next() {
    try {
      if (graph != null && graph.hasNext()) {
        index++;
        return JsonLdMapping.read(graph.next()).record("@graph[" + index + "]");
      }
      if (array && !started) {
        started = true;
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new FileFailure("malformed", "expected a JSON array", "line 1");
        }
      }
      text.startRecord();
      JsonToken t = parser.nextToken();
      if (t == null || (array && t == JsonToken.END_ARRAY)) {
        if (array && t == null) {
          throw new FileFailure(
              "truncated",
              "the JSON array ends before it is closed (truncated?)",
              "line " + parser.currentLocation().getLineNr());
        }
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      index++;
      JsonNode node = MAPPER.readTree(parser);
      long end = parser.currentLocation().getLineNr();
      String location = array ? "element [" + index + "] (line " + line + ")" : "line " + line;
      String bad = text.encodingProblem(line, end);
      if (bad != null) {
        return NdjsonReader.unreadable(null, "encoding", bad, location);
      }
      if (node instanceof ObjectNode o && o.get("@graph") instanceof ArrayNode g) {
        graph = g.iterator();
        index = 0;
        return next();
      }
      return JsonLdMapping.read(node).record(location);
    } catch (JacksonException e) {
      var loc = e.getLocation();
      String msg = NdjsonReader.clean(e.getOriginalMessage());
      boolean truncated = text.atEnd() || msg.toLowerCase(Locale.ROOT).contains("end-of-input");
      throw new FileFailure(
          truncated ? "truncated" : "malformed",
          (truncated ? "the JSON ends before it is complete (truncated?): " : "not valid JSON: ")
              + msg,
          loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr());
    }
  }

  @Override
  public String sourceField(String field) {
    return JsonLdMapping.sourceField(field);
  }

  @Override
  public String encoding() {
    return text.charset().name();
  }

  @Override
  public void close() {
    try {
      parser.close();
      text.close();
    } catch (Exception e) {
      // closing a read-only file
    }
  }
}
