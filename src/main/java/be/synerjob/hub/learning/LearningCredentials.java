package be.synerjob.hub.learning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Employer keys and employee tokens of the learning API, separate from the members' API keys: a
 * credential {@code sjl_<prefix>_<secret>} is bound to one enterprise number or one national-number
 * hash. Only the SHA-256 of the secret is stored.
 */
@Service
public class LearningCredentials {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int PREFIX = 8;
  private static final int SECRET = 40;

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  LearningCredentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Issues a credential; the returned secret is shown once and never stored. */
  String issue(LearningPrincipal.Kind kind, String subject) {
    String prefix = random(PREFIX);
    String secret = random(SECRET);
    jdbc.sql(
            "INSERT INTO learning_credential (id, kind, subject, prefix, secret_hash, created_at)"
                + " VALUES (:id, :kind, :subject, :prefix, :hash, :at)")
        .param("id", UUID.randomUUID().toString())
        .param("kind", kind.name())
        .param("subject", subject)
        .param("prefix", prefix)
        .param("hash", sha256(secret))
        .param("at", Timestamp.from(Instant.now()))
        .update();
    return "sjl_" + prefix + "_" + secret;
  }

  /** Revokes the credential with this public prefix; false when unknown or already revoked. */
  boolean revoke(String prefix) {
    return jdbc.sql(
                "UPDATE learning_credential SET revoked_at = :at WHERE prefix = :p AND revoked_at IS"
                    + " NULL")
            .param("at", Timestamp.from(Instant.now()))
            .param("p", prefix)
            .update()
        == 1;
  }

  /** The caller a presented credential stands for; empty when malformed, unknown or revoked. */
  public Optional<LearningPrincipal> authenticate(String presented) {
    if (presented == null
        || !presented.startsWith("sjl_")
        || presented.length() != 4 + PREFIX + 1 + SECRET) {
      return Optional.empty();
    }
    String prefix = presented.substring(4, 4 + PREFIX);
    String secret = presented.substring(5 + PREFIX);
    String hash = sha256(secret);
    return jdbc
        .sql(
            "SELECT kind, subject, secret_hash FROM learning_credential"
                + " WHERE prefix = :prefix AND revoked_at IS NULL")
        .param("prefix", prefix)
        .query(
            (rs, n) ->
                new String[] {rs.getString("kind"), rs.getString("subject"), rs.getString(3)})
        .list()
        .stream()
        .filter(
            r ->
                MessageDigest.isEqual(
                    r[2].getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII)))
        .map(r -> new LearningPrincipal(LearningPrincipal.Kind.valueOf(r[0]), r[1], prefix))
        .findFirst();
  }

  private String random(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
