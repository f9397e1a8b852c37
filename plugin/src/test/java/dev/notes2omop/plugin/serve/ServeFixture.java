package dev.notes2omop.plugin.serve;

import dev.notes2omop.omop.queue.WorkQueue;
import dev.notes2omop.omop.queue.WorkState;
import dev.notes2omop.omop.schema.SchemaNames;
import dev.notes2omop.plugin.runtime.MapperKind;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.Pipeline;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** A running receiver over a database, with HTTP helpers and row queries, for the tests. */
final class ServeFixture implements AutoCloseable {

  static final String TOKEN = "test-token-0123456789";

  final DataSource dataSource;
  final Pipeline pipeline;
  final WorkQueue queue;
  final FhirService service;
  private final HttpClient http = HttpClient.newHttpClient();

  ServeFixture(DataSource dataSource, Path tmp, ServeSettings settings) {
    this.dataSource = dataSource;
    this.pipeline = pipeline(dataSource, tmp);
    this.queue = new WorkQueue(dataSource, SchemaNames.defaults());
    this.service = FhirService.start(pipeline, queue, settings);
  }

  static ServeSettings settings() {
    return new ServeSettings(
        "127.0.0.1",
        0,
        TOKEN,
        64 * 1024,
        2,
        Duration.ofSeconds(3),
        Duration.ofMillis(50),
        3,
        null,
        null);
  }

  static Pipeline pipeline(DataSource dataSource, Path tmp) {
    return Pipeline.build(
        dataSource,
        SchemaNames.defaults(),
        new MappingSettings(
            Lexicon.bundledSpanish(), MapperKind.DICTIONARY, tmp.resolve("index"), "NOTES2OMOP"),
        BuildProgress.NONE);
  }

  String base() {
    return "http://127.0.0.1:" + service.port();
  }

  HttpResponse<String> send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/fhir+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, String body) throws Exception {
    return send("PUT", path, body, TOKEN);
  }

  /** Waits until no item is pending or processing. */
  void awaitIdle() throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      try {
        Map<WorkState, Long> counts = queue.counts();
        if (counts.get(WorkState.PENDING) == 0 && counts.get(WorkState.PROCESSING) == 0) {
          return;
        }
      } catch (RuntimeException e) {
        // the database may be restarting
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the queue did not drain: " + queue.counts());
  }

  /** NOTE rows of {@code resourceId}: their note_text, by note_id. */
  List<String> noteTexts(String resourceId) throws SQLException {
    return strings(
        "SELECT n.note_text FROM cdm.note n JOIN notes2omop.processed_note p"
            + " ON p.note_id = n.note_id WHERE p.resource_id = ? ORDER BY n.note_id",
        resourceId);
  }

  /** NOTE_NLP lexical variants of {@code resourceId}'s notes, in offset order. */
  List<String> mentionTexts(String resourceId) throws SQLException {
    return strings(
        "SELECT nlp.lexical_variant FROM cdm.note_nlp nlp JOIN notes2omop.processed_note p"
            + " ON p.note_id = nlp.note_id WHERE p.resource_id = ? ORDER BY nlp.note_nlp_id",
        resourceId);
  }

  /** How many NOTE rows there are in all. */
  long noteCount() throws SQLException {
    return Long.parseLong(strings("SELECT count(*)::text FROM cdm.note", null).get(0));
  }

  /** NOTE rows per note_source_value prefix {@code DocumentReference/id}. */
  long notesFor(String resourceId) throws SQLException {
    return Long.parseLong(
        strings(
                "SELECT count(*)::text FROM cdm.note WHERE note_source_value = ?"
                    + " OR note_source_value LIKE ? || '/_history/%'",
                resourceId)
            .get(0));
  }

  List<String> strings(String sql, String parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int count = s.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= count; i++) {
        s.setString(i, parameter);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  static String patient(String id) {
    return "{\"resourceType\":\"Patient\",\"id\":\""
        + id
        + "\",\"birthDate\":\"1970-05-01\",\"gender\":\"female\"}";
  }

  static String note(String id, String version, String patient, String text) {
    return "{\"resourceType\":\"DocumentReference\",\"id\":\""
        + id
        + "\","
        + (version == null ? "" : "\"meta\":{\"versionId\":\"" + version + "\"},")
        + "\"status\":\"current\",\"subject\":{\"reference\":\"Patient/"
        + patient
        + "\"},\"date\":\"2024-03-01T10:00:00Z\",\"content\":[{\"attachment\":"
        + "{\"contentType\":\"text/plain\",\"data\":\""
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "\"}}]}";
  }

  @Override
  public void close() {
    service.close();
    pipeline.close();
  }
}
