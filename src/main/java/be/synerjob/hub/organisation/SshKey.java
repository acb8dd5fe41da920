package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;
import java.time.Instant;

/**
 * A member's SSH public key for the hub's SFTP server.
 *
 * @param publicKey the OpenSSH one-line form ({@code ssh-ed25519 AAAA… comment})
 * @param fingerprint {@code SHA256:…}, as {@code ssh-keygen -lf key.pub} prints it
 */
public record SshKey(
    String id,
    MemberCode member,
    String name,
    String keyType,
    String publicKey,
    String fingerprint,
    Instant createdAt,
    Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
