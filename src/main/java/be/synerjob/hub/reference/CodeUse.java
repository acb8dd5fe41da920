package be.synerjob.hub.reference;

/** What a code is used for on a vacancy, which decides the kinds of concept it may name. */
public enum CodeUse {
  /**
   * An occupation: an ESCO occupation, ISCO-08 group, ROME code or job title, Competent occupation.
   */
  OCCUPATION,
  /** A competence: an ESCO skill or knowledge concept, or a Competent competence. */
  COMPETENCE;

  boolean accepts(ConceptKind kind) {
    if (this == COMPETENCE) {
      return kind == ConceptKind.SKILL;
    }
    return kind == ConceptKind.OCCUPATION
        || kind == ConceptKind.ISCO_GROUP
        || kind == ConceptKind.JOB_TITLE;
  }
}
