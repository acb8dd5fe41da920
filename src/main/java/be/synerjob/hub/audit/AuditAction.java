package be.synerjob.hub.audit;

/** Everything the audit trail records. */
public enum AuditAction {
  AUTH_FAILED,
  ACCESS_DENIED,
  KEY_CREATED,
  KEY_REVOKED,
  AGREEMENT_CHANGED,
  AGREEMENT_REMOVED,
  VACANCIES_PUBLISHED,
  VACANCY_CLOSED,
  VACANCIES_EXPIRED,
  VACANCY_READ,
  FEED_SNAPSHOT_READ,
  FEED_CHANGES_READ,
  EXPORT_SUBSCRIPTION_CHANGED,
  /** The search index was rebuilt from the database. */
  SEARCH_REINDEXED
}
