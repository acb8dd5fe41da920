package be.synerjob.hub.vacancy;

import java.time.Instant;
import java.util.UUID;

/**
 * The current state of a vacancy as stored: its routing and its content as the exact JSON the hub
 * serves.
 *
 * @param json the content of the current version, as served by the API and the feed
 * @param clusterId the duplicate cluster it belongs to, once the hub has clustered it
 */
public record StoredVacancy(
    UUID id,
    int version,
    String contentHash,
    Routing routing,
    Instant createdAt,
    Instant updatedAt,
    String json,
    UUID clusterId) {

  public Vacancy vacancy() {
    return VacancyJson.read(json);
  }

  /** The served JSON with the vacancy's duplicate cluster, when it has one. */
  public String jsonWithCluster() {
    return clusterId == null ? json : "{\"cluster\":\"" + clusterId + "\"," + json.substring(1);
  }
}
