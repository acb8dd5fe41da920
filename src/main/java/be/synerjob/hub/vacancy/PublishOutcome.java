package be.synerjob.hub.vacancy;

/** The result of one record of a publish batch. */
public enum PublishOutcome {
  CREATED,
  UPDATED,
  UNCHANGED,
  CLOSED,
  REJECTED
}
