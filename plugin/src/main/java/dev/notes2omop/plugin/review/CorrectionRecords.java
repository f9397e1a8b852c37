package dev.notes2omop.plugin.review;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.RecordMeta;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Turns corrections into training records in the trainer's record format (README, "Synthetic
 * training data"): the sentence around the corrected mention, with every mention the note has there
 * as an entity, the correction applied. Records are stored with the correction and exported by
 * {@code review export --records}.
 */
final class CorrectionRecords {

  /** The generator name of the records. */
  static final String GENERATOR = "steward-review";

  /** Longest reach of a record's window on each side of the corrected span. */
  static final int REACH = 300;

  private final DataSource dataSource;
  private final SchemaNames names;

  CorrectionRecords(DataSource dataSource, SchemaNames names) {
    this.dataSource = dataSource;
    this.names = names;
  }

  /** A mention of a note as the record sees it. */
  private record Span(
      long noteNlpId,
      int start,
      int end,
      EntityLabel label,
      ConceptRef concept,
      Assertion assertion) {}

  /** Records a correction in its own transaction; returns the record it made. */
  SynthRecord correct(Correction correction, String user) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        SynthRecord record = correct(c, correction, user);
        c.commit();
        return record;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot record the correction: " + e.getMessage(), e);
    }
  }

  /** Records a correction in the caller's transaction. */
  SynthRecord correct(Connection c, Correction correction, String user) throws SQLException {
    long noteId = noteOf(c, correction.noteNlpId());
    String text = noteText(c, noteId);
    List<Span> spans = spans(c, noteId);
    Span target =
        spans.stream()
            .filter(s -> s.noteNlpId() == correction.noteNlpId())
            .findFirst()
            .orElseThrow(() -> new RefusedException("that mention no longer exists: reload"));
    Span focus;
    switch (correction.kind()) {
      case BOUNDARY -> {
        int[] found = locate(text, correction.text(), target.start(), target.end());
        focus =
            new Span(
                target.noteNlpId(),
                found[0],
                found[1],
                target.label(),
                target.concept(),
                target.assertion());
        spans.remove(target);
        spans.removeIf(s -> s.start() < focus.end() && focus.start() < s.end());
        spans.add(focus);
      }
      case LABEL -> {
        EntityLabel label = label(correction.label());
        focus =
            new Span(
                target.noteNlpId(), target.start(), target.end(), label, null, target.assertion());
        spans.remove(target);
        spans.add(focus);
      }
      case MISSED -> {
        int[] found = locate(text, correction.text(), target.start(), target.end());
        focus =
            new Span(0, found[0], found[1], label(correction.label()), null, Assertion.AFFIRMED);
        spans.removeIf(s -> s.start() < focus.end() && focus.start() < s.end());
        spans.add(focus);
      }
      case NOT_ENTITY -> {
        focus = target;
        spans.remove(target);
      }
      default -> throw new IllegalStateException(correction.kind().name());
    }
    SynthRecord record = record(noteId, text, spans, focus, correction.kind(), user);
    store(c, noteId, correction.noteNlpId(), correction.kind(), record, user);
    return record;
  }

  private static EntityLabel label(String name) {
    if (name == null || !TermFilter.LABELS.contains(name.strip().toUpperCase(Locale.ROOT))) {
      throw new RefusedException("choose a label: CONDITION, DRUG, MEASUREMENT or PROCEDURE");
    }
    return EntityLabel.parse(name);
  }

  /** The occurrence of {@code wanted} nearest to {@code start..end}, within the snippet's reach. */
  static int[] locate(String text, String wanted, int start, int end) {
    if (wanted == null || wanted.isBlank()) {
      throw new RefusedException("type the mention's text as it is written in the snippet");
    }
    String w = wanted.strip();
    int from = Math.max(0, start - Snippet.CONTEXT - w.length());
    int to = Math.min(text.length(), end + Snippet.CONTEXT + w.length());
    int best = -1;
    for (int at = text.indexOf(w, from);
        at >= 0 && at + w.length() <= to;
        at = text.indexOf(w, at + 1)) {
      if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
        best = at;
      }
    }
    if (best < 0) {
      throw new RefusedException(
          "'" + w + "' is not written in this snippet: type it exactly as the note writes it");
    }
    return new int[] {best, best + w.length()};
  }

  private SynthRecord record(
      long noteId, String text, List<Span> spans, Span focus, CorrectionKind kind, String user) {
    int from = windowStart(text, focus.start());
    int to = windowEnd(text, focus.end());
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Span s : spans) {
        if (s.start() < from && s.end() > from) {
          from = s.start();
          moved = true;
        }
        if (s.start() < to && s.end() > to) {
          to = s.end();
          moved = true;
        }
      }
    }
    int offset = from;
    int limit = to;
    List<SynthEntity> entities = new ArrayList<>();
    spans.stream()
        .filter(s -> s.start() >= offset && s.end() <= limit)
        .sorted(Comparator.comparingInt(Span::start))
        .forEach(
            s ->
                entities.add(
                    new SynthEntity(
                        s.start() - offset,
                        s.end() - offset,
                        s.label(),
                        text.substring(s.start(), s.end()),
                        s.concept(),
                        s.assertion())));
    RecordKind recordKind =
        !entities.isEmpty()
            ? RecordKind.POSITIVE
            : kind == CorrectionKind.NOT_ENTITY ? RecordKind.HARD_NEGATIVE : RecordKind.NEGATIVE;
    String lower = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    RecordMeta meta =
        new RecordMeta(
            GENERATOR, "review." + lower, "review", recordKind, List.of("steward:" + user));
    String id = "review-" + noteId + "-" + focus.start() + "-" + focus.end() + "-" + lower;
    try {
      return SynthRecord.of(id, text.substring(from, to), entities, meta);
    } catch (IllegalArgumentException e) {
      throw new RefusedException(
          "a mention must start and end at word boundaries: " + e.getMessage());
    }
  }

  /** After the last line break or sentence end before {@code at}, at most {@link #REACH} back. */
  static int windowStart(String text, int at) {
    int min = Math.max(0, at - REACH);
    for (int i = at - 1; i >= min; i--) {
      char ch = text.charAt(i);
      if (ch == '\n' || (ch == ' ' && i > 0 && text.charAt(i - 1) == '.')) {
        return i + 1;
      }
    }
    if (min == 0) {
      return 0;
    }
    int space = text.indexOf(' ', min);
    return space >= 0 && space < at ? space + 1 : at;
  }

  /** Up to the next sentence end or line break after {@code at}, at most {@link #REACH} on. */
  static int windowEnd(String text, int at) {
    int max = Math.min(text.length(), at + REACH);
    for (int i = at; i < max; i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        return i;
      }
      if (ch == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    if (max == text.length()) {
      return max;
    }
    int space = text.lastIndexOf(' ', max);
    return space >= at ? space : at;
  }

  private long noteOf(Connection c, long noteNlpId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT note_id FROM " + names.cdmTable("note_nlp") + " WHERE note_nlp_id = ?")) {
      s.setLong(1, noteNlpId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new RefusedException("that mention no longer exists: reload the page");
        }
        return rs.getLong(1);
      }
    }
  }

  private String noteText(Connection c, long noteId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT note_text FROM " + names.cdmTable("note") + " WHERE note_id = ?")) {
      s.setLong(1, noteId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private List<Span> spans(Connection c, long noteId) throws SQLException {
    List<Span> spans = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT n.note_nlp_id, n.\"offset\", m.label, n.term_modifiers, v.vocabulary_id,"
                + " v.concept_code FROM "
                + names.cdmTable("note_nlp")
                + " n JOIN "
                + names.ownObject("nlp_mention")
                + " m ON m.note_nlp_id = n.note_nlp_id LEFT JOIN "
                + names.cdmTable("concept")
                + " v ON v.concept_id = n.note_nlp_concept_id AND n.note_nlp_concept_id <> 0"
                + " WHERE n.note_id = ? ORDER BY n.note_nlp_id")) {
      s.setLong(1, noteId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int[] offset = TermQueries.offsets(rs.getString(2));
          if (offset == null) {
            continue;
          }
          String vocabulary = rs.getString(5);
          spans.add(
              new Span(
                  rs.getLong(1),
                  offset[0],
                  offset[1],
                  EntityLabel.parse(rs.getString(3)),
                  vocabulary == null ? null : new ConceptRef(vocabulary, rs.getString(6)),
                  assertion(rs.getString(4))));
        }
      }
    }
    return spans;
  }

  /** {@code term_modifiers} back into an assertion. */
  static Assertion assertion(String modifiers) {
    Assertion a = Assertion.AFFIRMED;
    if (modifiers == null) {
      return a;
    }
    for (String pair : modifiers.split(",")) {
      switch (pair.strip()) {
        case "negated=true" -> a = a.withNegated(true);
        case "certainty=possible" -> a = a.withCertainty(Assertion.Certainty.POSSIBLE);
        case "subject=family" -> a = a.withSubject(Assertion.Subject.FAMILY);
        case "temporal=past" -> a = a.withHistorical(true);
        case "hypothetical=true" ->
            a = new Assertion(a.negated(), a.certainty(), a.subject(), a.historical(), true);
        default -> {}
      }
    }
    return a;
  }

  private void store(
      Connection c,
      long noteId,
      long noteNlpId,
      CorrectionKind kind,
      SynthRecord record,
      String user)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO "
                + names.ownObject("mention_correction")
                + " (note_id, note_nlp_id, kind, record_json, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, now())")) {
      s.setLong(1, noteId);
      s.setLong(2, noteNlpId);
      s.setString(3, kind.name());
      s.setString(4, RecordCodec.toJson(record));
      s.setString(5, user);
      s.executeUpdate();
    }
  }

  /** "Not an entity": a record per mention of the term, up to {@code limit}, without it. */
  int notAnEntity(Connection c, List<Long> noteNlpIds, String user) throws SQLException {
    int made = 0;
    for (long id : noteNlpIds) {
      try {
        correct(c, new Correction(id, CorrectionKind.NOT_ENTITY, null, null), user);
        made++;
      } catch (RefusedException e) {
        // a mention whose context cannot make a record (not on word boundaries): skipped
      }
    }
    return made;
  }

  /**
   * Writes every correction's record, one JSON line each, sorted by id; a span corrected twice
   * keeps its latest record.
   *
   * @return the number of records written
   */
  int export(Writer out) throws IOException {
    TreeMap<String, String> byId = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT record_json FROM "
                    + names.ownObject("mention_correction")
                    + " ORDER BY correction_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String json = rs.getString(1);
        byId.put(RecordCodec.fromJson(json).id(), json);
      }
    } catch (SQLException e) {
      throw new ReviewFailure("cannot read the corrections: " + e.getMessage(), e);
    }
    for (String json : byId.values()) {
      out.write(json);
      out.write('\n');
    }
    return byId.size();
  }
}
