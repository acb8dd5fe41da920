package be.synerjob.hub.organisation;

import java.util.Optional;

/** What an API key may do. */
public enum Scope {
  /** Publish, update and close the key's own member's vacancies. */
  VACANCIES_PUBLISH("vacancies:publish"),
  /** Read the change feed and the vacancies the key's member may receive. */
  FEED_READ("feed:read"),
  /** Record translation-review decisions on the occupation and competence reference. */
  REFERENCE_REVIEW("reference:review"),
  /** Register employers, issue learning credentials, record certifications (learning accounts). */
  LEARNING_ADMIN("learning:admin"),
  /** Manage keys and sharing agreements; read the audit log. */
  ADMIN("admin");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** The Spring Security authority granted for this scope. */
  public String authority() {
    return "SCOPE_" + value;
  }

  public static Optional<Scope> parse(String s) {
    for (Scope scope : values()) {
      if (scope.value.equals(s) || scope.name().equalsIgnoreCase(s)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
