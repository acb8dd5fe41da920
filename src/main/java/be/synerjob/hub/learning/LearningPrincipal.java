package be.synerjob.hub.learning;

/**
 * Who calls the learning API: an employer (subject = enterprise number), an employee (subject = the
 * keyed hash of their national number) or a member service with the {@code learning:admin} scope
 * (subject = member code, or {@code operator}).
 */
public record LearningPrincipal(Kind kind, String subject, String keyPrefix) {

  /** The three kinds of caller. */
  public enum Kind {
    EMPLOYER,
    EMPLOYEE,
    SERVICE
  }

  /** A name for the audit trail that never holds a national number. */
  public String actor() {
    switch (kind) {
      case EMPLOYER:
        return "employer:" + subject + "/key:" + keyPrefix;
      case EMPLOYEE:
        return "employee/token:" + keyPrefix;
      default:
        return subject + "/key:" + keyPrefix;
    }
  }
}
