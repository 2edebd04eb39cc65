package org.riskcycle.configuration;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The cluster's startup lock: nodes that start together on one PostgreSQL database set up the shared data (groups,
 * grants, the administrator, demo users, the catalog) one after the other, each seeing what the previous one wrote.
 * An H2 file database serves one node, which needs no lock.
 */
@Component
public class StartupLock {

  /** The advisory lock's key, the same on every node ("RiskCycle startup"). */
  private static final long KEY = 0x52435354L;

  private final JdbcClient db;
  private final boolean postgres;

  StartupLock(JdbcClient db, DataSource dataSource) throws MetaDataAccessException {
    this.db = db;
    this.postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
        .toLowerCase().contains("postgres");
  }

  /** Waits for the lock and holds it until the current transaction ends; call it first thing in that transaction. */
  public void holdUntilTransactionEnds() {
    if (postgres) {
      db.sql("select pg_advisory_xact_lock(?)").param(KEY).query().listOfRows();
    }
  }
}
