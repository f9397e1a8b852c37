package dev.notes2omop.vocab.index;

import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What an index was built from: a content signal of the vocabulary tables (each table's {@code
 * pg_relation_filenode}, which a TRUNCATE or a table swap changes; the row count of {@code
 * concept}; the {@code vocabulary} table's (id, version) pairs), the lexicon's and the extra terms'
 * content hashes, and {@link #FORMAT_VERSION}. Two fingerprints are equal when every value is.
 *
 * <p>It cannot see an in-place UPDATE of a row that keeps the table's file and row count; reload
 * vocabularies with {@code vocab load} (which truncates or swaps tables), or delete the index
 * directory to force a rebuild.
 */
record IndexFingerprint(Map<String, String> values) {

  /** Bumped whenever the fields, the analysis or what is indexed change. */
  static final int FORMAT_VERSION = 2;

  /** The file name inside the index directory. */
  static final String FILE = "fingerprint.properties";

  /** The key of the extra terms' hash: the only change an index is updated in place for. */
  static final String EXTRA_TERMS = "extra-terms";

  static final List<String> TABLES =
      List.of("concept", "concept_relationship", "concept_synonym", "vocabulary");

  IndexFingerprint {
    values = Map.copyOf(new TreeMap<>(values));
  }

  /** The fingerprint of what {@code source} would build now. */
  static IndexFingerprint of(Connection connection, IndexSource source) throws SQLException {
    Map<String, String> values = new TreeMap<>();
    values.put("format", Integer.toString(FORMAT_VERSION));
    values.put("schema", source.cdmSchema());
    for (String table : TABLES) {
      values.put("filenode." + table, filenode(connection, source.cdmSchema() + "." + table));
    }
    values.put("rows.concept", count(connection, source.cdmSchema() + ".concept"));
    values.put("vocabularies", vocabularyVersions(connection, source.cdmSchema()));
    values.put("lexicon", lexiconHash(source.lexicon().entries()));
    values.put(EXTRA_TERMS, extraTermsHash(source.extraTerms()));
    return new IndexFingerprint(values);
  }

  /** The fingerprint written in {@code directory}, if there is a readable one. */
  static Optional<IndexFingerprint> read(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
    return Optional.of(new IndexFingerprint(values));
  }

  /**
   * Writes the fingerprint into {@code directory}: into a temporary file renamed over {@link
   * #FILE}, so that a crash leaves the old fingerprint or the new one.
   */
  void write(Path directory) throws IOException {
    Path temporary = directory.resolve(FILE + ".tmp");
    StringBuilder sb = new StringBuilder("# notes2omop concept index: what it was built from\n");
    values.forEach((k, v) -> sb.append(k).append('=').append(escape(v)).append('\n'));
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      writer.write(sb.toString());
    }
    Files.move(
        temporary,
        directory.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The keys whose values differ, for the log. */
  List<String> differences(IndexFingerprint other) {
    TreeMap<String, String> all = new TreeMap<>(values);
    other.values.forEach(all::putIfAbsent);
    return all.keySet().stream()
        .filter(k -> !String.valueOf(values.get(k)).equals(String.valueOf(other.values.get(k))))
        .toList();
  }

  private static String escape(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\' || c == '\n' || c == '\r' || c == '=' || c == ':' || c == '#' || c == '!') {
        sb.append('\\');
      }
      sb.append(c == '\n' ? 'n' : c == '\r' ? 'r' : c);
    }
    return sb.toString();
  }

  private static String filenode(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT pg_relation_filenode(to_regclass(?))")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String node = rs.getString(1);
        if (node == null) {
          throw new SQLException(
              "table " + table + " does not exist: create the CDM schema and load a vocabulary");
        }
        return node;
      }
    }
  }

  private static String count(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return Long.toString(rs.getLong(1));
    }
  }

  private static String vocabularyVersions(Connection connection, String schema)
      throws SQLException {
    MessageDigest digest = sha256();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT vocabulary_id, coalesce(vocabulary_version, '') FROM "
                    + schema
                    + ".vocabulary ORDER BY vocabulary_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        update(digest, rs.getString(1), rs.getString(2));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String lexiconHash(List<LexiconEntry> entries) {
    MessageDigest digest = sha256();
    for (LexiconEntry e : entries) {
      update(
          digest,
          e.term(),
          e.language(),
          e.vocabularyId(),
          e.conceptCode(),
          String.valueOf(e.domainId()),
          String.valueOf(e.note()));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String extraTermsHash(List<IndexTerm> terms) {
    MessageDigest digest = sha256();
    for (IndexTerm t : terms) {
      update(digest, t.text(), Integer.toString(t.conceptId()), t.origin().name());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String... fields) {
    for (String field : fields) {
      digest.update(field.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
