package dev.notes2omop.plugin.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionLoader;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import com.zaxxer.hikari.HikariDataSource;
import dev.notes2omop.hapi.Notes2OmopInterceptor;
import dev.notes2omop.omop.db.DataSources;
import dev.notes2omop.omop.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A real HAPI FHIR R4 JPA server in-process, on its own PostgreSQL database: a rest-hook
 * Subscription delivers DocumentReferences and Patients to the receiver, whose rows are checked;
 * then our interceptor, loaded into the same server, queues changes for a second service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HapiJpaServerIT {

  private HikariDataSource hapiData;
  private AnnotationConfigApplicationContext hapi;
  private Tomcat tomcat;
  private String hapiBase;
  private ServeFixture hooked;
  private ServeFixture intercepted;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    hooked =
        new ServeFixture(TestDatabase.freshDatabase(), tmp.resolve("a"), ServeFixture.settings());
    DataSource interceptedData = TestDatabase.freshDatabase();
    intercepted = new ServeFixture(interceptedData, tmp.resolve("b"), ServeFixture.settings());

    hapiData =
        DataSources.fromUrl(
            TestDatabase.jdbcUrl(TestDatabase.freshEmptyDatabase()), null, null, 10);
    hapi = new AnnotationConfigApplicationContext();
    hapi.getBeanFactory().registerSingleton("dataSource", hapiData);
    hapi.register(HapiJpaServerConfig.class);
    long started = System.nanoTime();
    hapi.refresh();
    System.out.printf(
        "HapiJpaServerIT: HAPI JPA context started in %d s%n",
        (System.nanoTime() - started) / 1_000_000_000L);

    RestfulServer server = new RestfulServer(hapi.getBean(FhirContext.class));
    server.registerProviders(hapi.getBean(ResourceProviderFactory.class).createProviders());
    server.registerProvider(hapi.getBean(IJpaSystemProvider.class));
    server.setPagingProvider(hapi.getBean(DatabaseBackedPagingProvider.class));
    tomcat = new Tomcat();
    tomcat.setBaseDir(tmp.resolve("tomcat").toString());
    tomcat.setPort(0);
    Context context = tomcat.addContext("", tmp.toString());
    Tomcat.addServlet(context, "hapi", server);
    context.addServletMappingDecoded("/fhir/*", "hapi");
    tomcat.start();
    hapiBase = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/fhir";

    for (String criteria : List.of("Patient?", "DocumentReference?")) {
      HttpResponse<String> created =
          send("POST", "Subscription", subscription(criteria, hooked.base() + "/fhir"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    int active = hapi.getBean(SubscriptionLoader.class).doSyncSubscriptionsForUnitTest();
    System.out.println(
        "DEBUG active subscriptions: " + active + " " + send("GET", "Subscription", null).body());
  }

  @AfterAll
  void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    if (hapi != null) {
      hapi.close();
    }
    if (hapiData != null) {
      hapiData.close();
    }
    hooked.close();
    intercepted.close();
  }

  private static final String FIRST = "Paciente con asma bronquial desde la infancia.";
  private static final String SECOND =
      "Paciente con diabetes mellitus tipo 2 en tratamiento con metformina.";

  @Test
  void aRestHookSubscriptionDeliversCreatesAndUpdates() throws Exception {
    assertThat(send("PUT", "Patient/hp1", ServeFixture.patient("hp1")).statusCode()).isIn(200, 201);
    assertThat(
            send("PUT", "DocumentReference/hn1", ServeFixture.note("hn1", null, "hp1", FIRST))
                .statusCode())
        .isIn(200, 201);
    long started = System.nanoTime();
    awaitNote(hooked, "DocumentReference/hn1", FIRST);
    System.out.printf(
        "HapiJpaServerIT: first delivery written after %d ms%n",
        (System.nanoTime() - started) / 1_000_000L);

    assertThat(hooked.mentionTexts("DocumentReference/hn1")).contains("asma bronquial");

    send("PUT", "DocumentReference/hn1", ServeFixture.note("hn1", null, "hp1", SECOND));
    awaitNote(hooked, "DocumentReference/hn1", SECOND);

    assertThat(hooked.noteTexts("DocumentReference/hn1")).containsExactly(SECOND);
    // the update replaced the first version's NOTE_NLP rows with the second's (the shipped model)
    assertThat(hooked.mentionTexts("DocumentReference/hn1"))
        .contains("metformina")
        .doesNotContain("asma bronquial");
  }

  @Test
  void theInterceptorQueuesTheServersChanges() throws Exception {
    Notes2OmopInterceptor interceptor = new Notes2OmopInterceptor(intercepted.queue);
    hapi.getBean(IInterceptorService.class).registerInterceptor(interceptor);
    try {
      send("PUT", "Patient/ip1", ServeFixture.patient("ip1"));
      send("PUT", "DocumentReference/in1", ServeFixture.note("in1", null, "ip1", "Nota uno."));
      awaitNote(intercepted, "DocumentReference/in1", "Nota uno.");
      send(
          "PUT",
          "DocumentReference/in1",
          ServeFixture.note("in1", null, "ip1", "Nota uno, corregida."));
      awaitNote(intercepted, "DocumentReference/in1", "Nota uno, corregida.");
      assertThat(send("DELETE", "DocumentReference/in1", null).statusCode()).isIn(200, 204);
      intercepted.awaitIdle();

      assertThat(intercepted.notesFor("DocumentReference/in1")).isZero();
      assertThat(
              intercepted.strings(
                  "SELECT DISTINCT source FROM notes2omop.work_item WHERE resource_id = ?",
                  "DocumentReference/in1"))
          .containsExactly(Notes2OmopInterceptor.SOURCE);
    } finally {
      hapi.getBean(IInterceptorService.class).unregisterInterceptor(interceptor);
    }
  }

  private void awaitNote(ServeFixture serve, String resourceId, String text)
      throws InterruptedException, SQLException {
    for (int i = 0; i < 600; i++) {
      if (serve.noteTexts(resourceId).contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        resourceId
            + " was not written with the expected text; rows: "
            + serve.noteTexts(resourceId).size());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(hapiBase + "/" + path))
            .header("Content-Type", "application/fhir+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String subscription(String criteria, String endpoint) {
    return "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"reason\":\"notes2omop\","
        + "\"criteria\":\""
        + criteria
        + "\",\"channel\":{\"type\":\"rest-hook\",\"endpoint\":\""
        + endpoint
        + "\",\"payload\":\"application/fhir+json\",\"header\":[\"Authorization: Bearer "
        + ServeFixture.TOKEN
        + "\"]}}";
  }
}
