package be.synerjob.hub.core;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The hub's transaction manager: on the embedded H2 database, a transaction's commit is written to
 * the database file before the commit returns, so nothing the hub has answered is lost when the
 * process is killed. H2 on its own writes a commit within its write delay (the hub's URL sets 100
 * ms); {@code WRITE_DELAY=0} would write every commit at once, but it also stops the store's
 * background thread, which is the one that compacts the file: under sustained publishing the file
 * then grew to three times its live data (14 GB at a million vacancies, see docs/operations.md).
 * This keeps the background thread and writes the store after each commit. On PostgreSQL it is a
 * plain {@link JdbcTransactionManager}.
 */
class DurableTransactionManager extends JdbcTransactionManager {

  /** Null until the first commit tells which database this is. */
  private volatile Boolean embeddedH2;

  DurableTransactionManager(DataSource dataSource) {
    super(dataSource);
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    super.doCommit(status);
    if (Boolean.FALSE.equals(embeddedH2)) {
      return;
    }
    ConnectionHolder holder =
        (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
    if (holder == null || holder.getConnectionHandle() == null) {
      return;
    }
    try {
      Connection con = holder.getConnection();
      if (embeddedH2 == null) {
        embeddedH2 =
            con.isWrapperFor(JdbcConnection.class)
                && con.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
        if (!embeddedH2) {
          return;
        }
      }
      if (con.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
        session.getDatabase().getStore().getMvStore().commit();
      }
    } catch (SQLException | RuntimeException e) {
      throw new TransactionSystemException("Could not write the commit to the H2 file", e);
    }
  }
}
