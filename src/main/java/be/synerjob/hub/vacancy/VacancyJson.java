package be.synerjob.hub.vacancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of a vacancy: strict on reading (an unknown field is an error, so a misspelt
 * field never vanishes silently), compact on writing (no null or empty fields), and the content
 * hash that makes publishing idempotent.
 */
public final class VacancyJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              incl ->
                  incl.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                      .withContentInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  private VacancyJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Reads one vacancy from a JSON tree; throws a Jackson exception naming the path when it does not
   * fit.
   */
  public static Vacancy read(JsonNode node) {
    return MAPPER.treeToValue(node, Vacancy.class);
  }

  public static Vacancy read(String json) {
    return MAPPER.readValue(json, Vacancy.class);
  }

  public static String write(Vacancy v) {
    return MAPPER.writeValueAsString(v);
  }

  /**
   * The JSON of the content a member controls: the vacancy without the hub-owned fields (id,
   * version, timestamps). Its SHA-256 is the content hash that makes publishing idempotent.
   */
  static String content(Vacancy normalised) {
    return write(
        normalised.toBuilder().id(null).version(null).createdAt(null).updatedAt(null).build());
  }

  /**
   * The content hash: the SHA-256 of the content JSON without {@code sourceUpdatedAt}, so a re-send
   * that only moves the source's own timestamp is UNCHANGED (nothing exchanged changed).
   */
  static String hash(Vacancy normalised, String contentJson) {
    Instant at = normalised.sourceUpdatedAt();
    if (at == null) {
      return sha256(contentJson);
    }
    // The component is the record's last, so Jackson writes it last: cut it off rather than
    // serialise the vacancy once more.
    String tail = ",\"sourceUpdatedAt\":\"" + at + "\"}";
    if (contentJson.endsWith(tail)) {
      return sha256(contentJson.substring(0, contentJson.length() - tail.length()) + "}");
    }
    return sha256(content(normalised.toBuilder().sourceUpdatedAt(null).build()));
  }

  private static String sha256(String json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The served JSON: the hub-owned fields in front of the content JSON. Saves serialising the
   * vacancy a second time (the content JSON was already written for the hash); JSON members have no
   * order, readers see the same object.
   */
  static String served(
      String contentJson,
      java.util.UUID id,
      int version,
      java.time.Instant createdAt,
      java.time.Instant updatedAt) {
    return "{\"id\":\""
        + id
        + "\",\"version\":"
        + version
        + ",\"createdAt\":\""
        + createdAt
        + "\",\"updatedAt\":\""
        + updatedAt
        + "\","
        + contentJson.substring(1);
  }
}
