package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.MemberCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Published inside the transaction of every publish, with what became of each record, for the
 * exchange's quality monitoring (volumes, rejections and their reasons per member and channel).
 *
 * @param sourceLags for each record that changed a vacancy (created, updated, closed) and carried
 *     {@code sourceUpdatedAt}: how long after that moment the hub received it (never negative)
 */
public record BatchPublished(
    MemberCode member, String channel, BatchResult result, Instant at, List<Duration> sourceLags) {

  /** A batch without source timestamps. */
  public BatchPublished(MemberCode member, String channel, BatchResult result, Instant at) {
    this(member, channel, result, at, List.of());
  }
}
