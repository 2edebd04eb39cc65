package org.riskcycle.risk.register;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses, on H2, every update and delete of the register's records (scores, alternatives, decisions,
 * implementations, reviews, information); PostgreSQL has the same rule as a PL/pgSQL trigger. Installed by the
 * migration {@code db/vendor/h2/V3__records_unchanged.sql}.
 */
public class RecordsUnchanged implements Trigger {

  private String table;

  @Override
  public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    table = tableName.toLowerCase();
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("The " + table + " record is immutable: it records what was known and decided at the"
        + " time", "23001");
  }
}
