package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.core.web.JsonErrors;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a batch body ({@code {"vacancies": [...]}} or a bare array) into records. The fast path
 * binds each vacancy straight from the stream; only when some record does not fit the model does it
 * re-read the body as a tree, record by record, so that one bad record is rejected with its reason
 * and the others still go through.
 */
public final class BatchReader {

  private BatchReader() {}

  /**
   * @throws HubException {@code malformed-request} when the body is not JSON of the expected shape,
   *     {@code batch-too-large} when it holds more than {@code max} records
   */
  public static List<IncomingRecord> read(byte[] body, int max) {
    try {
      return fast(body, max);
    } catch (JacksonException e) {
      return tolerant(body, max);
    }
  }

  private static List<IncomingRecord> fast(byte[] body, int max) {
    List<IncomingRecord> out = new ArrayList<>();
    try (JsonParser p = VacancyJson.mapper().createParser(body)) {
      openArray(p);
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
        out.add(IncomingRecord.parsed(VacancyJson.mapper().readValue(p, Vacancy.class)));
        tooMany(out.size(), max);
      }
      if (t != JsonToken.END_ARRAY) {
        throw new IllegalStateException("not an object"); // let the tolerant path describe it
      }
    } catch (IllegalStateException e) {
      return tolerant(body, max);
    }
    return out;
  }

  private static void openArray(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return;
    }
    if (t == JsonToken.START_OBJECT
        && p.nextToken() == JsonToken.PROPERTY_NAME
        && "vacancies".equals(p.currentName())
        && p.nextToken() == JsonToken.START_ARRAY) {
      return;
    }
    throw new IllegalStateException("unexpected shape");
  }

  private static List<IncomingRecord> tolerant(byte[] body, int max) {
    JsonNode root;
    try {
      root = VacancyJson.mapper().readTree(body);
    } catch (JacksonException e) {
      throw new HubException(ProblemType.MALFORMED_REQUEST, JsonErrors.describe(e));
    }
    JsonNode items = root == null ? null : root.isArray() ? root : root.get("vacancies");
    if (items == null || !items.isArray()) {
      throw new HubException(
          ProblemType.MALFORMED_REQUEST,
          "The body must be {\"vacancies\": [ … ]} or a JSON array of vacancies");
    }
    tooMany(items.size(), max);
    List<IncomingRecord> out = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      out.add(record(item));
    }
    return out;
  }

  /** One record from a JSON tree: the vacancy, or why it could not be read. */
  public static IncomingRecord record(JsonNode node) {
    String reference =
        node != null
                && node.isObject()
                && node.get("reference") != null
                && node.get("reference").isString()
            ? node.get("reference").asString()
            : null;
    if (node == null || !node.isObject()) {
      return IncomingRecord.unreadable(
          reference,
          List.of(FieldProblem.of("(record)", "not-an-object", "a vacancy must be a JSON object")));
    }
    try {
      return IncomingRecord.parsed(VacancyJson.read(node));
    } catch (JacksonException e) {
      String path = JsonErrors.path(e.getPath());
      return IncomingRecord.unreadable(
          reference,
          List.of(
              FieldProblem.of(
                  path.isEmpty() ? "(record)" : path, "unreadable", JsonErrors.describe(e))));
    }
  }

  private static void tooMany(int size, int max) {
    if (size > max) {
      throw new HubException(
          ProblemType.BATCH_TOO_LARGE,
          "A batch holds at most "
              + max
              + " vacancies; this one holds "
              + (size == max + 1 ? "more" : size));
    }
  }
}
