package dev.notes2omop.omop.schema;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OMOP CDM v5.4 field-level specification CSV (OHDSI CommonDataModel), read for the changelog
 * generator and the schema test. The file is windows-1252, not UTF-8.
 */
record CdmSpec(Map<String, List<Field>> tables) {

  static final Charset ENCODING = Charset.forName("windows-1252");
  static final String RELATIVE_PATH = "data/cdm-spec/OMOP_CDMv5.4_Field_Level.csv";
  private static final Pattern VARCHAR = Pattern.compile("(?i)varchar\\((\\d+|max)\\)");

  /**
   * One field of a CDM table.
   *
   * @param table the table name
   * @param name the field name, without the quotes the CSV puts around {@code offset}
   * @param cdmDatatype the datatype as the CSV writes it
   * @param required whether the field is NOT NULL
   * @param primaryKey whether it is the table's primary key
   */
  record Field(
      String table, String name, String cdmDatatype, boolean required, boolean primaryKey) {

    /** The PostgreSQL type, as in the OHDSI PostgreSQL DDL. */
    String postgresType() {
      String type = cdmDatatype.trim();
      Matcher varchar = VARCHAR.matcher(type);
      if (varchar.matches()) {
        String length = varchar.group(1);
        return length.equalsIgnoreCase("max") ? "text" : "varchar(" + length + ")";
      }
      switch (type.toLowerCase(Locale.ROOT)) {
        case "integer":
          return "integer";
        case "bigint":
          return "bigint";
        case "date":
          return "date";
        case "datetime":
          return "timestamp";
        case "float":
          return "numeric";
        default:
          throw new IllegalArgumentException(
              "unknown CDM datatype '" + cdmDatatype + "' of " + table + "." + name);
      }
    }
  }

  /** The specification at {@code <shared dir>/data/cdm-spec/...}. */
  static CdmSpec fromSharedDirectory() throws IOException {
    String shared = System.getProperty("notes2omop.shared.dir");
    if (shared == null) {
      throw new IllegalStateException(
          "system property notes2omop.shared.dir is not set: run through Maven (surefire sets it)"
              + " or pass -Dnotes2omop.shared.dir=/path/to/shared");
    }
    return read(Path.of(shared).resolve(RELATIVE_PATH));
  }

  static CdmSpec read(Path csv) throws IOException {
    List<List<String>> rows = parse(Files.readString(csv, ENCODING));
    List<String> header = rows.get(0);
    int table = header.indexOf("cdmTableName");
    int field = header.indexOf("cdmFieldName");
    int required = header.indexOf("isRequired");
    int datatype = header.indexOf("cdmDatatype");
    int primaryKey = header.indexOf("isPrimaryKey");
    Map<String, List<Field>> tables = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      String tableName = row.get(table).trim().toLowerCase(Locale.ROOT);
      String fieldName = row.get(field).trim().replace("\"", "").toLowerCase(Locale.ROOT);
      tables
          .computeIfAbsent(tableName, t -> new ArrayList<>())
          .add(
              new Field(
                  tableName,
                  fieldName,
                  row.get(datatype),
                  "Yes".equalsIgnoreCase(row.get(required).trim()),
                  "Yes".equalsIgnoreCase(row.get(primaryKey).trim())));
    }
    return new CdmSpec(tables);
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
