package be.synerjob.hub.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * What became of a received file: its state, the counts per outcome and, when the file as a whole
 * failed, why and where. The rejected records with their line or element and reasons are in the
 * full report ({@code <name>.report.json}).
 *
 * @param state {@code RECEIVED}, {@code PROCESSING}, {@code DONE} or {@code FAILED} (the file could
 *     not be read to its end: {@code error} says where; records before that point were processed)
 * @param counts {@code CREATED}, {@code UPDATED}, {@code UNCHANGED}, {@code CLOSED}, {@code
 *     REJECTED}
 * @param sameContentAs an earlier file of the member with the same SHA-256, if any
 * @param fullFile for a full file ({@code <name>.full.<ext>}): what became of the vacancies it
 *     omits
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestReport(
    String id,
    String member,
    String file,
    String source,
    String state,
    String format,
    String sha256,
    Long bytes,
    int records,
    Map<String, Integer> counts,
    Error error,
    Earlier sameContentAs,
    Instant receivedAt,
    Instant finishedAt,
    FullFiles.FullFile fullFile) {

  /** Why a file as a whole could not be read on. */
  public record Error(String code, String reason, String location) {}

  /** An earlier file with the same content. */
  public record Earlier(String id, String file, Instant receivedAt) {}

  public boolean finished() {
    return "DONE".equals(state) || "FAILED".equals(state);
  }

  public int count(String outcome) {
    return counts.getOrDefault(outcome, 0);
  }
}
