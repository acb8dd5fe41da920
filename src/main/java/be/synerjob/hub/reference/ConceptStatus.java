package be.synerjob.hub.reference;

/** Whether a concept is in the newest loaded release of its scheme. */
public enum ConceptStatus {
  ACTIVE,
  /** Not in the newest release (or retired before the first loaded one); never deleted. */
  DEPRECATED
}
