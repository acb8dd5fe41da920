package be.synerjob.hub.support;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.feed.FeedReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a recipient's feed the way a partner would, and keeps the partner's copy of the vacancies.
 */
public final class FeedView {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FeedReader reader;
  private final MemberCode recipient;

  /** The partner's copy: vacancy id → the vacancy JSON it last received. */
  public final Map<String, JsonNode> copy = new LinkedHashMap<>();

  /** Every change item received, in order. */
  public final List<JsonNode> received = new ArrayList<>();

  public long cursor;

  public FeedView(FeedReader reader, MemberCode recipient) {
    this.reader = reader;
    this.recipient = recipient;
  }

  /** Replaces the copy with a snapshot and moves the cursor to the snapshot's. */
  public FeedView snapshot() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reader.snapshot(recipient, out);
    JsonNode doc = JSON.readTree(out.toByteArray());
    copy.clear();
    for (JsonNode v : doc.get("items")) {
      copy.put(v.get("id").asString(), v);
    }
    cursor = Long.parseLong(doc.get("cursor").asString());
    return this;
  }

  /** Reads one page after the cursor and applies it; returns the number of items. */
  public int page(int limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reader.changes(recipient.value(), cursor, limit, out);
    JsonNode doc = JSON.readTree(out.toByteArray());
    int n = 0;
    for (JsonNode item : doc.get("items")) {
      received.add(item);
      String id = item.get("vacancyId").asString();
      if ("UPSERT".equals(item.get("op").asString())) {
        copy.put(id, item.get("vacancy"));
      } else {
        copy.remove(id);
      }
      n++;
    }
    cursor = Long.parseLong(doc.get("next").asString());
    return n;
  }

  /** Reads pages until one comes back empty. */
  public FeedView drain() {
    while (page(1000) > 0) {
      // keep reading
    }
    return this;
  }

  /** The items received since the given index. */
  public List<JsonNode> since(int index) {
    return received.subList(index, received.size());
  }

  /** References in the partner's copy. */
  public java.util.Set<String> references() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    copy.values().forEach(v -> out.add(v.get("reference").asString()));
    return out;
  }
}
