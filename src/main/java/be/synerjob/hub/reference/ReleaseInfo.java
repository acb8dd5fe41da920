package be.synerjob.hub.reference;

import java.time.Instant;
import java.util.List;

/**
 * A loaded release of a scheme.
 *
 * @param seq the release's position in its scheme (1 = oldest loaded)
 * @param latest true for the newest loaded release of the scheme
 * @param provides which parts the release supplies; what it lacks carries over from the previous
 * @param concepts concepts the release contains
 * @param labels label rows the release wrote (new or changed labels)
 * @param relations relation rows the release wrote (new or changed relations)
 * @param notes facts found while loading (accepted gaps), one per line
 */
public record ReleaseInfo(
    Scheme scheme,
    String release,
    int seq,
    boolean latest,
    String status,
    Instant loadedAt,
    long loadMillis,
    String source,
    List<FileInfo> files,
    String provides,
    int concepts,
    int labels,
    int relations,
    String notes) {

  /** A data file of the release as checked against the manifest. */
  public record FileInfo(String name, long rows, long bytes, String sha256) {}
}
