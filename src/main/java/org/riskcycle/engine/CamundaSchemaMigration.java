package org.riskcycle.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates Camunda 7.24's schema from the SQL scripts the engine ships ({@code org/camunda/bpm/engine/db/create/}), as
 * a versioned Flyway migration: the engine itself never changes the schema ({@code schema-update: false}), so that
 * several nodes starting together on an empty database cannot race to create it (Flyway's lock serializes them). A
 * database whose Camunda schema an earlier RiskCycle created is adopted as it is. A Camunda upgrade adds a migration
 * that runs the engine's upgrade script ({@code db/upgrade/<db>_engine_<from>_to_<to>.sql}).
 */
public class CamundaSchemaMigration implements JavaMigration {

  private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("9");
  }

  @Override
  public String getDescription() {
    return "Camunda 7.24 schema";
  }

  @Override
  public Integer getChecksum() {
    return 724;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (hasTable(connection.getMetaData(), "ACT_GE_PROPERTY")) {
      return;
    }
    String database = databaseOf(connection.getMetaData());
    try (Statement statement = connection.createStatement()) {
      for (String part : PARTS) {
        for (String sql : statements("org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part
            + ".sql")) {
          statement.execute(sql);
        }
      }
    }
  }

  private static boolean hasTable(DatabaseMetaData metadata, String table) throws SQLException {
    for (String name : List.of(table, table.toLowerCase())) {
      try (ResultSet tables = metadata.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String databaseOf(DatabaseMetaData metadata) throws SQLException {
    String product = metadata.getDatabaseProductName().toLowerCase();
    if (product.contains("h2")) {
      return "h2";
    }
    if (product.contains("postgres")) {
      return "postgres";
    }
    throw new IllegalStateException("RiskCycle runs on H2 or PostgreSQL, not on " + product);
  }

  /** The statements of a script, as the engine reads its own: lines up to one ending in ';', comments left out. */
  static List<String> statements(String resource) throws IOException {
    InputStream script = CamundaSchemaMigration.class.getClassLoader().getResourceAsStream(resource);
    if (script == null) {
      throw new IllegalStateException("The Camunda engine jar has no " + resource);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("--")) {
          continue;
        }
        if (trimmed.endsWith(";")) {
          statement.append(trimmed, 0, trimmed.length() - 1);
          statements.add(statement.toString());
          statement.setLength(0);
        } else {
          statement.append(trimmed).append('\n');
        }
      }
    }
    return statements;
  }
}
