package be.synerjob.hub.console;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.Members;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's user accounts: passwords are stored as BCrypt hashes (with the {@code {bcrypt}}
 * prefix of Spring Security's delegating encoder, so the algorithm can change later), every change
 * is audited.
 */
@Service
public class ConsoleUsers {

  /** Lower-case letters, digits, dot, dash and underscore; 2 to 64 characters. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public static final int MIN_PASSWORD_LENGTH = 10;

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Members members;
  private final AuditLog audit;
  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final String dummyHash = encoder.encode("not a password of anybody");

  ConsoleUsers(JdbcClient jdbc, Members members, AuditLog audit) {
    this.jdbc = jdbc;
    this.members = members;
    this.audit = audit;
  }

  /** Creates an enabled user; a 400 problem names the field at fault, a 409 a taken username. */
  @Transactional
  public ConsoleAccount create(
      String username, MemberCode member, ConsoleRole role, String password, String actor) {
    String name = checkUsername(username);
    if (member != null) {
      members.require("member", member.value());
    }
    if (role == null) {
      throw invalid(name, "role", "missing", "the role is USER or ADMIN");
    }
    checkPassword(name, password);
    if (find(name).isPresent()) {
      throw HubException.conflict("Console user '" + name + "' exists already");
    }
    Instant now = Instant.now();
    jdbc.sql(
            """
            INSERT INTO console_user
              (username, password_hash, member_code, role, enabled, created_at, updated_at)
            VALUES (:u, :h, :m, :r, TRUE, :now, :now)
            """)
        .param("u", name)
        .param("h", encoder.encode(password))
        .param("m", member == null ? null : member.value())
        .param("r", role.name())
        .param("now", Timestamp.from(now))
        .update();
    audit.record(
        actor,
        member == null ? null : member.value(),
        AuditAction.CONSOLE_USER_CHANGED,
        "console-user:" + name,
        "created",
        "role " + role);
    return find(name).orElseThrow();
  }

  public Optional<ConsoleAccount> find(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM console_user WHERE username = :u")
        .param("u", username.trim().toLowerCase(Locale.ROOT))
        .query(ConsoleUsers::map)
        .optional();
  }

  /** All users, or those of one member when {@code member} is given, by username. */
  public List<ConsoleAccount> list(MemberCode member) {
    if (member == null) {
      return jdbc.sql("SELECT * FROM console_user ORDER BY username")
          .query(ConsoleUsers::map)
          .list();
    }
    return jdbc.sql("SELECT * FROM console_user WHERE member_code = :m ORDER BY username")
        .param("m", member.value())
        .query(ConsoleUsers::map)
        .list();
  }

  @Transactional
  public ConsoleAccount setEnabled(String username, boolean enabled, String actor) {
    ConsoleAccount a = require(username);
    jdbc.sql("UPDATE console_user SET enabled = :e, updated_at = :now WHERE username = :u")
        .param("e", enabled)
        .param("now", Timestamp.from(Instant.now()))
        .param("u", a.username())
        .update();
    audit.record(
        actor,
        a.member() == null ? null : a.member().value(),
        AuditAction.CONSOLE_USER_CHANGED,
        "console-user:" + a.username(),
        enabled ? "enabled" : "disabled",
        null);
    return require(username);
  }

  @Transactional
  public void setPassword(String username, String password, String actor) {
    ConsoleAccount a = require(username);
    checkPassword(a.username(), password);
    jdbc.sql("UPDATE console_user SET password_hash = :h, updated_at = :now WHERE username = :u")
        .param("h", encoder.encode(password))
        .param("now", Timestamp.from(Instant.now()))
        .param("u", a.username())
        .update();
    audit.record(
        actor,
        a.member() == null ? null : a.member().value(),
        AuditAction.CONSOLE_USER_CHANGED,
        "console-user:" + a.username(),
        "password-changed",
        null);
  }

  /**
   * The user when the username exists, is enabled and the password matches. Takes as long for an
   * unknown username as for a wrong password.
   */
  public Optional<ConsoleUser> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<String> hash =
        jdbc.sql("SELECT password_hash FROM console_user WHERE username = :u AND enabled = TRUE")
            .param("u", username.trim().toLowerCase(Locale.ROOT))
            .query(String.class)
            .optional();
    boolean ok = encoder.matches(password, hash.orElse(dummyHash));
    if (!ok || hash.isEmpty()) {
      return Optional.empty();
    }
    return find(username).map(ConsoleAccount::user);
  }

  /** A random password of 16 characters without look-alike letters (about 93 bits). */
  public static String generatePassword() {
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private ConsoleAccount require(String username) {
    return find(username)
        .orElseThrow(() -> HubException.notFound("No console user '" + username + "'"));
  }

  private static String checkUsername(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw invalid(
          username,
          "username",
          "format",
          "2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
    return name;
  }

  private static void checkPassword(String username, String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw invalid(
          username,
          "password",
          "too-short",
          "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private static HubException invalid(String username, String field, String code, String reason) {
    return HubException.validation(
        "Console user '" + username + "': " + field + ": " + reason,
        List.of(FieldProblem.of(field, code, reason)));
  }

  private static ConsoleAccount map(ResultSet rs, int n) throws SQLException {
    String m = rs.getString("member_code");
    return new ConsoleAccount(
        rs.getString("username"),
        m == null ? null : new MemberCode(m),
        ConsoleRole.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
