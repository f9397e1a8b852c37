package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.notes2omop.omop.queue.WorkState;
import dev.notes2omop.omop.testing.TestDatabase;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receiver over a real PostgreSQL and real HTTP: security, refusals, and deliveries followed to
 * the OMOP rows. A small HTTP server stands for the notifying FHIR server of id-only notifications.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiverIT {

  private ServeFixture serve;
  private HttpServer source;
  private final Map<String, String> sourceResources = new ConcurrentHashMap<>();
  private final AtomicReference<String> sourceAuthorization = new AtomicReference<>();

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    source.createContext(
        "/fhir/",
        exchange -> {
          sourceAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          String path = exchange.getRequestURI().getPath().substring("/fhir/".length());
          String body;
          if (exchange.getRequestURI().getQuery() != null) {
            StringBuilder entries = new StringBuilder();
            sourceResources.forEach(
                (reference, json) -> {
                  if (reference.startsWith(path + "/")) {
                    entries.append(entries.length() == 0 ? "" : ",");
                    entries.append("{\"resource\":").append(json).append('}');
                  }
                });
            body =
                "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[" + entries + "]}";
          } else {
            body = sourceResources.get(path);
          }
          byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
          if (body != null) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    source.start();
    ServeSettings settings =
        ServeFixture.settings()
            .withSource(
                "http://127.0.0.1:" + source.getAddress().getPort() + "/fhir",
                "Bearer source-token");
    serve = new ServeFixture(TestDatabase.freshDatabase(), tmp, settings);
    assertThat(serve.put("/fhir/Patient/p1", ServeFixture.patient("p1")).statusCode())
        .isEqualTo(200);
  }

  @AfterAll
  void stop() {
    serve.close();
    source.stop(0);
  }

  @Test
  void refusesRequestsWithoutTheTokenButNotTheHealthCheck() throws Exception {
    HttpResponse<String> none =
        serve.send(
            "PUT", "/fhir/DocumentReference/a1", ServeFixture.note("a1", "1", "p1", "x"), null);
    HttpResponse<String> wrong = serve.send("POST", "/fhir", "", "not-the-token");
    HttpResponse<String> metrics = serve.send("GET", "/actuator/prometheus", null, null);
    HttpResponse<String> health = serve.send("GET", "/actuator/health", null, null);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.body()).contains("\"resourceType\":\"OperationOutcome\"");
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(metrics.statusCode()).isEqualTo(401);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    assertThat(serve.notesFor("DocumentReference/a1")).isZero();
  }

  @Test
  void servesPrometheusMetricsWithTheToken() throws Exception {
    HttpResponse<String> metrics =
        serve.send("GET", "/actuator/prometheus", null, ServeFixture.TOKEN);

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("notes2omop_queue_items");
  }

  @Test
  void refusesMalformedJsonWithAnOperationOutcome() throws Exception {
    HttpResponse<String> put = serve.put("/fhir/DocumentReference/b1", "{\"resourceType\":");
    HttpResponse<String> post = serve.send("POST", "/fhir", "[1,", ServeFixture.TOKEN);

    assertThat(put.statusCode()).isEqualTo(400);
    assertThat(put.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/fhir+json"));
    assertThat(put.body()).contains("\"resourceType\":\"OperationOutcome\"", "invalid JSON");
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("OperationOutcome");
  }

  @Test
  void refusesADocumentReferenceWithoutText() throws Exception {
    String noText =
        "{\"resourceType\":\"DocumentReference\",\"id\":\"c1\",\"status\":\"current\","
            + "\"subject\":{\"reference\":\"Patient/p1\"},\"date\":\"2024-01-01\"}";

    HttpResponse<String> response = serve.put("/fhir/DocumentReference/c1", noText);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("OperationOutcome", "DocumentReference/c1");
    assertThat(serve.notesFor("DocumentReference/c1")).isZero();
  }

  @Test
  void refusesAnIdThatDiffersFromTheUrlAndATooLargeBody() throws Exception {
    HttpResponse<String> mismatch =
        serve.put("/fhir/DocumentReference/d1", ServeFixture.note("d2", "1", "p1", "texto"));
    HttpResponse<String> large =
        serve.put(
            "/fhir/DocumentReference/d3",
            ServeFixture.note("d3", "1", "p1", "x".repeat(100 * 1024)));

    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("differ");
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(large.body()).contains("OperationOutcome");
  }

  @Test
  void writesADuplicateDeliveryOnceAndReplacesRowsOnUpdate() throws Exception {
    String v1 = ServeFixture.note("e1", "1", "p1", "Paciente con fiebre.");
    assertThat(serve.put("/fhir/DocumentReference/e1", v1).statusCode()).isEqualTo(200);
    HttpResponse<String> again = serve.put("/fhir/DocumentReference/e1", v1);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("0 new");
    serve.awaitIdle();
    assertThat(serve.noteTexts("DocumentReference/e1")).containsExactly("Paciente con fiebre.");

    String v2 = ServeFixture.note("e1", "2", "p1", "Paciente sin fiebre.");
    assertThat(serve.put("/fhir/DocumentReference/e1", v2).statusCode()).isEqualTo(200);
    serve.awaitIdle();

    assertThat(serve.noteTexts("DocumentReference/e1")).containsExactly("Paciente sin fiebre.");
    assertThat(serve.notesFor("DocumentReference/e1")).isOne();
  }

  @Test
  void aDeleteAndAnEnteredInErrorRemoveTheRows() throws Exception {
    serve.put("/fhir/DocumentReference/f1", ServeFixture.note("f1", "1", "p1", "Nota uno."));
    serve.put("/fhir/DocumentReference/f2", ServeFixture.note("f2", "1", "p1", "Nota dos."));
    serve.awaitIdle();
    assertThat(serve.notesFor("DocumentReference/f1")).isOne();
    assertThat(serve.notesFor("DocumentReference/f2")).isOne();

    HttpResponse<String> delete =
        serve.send("DELETE", "/fhir/DocumentReference/f1", null, ServeFixture.TOKEN);
    String inError =
        ServeFixture.note("f2", "2", "p1", "Nota dos.")
            .replace("\"status\":\"current\"", "\"status\":\"entered-in-error\"");
    serve.put("/fhir/DocumentReference/f2", inError);
    serve.awaitIdle();

    assertThat(delete.statusCode()).isEqualTo(200);
    assertThat(serve.notesFor("DocumentReference/f1")).isZero();
    assertThat(serve.notesFor("DocumentReference/f2")).isZero();
  }

  @Test
  void parksANoteUntilItsPatientArrives() throws Exception {
    serve.put("/fhir/DocumentReference/g1", ServeFixture.note("g1", "1", "p-late", "Nota."));
    serve.awaitIdle();
    assertThat(serve.notesFor("DocumentReference/g1")).isZero();
    assertThat(serve.queue.counts().get(WorkState.PARKED)).isPositive();

    serve.put("/fhir/Patient/p-late", ServeFixture.patient("p-late"));
    serve.awaitIdle();

    assertThat(serve.notesFor("DocumentReference/g1")).isOne();
    assertThat(
            serve.strings(
                "SELECT state FROM notes2omop.work_item WHERE resource_id = ?",
                "DocumentReference/g1"))
        .containsOnly("DONE");
  }

  @Test
  void takesABatchBundle() throws Exception {
    String bundle =
        "{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[{\"resource\":"
            + ServeFixture.patient("p2")
            + ",\"request\":{\"method\":\"PUT\",\"url\":\"Patient/p2\"}},{\"resource\":"
            + ServeFixture.note("h1", "1", "p2", "Nota del lote.")
            + ",\"request\":{\"method\":\"PUT\",\"url\":\"DocumentReference/h1\"}}]}";

    HttpResponse<String> response = serve.send("POST", "/fhir", bundle, ServeFixture.TOKEN);
    serve.awaitIdle();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(serve.noteTexts("DocumentReference/h1")).containsExactly("Nota del lote.");
  }

  @Test
  void fetchesWhatAnIdOnlyNotificationNames() throws Exception {
    sourceResources.put(
        "DocumentReference/i1", ServeFixture.note("i1", "3", "p1", "Nota leida del servidor."));
    String notification =
        "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":[{\"resource\":"
            + "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"type\",\"valueCode\":"
            + "\"event-notification\"},{\"name\":\"notification-event\",\"part\":[{\"name\":"
            + "\"focus\",\"valueReference\":{\"reference\":\"DocumentReference/i1/_history/3\"}}]}]}},"
            + "{\"fullUrl\":\"http://source/fhir/DocumentReference/i1/_history/3\","
            + "\"request\":{\"method\":\"PUT\",\"url\":\"DocumentReference/i1\"}}]}";

    HttpResponse<String> response = serve.send("POST", "/fhir", notification, ServeFixture.TOKEN);
    serve.awaitIdle();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(serve.noteTexts("DocumentReference/i1")).containsExactly("Nota leida del servidor.");
    assertThat(sourceAuthorization.get()).isEqualTo("Bearer source-token");
  }

  @Test
  void takesAFullResourceNotificationAndIgnoresAHeartbeat() throws Exception {
    String status =
        "{\"resource\":{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"type\","
            + "\"valueCode\":\"%s\"}]}}";
    String full =
        "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":["
            + status.formatted("event-notification")
            + ",{\"fullUrl\":\"http://source/fhir/DocumentReference/l1\",\"resource\":"
            + ServeFixture.note("l1", "1", "p1", "Nota completa.")
            + "}]}";
    String heartbeat =
        "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":["
            + status.formatted("heartbeat")
            + "]}";

    HttpResponse<String> notified = serve.send("POST", "/fhir", full, ServeFixture.TOKEN);
    HttpResponse<String> beat = serve.send("POST", "/fhir", heartbeat, ServeFixture.TOKEN);
    serve.awaitIdle();

    assertThat(notified.statusCode()).isEqualTo(200);
    assertThat(beat.statusCode()).isEqualTo(200);
    assertThat(beat.body()).contains("accepted: 0 items");
    assertThat(serve.noteTexts("DocumentReference/l1")).containsExactly("Nota completa.");
  }

  @Test
  void anEmptyPingFetchesWhatChanged() throws Exception {
    sourceResources.put(
        "DocumentReference/j1", ServeFixture.note("j1", "1", "p1", "Nota de la consulta."));

    HttpResponse<String> response = serve.send("POST", "/fhir", "", ServeFixture.TOKEN);
    serve.awaitIdle();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(serve.noteTexts("DocumentReference/j1")).containsExactly("Nota de la consulta.");
  }
}
