package be.synerjob.hub.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per test JVM (zonky: real PostgreSQL binaries from Maven Central,
 * no server to install), with a fresh database per test class.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private EmbeddedPostgres() {}

  private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (java.io.IOException ignored) {
                      // the JVM is going away
                    }
                  },
                  "embedded-postgres-stop"));
    }
    return server;
  }

  /** Creates a new empty database and returns its JDBC URL. */
  public static String newDatabase() {
    String name = "hub_test_" + DATABASES.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
  }
}
