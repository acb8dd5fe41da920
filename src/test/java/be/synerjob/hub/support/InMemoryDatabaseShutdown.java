package be.synerjob.hub.support;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Shuts down a test context's in-memory H2 database when the context closes. The test URLs keep
 * their database open for the JVM's lifetime ({@code DB_CLOSE_DELAY=-1}), so without this every
 * context the test cache evicts would leave its copy of the reference data in the heap. Contexts
 * that tests start themselves (a restart on the same database) are left alone.
 */
public class InMemoryDatabaseShutdown implements ApplicationListener<ContextClosedEvent> {

  /** Set in the environment of every context the Spring TestContext framework builds. */
  private static final String TEST_CONTEXT =
      "org.springframework.boot.test.context.SpringBootTestContextBootstrapper";

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    var ctx = event.getApplicationContext();
    String url = ctx.getEnvironment().getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:h2:mem:")
        || !ctx.getEnvironment().containsProperty(TEST_CONTEXT)
        || ctx.getBeanNamesForType(DataSource.class).length == 0) {
      return; // not a cached test context: a test that restarts a hub keeps its database
    }
    try (Connection c = ctx.getBean(DataSource.class).getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (Exception e) {
      // the context is closing anyway; a database already gone needs nothing
    }
  }
}
