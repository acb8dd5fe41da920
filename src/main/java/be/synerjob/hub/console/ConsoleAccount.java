package be.synerjob.hub.console;

import be.synerjob.hub.core.MemberCode;
import java.time.Instant;

/** A console user as stored: who, for which member ({@code null} for operators), role, state. */
public record ConsoleAccount(
    String username,
    MemberCode member,
    ConsoleRole role,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  public ConsoleUser user() {
    return new ConsoleUser(username, member, role);
  }
}
