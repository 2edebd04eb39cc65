package org.riskcycle.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Copies the rows of template cycles (run through the engine and RiskCycle's listeners) with new ids, in SQL, to
 * make large data sets fast. A template's rows are found from its root process instance ids: every row of an
 * instance-scoped table (Camunda's runtime and history tables, its byte arrays, authorizations and the risk register)
 * that holds one of the template's ids, repeated until no new row is found; its ids are the UUIDs in the primary keys
 * of those rows. A copy keeps every value but the ids, whose last eight characters become the copy's number (padded
 * with {@code z}, which no UUID contains), so that the copies of one row are distinct and reference each other as the
 * template's rows do. Foreign keys are not checked while copying (the copies are consistent by construction).
 */
final class Seeder {

  private static final Pattern UUID = Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  /** Tables that hold no instance data (definitions, identities, setup, metrics) or are the seeder's own. */
  private static final Pattern SKIPPED = Pattern.compile(
      "(act_re_.*|act_id_.*|act_ge_property|act_ge_schema_log|act_ru_jobdef|act_ru_filter|act_ru_meter_log"
          + "|act_ru_task_meter_log|catalog_.*|rc_schema_history|bench_.*|cluster_probe)");
  /**
   * History no measured query reads, and that makes most of a cycle's rows: not copied (docs/performance.md). Byte
   * arrays are copied only where a copied row names them.
   */
  private static final Pattern NOT_COPIED = Pattern.compile(
      "act_hi_(detail|varinst|actinst|dec_in|dec_out|decinst|op_log|identitylink|job_log)");

  /** Register tables first, parents before children (foreign keys are off anyway, but the order reads well). */
  private static final List<String> FIRST = List.of("risk_assessment", "assessment_iteration", "assessment_goal",
      "risk", "risk_objective", "risk_score", "risk_alternative", "risk_decision", "decision_goal",
      "risk_implementation", "risk_review", "risk_information");

  private final DataSource dataSource;
  private final boolean h2;
  private int nextCopy = 1;

  /** One group of templates: its tables, their copied columns, the number of rows per copy. */
  record Group(String name, Map<String, List<String>> columns, Map<String, Set<String>> idColumns, int rows) {
  }

  Seeder(DataSource dataSource, boolean h2) {
    this.dataSource = dataSource;
    this.h2 = h2;
  }

  /** Finds the rows of the templates, and keeps them in staging tables {@code bench_<group>_<table>}. */
  Group capture(String name, List<String> rootProcessInstanceIds) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Map<String, List<String>> columns = new LinkedHashMap<>();
      Map<String, List<String>> primaryKeys = new HashMap<>();
      Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet result = meta.getTables(null, h2 ? "PUBLIC" : "public", "%", new String[] {"TABLE"})) {
        while (result.next()) {
          String table = result.getString("TABLE_NAME");
          if (!SKIPPED.matcher(table.toLowerCase(Locale.ROOT)).matches()
              && !NOT_COPIED.matcher(table.toLowerCase(Locale.ROOT)).matches()) {
            tables.add(table);
          }
        }
      }
      tables.sort((a, b) -> Integer.compare(order(a), order(b)));
      for (String table : tables) {
        List<String> keys = new ArrayList<>();
        try (ResultSet result = meta.getPrimaryKeys(null, h2 ? "PUBLIC" : "public", table)) {
          while (result.next()) {
            keys.add(result.getString("COLUMN_NAME"));
          }
        }
        List<Map<String, Object>> tableRows = new ArrayList<>();
        List<String> tableColumns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet result = statement.executeQuery("select * from " + quote(table))) {
          ResultSetMetaData resultMeta = result.getMetaData();
          for (int i = 1; i <= resultMeta.getColumnCount(); i++) {
            tableColumns.add(resultMeta.getColumnName(i));
          }
          while (result.next()) {
            Map<String, Object> row = new HashMap<>();
            for (String column : tableColumns) {
              Object value = result.getObject(column);
              if (value instanceof String) {
                row.put(column, value);
              }
            }
            tableRows.add(row);
          }
        }
        columns.put(table, tableColumns);
        primaryKeys.put(table, keys);
        rows.put(table, tableRows);
      }
      Set<String> ids = new HashSet<>(rootProcessInstanceIds);
      Map<String, Set<Map<String, Object>>> included = new LinkedHashMap<>();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Map.Entry<String, List<Map<String, Object>>> table : rows.entrySet()) {
          Set<Map<String, Object>> tableIncluded =
              included.computeIfAbsent(table.getKey(), key -> java.util.Collections.newSetFromMap(
                  new java.util.IdentityHashMap<>()));
          for (Map<String, Object> row : table.getValue()) {
            boolean byteArray = table.getKey().equalsIgnoreCase("act_ge_bytearray");
            if (!tableIncluded.contains(row) && (byteArray ? ids.contains(row.get(h2 ? "ID_" : "id_"))
                : row.values().stream().anyMatch(ids::contains))) {
              tableIncluded.add(row);
              for (String key : primaryKeys.get(table.getKey())) {
                if (row.get(key) instanceof String id && UUID.matcher(id).matches()) {
                  grew |= ids.add(id);
                }
              }
              // one user operation's log entries share an operation id; byte arrays belong to the rows naming them
              for (String column : List.of("OPERATION_ID_", "BYTEARRAY_ID_", "EXCEPTION_STACK_ID_",
                  "ERROR_DETAILS_ID_")) {
                if (row.get(h2 ? column : column.toLowerCase(Locale.ROOT)) instanceof String id && UUID.matcher(id).matches()) {
                  grew |= ids.add(id);
                }
              }
            }
          }
        }
      }
      Map<String, Set<String>> idColumns = new LinkedHashMap<>();
      int rowsPerCopy = 0;
      try (Statement statement = connection.createStatement()) {
        statement.execute("create table if not exists bench_ids (grp varchar(16) not null, id varchar(64) not null,"
            + " primary key (grp, id))");
        statement.execute("delete from bench_ids where grp = '" + name + "'");
        try (var insert = connection.prepareStatement("insert into bench_ids (grp, id) values (?, ?)")) {
          for (String id : ids) {
            insert.setString(1, name);
            insert.setString(2, id);
            insert.addBatch();
          }
          insert.executeBatch();
        }
        for (Map.Entry<String, Set<Map<String, Object>>> table : included.entrySet()) {
          if (table.getValue().isEmpty()) {
            continue;
          }
          Set<String> tableIdColumns = new LinkedHashSet<>();
          for (Map<String, Object> row : table.getValue()) {
            row.forEach((column, value) -> {
              if (ids.contains(value)) {
                tableIdColumns.add(column);
              }
            });
          }
          idColumns.put(table.getKey(), tableIdColumns);
          rowsPerCopy += table.getValue().size();
          String staging = staging(name, table.getKey());
          statement.execute("drop table if exists " + staging);
          StringBuilder where = new StringBuilder();
          for (String column : tableIdColumns) {
            where.append(where.isEmpty() ? "" : " or ").append(quote(column))
                .append(" in (select id from bench_ids where grp = '").append(name).append("')");
          }
          statement.execute("create table " + staging + " as select * from " + quote(table.getKey()) + " where "
              + where);
          // which values are ids, decided once here rather than for every copy
          for (String column : tableIdColumns) {
            statement.execute("alter table " + staging + " add column " + quote(column + "__id") + " boolean");
            statement.execute("update " + staging + " set " + quote(column + "__id") + " = " + quote(column)
                + " in (select id from bench_ids where grp = '" + name + "')");
          }
        }
      }
      connection.commit();
      for (String table : List.copyOf(columns.keySet())) {
        if (!idColumns.containsKey(table)) {
          columns.remove(table);
        }
      }
      return new Group(name, columns, idColumns, rowsPerCopy);
    }
  }

  /** Inserts {@code copies} copies of every template row of the group, in batches of {@code batch} copies. */
  void copy(Group group, int copies, int batch) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // H2 keeps freed file space for 45 s by default: the copies, written fast, would make the file grow tenfold
        statement.execute(h2 ? "set referential_integrity false" : "set session_replication_role = replica");
        if (h2) {
          statement.execute("set retention_time 0");
        }
        statement.execute("create table if not exists bench_seq (n integer not null primary key)");
        connection.commit();
        for (int done = 0; done < copies; done += batch) {
          int size = Math.min(batch, copies - done);
          statement.execute("delete from bench_seq");
          try (var insert = connection.prepareStatement("insert into bench_seq (n) values (?)")) {
            for (int i = 0; i < size; i++) {
              insert.setInt(1, nextCopy++);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          for (Map.Entry<String, List<String>> table : group.columns().entrySet()) {
            Set<String> idColumns = group.idColumns().get(table.getKey());
            StringBuilder select = new StringBuilder();
            for (String column : table.getValue()) {
              select.append(select.isEmpty() ? "" : ", ");
              if (idColumns.contains(column)) {
                String c = "t." + quote(column);
                select.append("case when t.").append(quote(column + "__id")).append(" then substring(").append(c).append(", 1, length(").append(c)
                    .append(") - 8) || lpad(cast(s.n as varchar(8)), 8, 'z') else ").append(c).append(" end");
              } else {
                select.append("t.").append(quote(column));
              }
            }
            statement.execute("insert into " + quote(table.getKey()) + " ("
                + String.join(", ", table.getValue().stream().map(Seeder::quote).toList()) + ") select " + select
                + " from " + staging(group.name(), table.getKey()) + " t cross join bench_seq s");
          }
          connection.commit();
        }
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute(h2 ? "set referential_integrity true" : "set session_replication_role = origin");
          if (h2) {
            statement.execute("set retention_time 45000");
          }
        }
        connection.commit();
      }
    }
  }

  /** Fresh statistics after a bulk load, as docs/operations.md asks. */
  void analyze() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }

  private static String staging(String group, String table) {
    return "bench_" + group + "_" + table.toLowerCase(Locale.ROOT);
  }

  private static int order(String table) {
    int index = FIRST.indexOf(table.toLowerCase(Locale.ROOT));
    return index < 0 ? FIRST.size() : index;
  }

  private static String quote(String identifier) {
    return "\"" + identifier + "\"";
  }
}
