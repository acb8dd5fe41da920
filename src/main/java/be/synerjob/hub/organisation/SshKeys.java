package be.synerjob.hub.organisation;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' SSH public keys for the SFTP server: added, listed and revoked by operators (CLI or
 * admin API), looked up by fingerprint when a member logs in. Only public keys are ever stored.
 *
 * <p>Accepted: {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256/384/521} and {@code ssh-rsa} of at
 * least 2,048 bits. DSA keys and short RSA keys are refused.
 */
@Service
public class SshKeys {

  private static final Set<String> TYPES =
      Set.of(
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "ssh-rsa");

  private static final String INSERT =
      """
      INSERT INTO ssh_key (id, member_code, name, key_type, public_key, fingerprint, created_at)
      VALUES (:id, :member, :name, :type, :key, :fingerprint, :createdAt)
      """;
  private static final String SELECT = "SELECT * FROM ssh_key";
  private static final String REVOKE =
      "UPDATE ssh_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL";

  private static final RowMapper<SshKey> ROW =
      (rs, n) -> {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new SshKey(
            rs.getString("id"),
            new MemberCode(rs.getString("member_code")),
            rs.getString("name"),
            rs.getString("key_type"),
            rs.getString("public_key"),
            rs.getString("fingerprint"),
            rs.getTimestamp("created_at").toInstant(),
            revoked == null ? null : revoked.toInstant());
      };

  private final JdbcClient jdbc;
  private final Members members;

  SshKeys(JdbcClient jdbc, Members members) {
    this.jdbc = jdbc;
    this.members = members;
  }

  /**
   * Registers a public key for a member.
   *
   * @param publicKey the OpenSSH one-line form, as in {@code id_ed25519.pub}
   * @throws HubException {@code invalid-parameter} naming what is wrong with the key, or {@code
   *     conflict} when the same key is already active (for this or another member)
   */
  @Transactional
  public SshKey add(MemberCode member, String name, String publicKey) {
    members.require("member", member == null ? null : member.value());
    if (name == null || name.isBlank() || name.length() > 100) {
      throw HubException.invalidParameter("name", "a name of 1 to 100 characters is required");
    }
    Parsed p = parse(publicKey);
    Optional<SshKey> same = findActive(p.fingerprint());
    if (same.isPresent()) {
      throw HubException.conflict(
          "This key (" + p.fingerprint() + ") is already registered for " + same.get().member());
    }
    SshKey key =
        new SshKey(
            UUID.randomUUID().toString(),
            member,
            name.trim(),
            p.type(),
            p.line(),
            p.fingerprint(),
            Instant.now(),
            null);
    jdbc.sql(INSERT)
        .param("id", key.id())
        .param("member", member.value())
        .param("name", key.name())
        .param("type", key.keyType())
        .param("key", key.publicKey())
        .param("fingerprint", key.fingerprint())
        .param("createdAt", Timestamp.from(key.createdAt()))
        .update();
    return key;
  }

  public List<SshKey> list(MemberCode member) {
    var spec =
        member == null
            ? jdbc.sql(SELECT + " ORDER BY created_at")
            : jdbc.sql(SELECT + " WHERE member_code = :member ORDER BY created_at")
                .param("member", member.value());
    return spec.query(ROW).list();
  }

  public Optional<SshKey> find(String id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROW).optional();
  }

  /**
   * The active key with this fingerprint ({@code SHA256:…}), if any. Cost: one indexed read; used
   * at every SFTP login, so a revoked key is refused at once.
   */
  public Optional<SshKey> findActive(String fingerprint) {
    return jdbc
        .sql(SELECT + " WHERE fingerprint = :fp AND revoked_at IS NULL")
        .param("fp", fingerprint)
        .query(ROW)
        .list()
        .stream()
        .findFirst();
  }

  /** Revokes the key at once; returns false when it was already revoked. */
  @Transactional
  public boolean revoke(String id) {
    if (find(id).isEmpty()) {
      throw HubException.notFound("No SSH key with id " + id);
    }
    return jdbc.sql(REVOKE).param("id", id).param("at", Timestamp.from(Instant.now())).update()
        == 1;
  }

  /** A checked public key: its type, its one-line form without surrounding space, its SHA-256. */
  public record Parsed(String type, String line, String fingerprint) {}

  /**
   * Checks an OpenSSH public key line and computes its fingerprint like {@code ssh-keygen -l}.
   *
   * @throws HubException {@code invalid-parameter} ({@code publicKey}) saying what is wrong
   */
  public static Parsed parse(String publicKey) {
    if (publicKey == null || publicKey.isBlank()) {
      throw HubException.invalidParameter("publicKey", "an OpenSSH public key is required");
    }
    String line = publicKey.strip();
    if (line.contains("PRIVATE KEY")) {
      throw HubException.invalidParameter(
          "publicKey", "this is a private key: send only the .pub file, never the private key");
    }
    if (line.contains("\n")) {
      throw HubException.invalidParameter("publicKey", "send one key on one line");
    }
    String[] parts = line.split("\\s+", 3);
    if (parts.length < 2 || !TYPES.contains(parts[0])) {
      throw HubException.invalidParameter(
          "publicKey",
          "not an OpenSSH public key of an accepted type (\"<type> <base64> [comment]\"); accepted"
              + " types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa (2048 bits or more)");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter("publicKey", "the key data is not valid base64");
    }
    ByteBuffer b = ByteBuffer.wrap(blob);
    String inner = new String(string(b), StandardCharsets.US_ASCII);
    if (!inner.equals(parts[0])) {
      throw HubException.invalidParameter(
          "publicKey", "the key data says '" + inner + "' but the line says '" + parts[0] + "'");
    }
    if (parts[0].equals("ssh-rsa")) {
      string(b); // public exponent
      int bits = new BigInteger(1, string(b)).bitLength();
      if (bits < 2048) {
        throw HubException.invalidParameter(
            "publicKey", "an RSA key of " + bits + " bits is too weak; use 2048 bits or more");
      }
    } else if (parts[0].equals("ssh-ed25519") && string(b).length != 32) {
      throw HubException.invalidParameter("publicKey", "an Ed25519 key has 32 bytes");
    }
    return new Parsed(parts[0], line, fingerprint(blob));
  }

  /** {@code SHA256:} and the unpadded base64 of the key blob's SHA-256, as OpenSSH shows it. */
  public static String fingerprint(byte[] keyBlob) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] string(ByteBuffer b) {
    if (b.remaining() < 4) {
      throw HubException.invalidParameter("publicKey", "the key data is truncated");
    }
    int len = b.getInt();
    if (len < 0 || len > b.remaining()) {
      throw HubException.invalidParameter("publicKey", "the key data is truncated");
    }
    byte[] out = new byte[len];
    b.get(out);
    return out;
  }
}
