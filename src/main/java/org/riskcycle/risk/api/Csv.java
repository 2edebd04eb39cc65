package org.riskcycle.risk.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * RFC 4180 text for auditors and spreadsheets: a header row, then one row per record, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break. A text starting with {@code = + - @} or a tab is prefixed with an
 * apostrophe, so that a spreadsheet shows user-entered text instead of evaluating it as a formula.
 */
final class Csv {

  /** How many records an export holds at most: beyond it, narrow the filters. */
  static final int MAX_ROWS = 10_000;

  private Csv() {
  }

  /** Whether the client asked for CSV rather than JSON. */
  static boolean requested(String accept) {
    return accept != null && MediaType.parseMediaTypes(accept).stream()
        .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv"));
  }

  static ResponseEntity<String> response(List<String> header, List<List<Object>> rows) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(of(header, rows));
  }

  static String of(List<String> header, List<List<Object>> rows) {
    StringBuilder csv = new StringBuilder(line(header.stream().map(Object.class::cast).toList()));
    rows.forEach(row -> csv.append(line(row)));
    return csv.toString();
  }

  private static String line(List<Object> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof List<?> list
        ? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : String.valueOf(value);
    if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
