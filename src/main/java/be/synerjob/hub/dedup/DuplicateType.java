package be.synerjob.hub.dedup;

/** Why two vacancies are the same job. */
public enum DuplicateType {
  /** The same text, title, employer and place, published by another member. */
  EXACT_COPY,
  /** Another member's edited copy: a similar text for the same employer at the same place. */
  NEAR_DUPLICATE,
  /** The same job published in another language (same employer, occupation, place and period). */
  TRANSLATED,
  /** The same member published the same job again later under a new reference. */
  REPOST
}
