package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;
import java.time.Instant;
import java.util.Set;

/** An API key as the hub keeps it: never the secret, only its hash. */
public record ApiKey(
    String id,
    MemberCode member,
    String name,
    String prefix,
    Set<Scope> scopes,
    Instant createdAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
