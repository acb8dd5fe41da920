package be.synerjob.hub.cooperation;

/** The status of a decision recorded at a session; it may change afterwards (follow-up). */
public enum DecisionStatus {
  ADOPTED,
  REJECTED,
  DEFERRED,
  IN_PROGRESS,
  IMPLEMENTED,
  WITHDRAWN
}
