package be.synerjob.hub.organisation;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks API keys. A key reads {@code sjh_<prefix>_<secret>}: the
 * prefix finds the row, the secret is compared by its SHA-256 hash in constant time. Keys are 200
 * bits of randomness, so a fast hash is enough (no password stretching needed); the database never
 * holds a usable key.
 */
@Service
public class ApiKeys {

  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

  private static final String INSERT =
      """
      INSERT INTO api_key (id, member_code, name, prefix, secret_hash, scopes, created_at)
      VALUES (:id, :member, :name, :prefix, :hash, :scopes, :createdAt)
      """;
  private static final String SELECT = "SELECT * FROM api_key";
  private static final String BY_PREFIX = "SELECT * FROM api_key WHERE prefix = :prefix";
  private static final String REVOKE =
      "UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL";
  private static final String TOUCH = "UPDATE api_key SET last_used_at = :at WHERE id = :id";

  private static final RowMapper<ApiKey> ROW =
      (rs, n) -> {
        String member = rs.getString("member_code");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiKey(
            rs.getString("id"),
            member == null ? null : new MemberCode(member),
            rs.getString("name"),
            rs.getString("prefix"),
            parseScopes(rs.getString("scopes")),
            rs.getTimestamp("created_at").toInstant(),
            revoked == null ? null : revoked.toInstant(),
            used == null ? null : used.toInstant());
      };

  private final JdbcClient jdbc;
  private final Members members;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentHashMap<String, Instant> lastTouched = new ConcurrentHashMap<>();

  ApiKeys(JdbcClient jdbc, Members members) {
    this.jdbc = jdbc;
    this.members = members;
  }

  /**
   * Creates a key. {@code member} null makes an operator key, which may only hold the admin scope
   * and the secretariat's cooperation:manage scope.
   *
   * @return the key with its secret, shown once
   */
  @Transactional
  public IssuedKey create(MemberCode member, String name, Set<Scope> scopes) {
    if (scopes == null || scopes.isEmpty()) {
      throw HubException.invalidParameter(
          "scopes", "at least one scope is needed; valid values: " + scopeValues());
    }
    if (member != null) {
      members.require("member", member.value());
    } else if (!EnumSet.of(Scope.ADMIN, Scope.COOPERATION_MANAGE).containsAll(scopes)) {
      throw HubException.invalidParameter(
          "scopes",
          "an operator key (no member) can only have the scopes admin and cooperation:manage");
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw HubException.invalidParameter("name", "a name of 1 to 100 characters is required");
    }
    String prefix = randomString(8);
    String secret = randomString(40);
    ApiKey key =
        new ApiKey(
            UUID.randomUUID().toString(),
            member,
            name.trim(),
            prefix,
            EnumSet.copyOf(scopes),
            Instant.now(),
            null,
            null);
    jdbc.sql(INSERT)
        .param("id", key.id())
        .param("member", member == null ? null : member.value())
        .param("name", key.name())
        .param("prefix", prefix)
        .param("hash", sha256(secret))
        .param("scopes", formatScopes(key.scopes()))
        .param("createdAt", Timestamp.from(key.createdAt()))
        .update();
    return new IssuedKey(key, "sjh_" + prefix + "_" + secret);
  }

  public List<ApiKey> list(MemberCode member) {
    String sql = member == null ? SELECT : SELECT + " WHERE member_code = :member";
    var spec = jdbc.sql(sql + " ORDER BY created_at");
    if (member != null) {
      spec = spec.param("member", member.value());
    }
    return spec.query(ROW).list();
  }

  public Optional<ApiKey> find(String id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ROW).optional();
  }

  /** Revokes the key at once; returns false when it was already revoked. */
  @Transactional
  public boolean revoke(String id) {
    if (find(id).isEmpty()) {
      throw HubException.notFound("No API key with id " + id);
    }
    return jdbc.sql(REVOKE).param("id", id).param("at", Timestamp.from(Instant.now())).update()
        == 1;
  }

  /**
   * Checks a presented key. Cost: one indexed read; the last-use time is written at most once a
   * minute per key.
   *
   * @return the principal, or empty when the key is malformed, unknown or revoked
   */
  public Optional<ApiPrincipal> authenticate(String presented) {
    if (presented == null || !presented.startsWith("sjh_") || presented.length() != 53) {
      return Optional.empty();
    }
    String prefix = presented.substring(4, 12);
    String secret = presented.substring(13);
    Optional<ApiKey> found =
        jdbc.sql(BY_PREFIX).param("prefix", prefix).query(ROW).optional().filter(ApiKey::active);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String hash =
        jdbc.sql("SELECT secret_hash FROM api_key WHERE id = :id")
            .param("id", found.get().id())
            .query(String.class)
            .single();
    if (!MessageDigest.isEqual(
        hash.getBytes(StandardCharsets.US_ASCII),
        sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    ApiKey key = found.get();
    touch(key.id());
    return Optional.of(new ApiPrincipal(key.id(), key.prefix(), key.member(), key.scopes()));
  }

  private void touch(String id) {
    Instant now = Instant.now();
    Instant last = lastTouched.get(id);
    if (last == null || last.plus(LAST_USED_GRANULARITY).isBefore(now)) {
      lastTouched.put(id, now);
      jdbc.sql(TOUCH).param("id", id).param("at", Timestamp.from(now)).update();
    }
  }

  /** Parses "feed:read,vacancies:publish"; throws a problem naming the unknown scope. */
  public static Set<Scope> parseScopes(String value) {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    for (String s : value.split("[,\\s]+")) {
      if (s.isBlank()) {
        continue;
      }
      out.add(
          Scope.parse(s.trim())
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "scopes", "unknown scope '" + s + "'; valid values: " + scopeValues())));
    }
    return out;
  }

  static String formatScopes(Set<Scope> scopes) {
    return scopes.stream().map(Scope::value).collect(Collectors.joining(","));
  }

  private static String scopeValues() {
    return Arrays.stream(Scope.values()).map(Scope::value).collect(Collectors.joining(", "));
  }

  private String randomString(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
