package be.synerjob.hub.reference;

/**
 * The verdict on a code that a vacancy carries, with a sentence for people.
 *
 * @param status the verdict
 * @param scheme the code's scheme
 * @param code the code as checked (ROME and Competent codes in upper case)
 * @param release the release checked against (the scheme's newest when none was given)
 * @param concept the concept the code names, when it names one
 * @param deprecatedIn for {@link Status#DEPRECATED}: the first release without the concept (null
 *     when it was retired before any loaded release)
 * @param replacement for {@link Status#DEPRECATED}: what replaces it, when known
 * @param reason why, in one sentence (names the replacement or the valid releases)
 */
public record CodeCheck(
    Status status,
    Scheme scheme,
    String code,
    String release,
    ConceptSummary concept,
    String deprecatedIn,
    ConceptSummary replacement,
    String reason) {

  /** The verdicts. */
  public enum Status {
    /** The code names an active concept of the right kind that the release contains. */
    OK,
    /** No concept of the scheme has this code, or the named release does not contain it yet. */
    UNKNOWN,
    /** The concept is no longer in the scheme's newest release (or was retired before any). */
    DEPRECATED,
    /** The code names a concept of another kind (a skill where an occupation is expected). */
    WRONG_KIND,
    /** The release named is not loaded for the scheme. */
    UNKNOWN_RELEASE,
    /**
     * The reference cannot judge: the scheme is not loaded, or not for this use (Competent
     * occupations are not public). A validator may let such a code through.
     */
    UNCHECKED
  }

  /** True for OK and UNCHECKED: the code may be stored. */
  public boolean acceptable() {
    return status == Status.OK || status == Status.UNCHECKED;
  }

  /**
   * A stable machine-readable code for a field problem: {@code unknown-code}, {@code
   * deprecated-code}, {@code wrong-concept-type}, {@code unknown-release}; null when acceptable.
   */
  public String problemCode() {
    switch (status) {
      case UNKNOWN:
        return "unknown-code";
      case DEPRECATED:
        return "deprecated-code";
      case WRONG_KIND:
        return "wrong-concept-type";
      case UNKNOWN_RELEASE:
        return "unknown-release";
      default:
        return null;
    }
  }
}
