package be.synerjob.hub.reference;

import java.util.List;

/**
 * What an import did, release by release.
 *
 * @param releases one line per release of the catalogue, in load order
 * @param millis the whole import's duration
 */
public record ImportReport(List<Release> releases, long millis) {

  /** What happened to one release. */
  public enum Outcome {
    LOADED,
    ALREADY_LOADED
  }

  /**
   * @param concepts concepts the release contains
   * @param labels label rows written (new or changed labels)
   * @param relations relation rows written (new or changed relations)
   */
  public record Release(
      Scheme scheme,
      String release,
      Outcome outcome,
      int concepts,
      int labels,
      int relations,
      long millis) {}

  /** True when at least one release was loaded. */
  public boolean loadedAny() {
    return releases.stream().anyMatch(r -> r.outcome() == Outcome.LOADED);
  }
}
