package be.synerjob.hub.vacancy;

/** What happened to a vacancy in one change. */
public enum ChangeKind {
  CREATED,
  UPDATED,
  REOPENED,
  CLOSED,
  EXPIRED
}
