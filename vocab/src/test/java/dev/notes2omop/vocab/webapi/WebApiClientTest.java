package dev.notes2omop.vocab.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.vocab.webapi.LocalWebApi.Received;
import dev.notes2omop.vocab.webapi.LocalWebApi.Reply;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebApiClientTest {

  private static final String SOURCE = "SYNPUF5PCT";
  private static final String VOCAB = "/WebAPI/vocabulary/" + SOURCE;

  private LocalWebApi server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private WebApiClient client(Function<Received, Reply> router) throws IOException {
    return client(router, SOURCE, null, Duration.ofSeconds(5), 2);
  }

  private WebApiClient client(
      Function<Received, Reply> router,
      String sourceKey,
      String token,
      Duration timeout,
      int maxRetries)
      throws IOException {
    server = new LocalWebApi(router);
    return new WebApiClient(
        new WebApiSettings(server.baseUrl(), sourceKey, token, timeout, maxRetries));
  }

  @Test
  void searchPostsConceptSearchWithFiltersAndReadsConcepts() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("search-diabetes-condition.json"));

    List<WebApiConcept> concepts =
        client.search("diabetes mellitus tipo 2 con nefropatía", "Condition", true, 10);

    Received request = server.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(VOCAB + "/search");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body)
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"QUERY\": \"diabetes mellitus tipo 2 con nefropatía\","
                        + " \"DOMAIN_ID\": [\"Condition\"], \"STANDARD_CONCEPT\": \"S\"}"));
    assertThat(concepts)
        .extracting(WebApiConcept::conceptId)
        .containsExactly(201826L, 443732L, 443731L);
    WebApiConcept first = concepts.get(0);
    assertThat(first)
        .isEqualTo(
            new WebApiConcept(
                201826,
                "Type 2 diabetes mellitus",
                "Condition",
                "SNOMED",
                "Clinical Finding",
                true,
                "44054006",
                null,
                LocalDate.of(2002, 2, 1),
                LocalDate.of(2099, 12, 31)));
    assertThat(first.valid()).isTrue();
  }

  @Test
  void searchWithoutFiltersOmitsThemAndCutsToTheLimit() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("search-diabetes-condition.json"));

    List<WebApiConcept> concepts = client.search("diabetes", " ", false, 2);

    JsonNode body = new ObjectMapper().readTree(server.received().get(0).body());
    assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("QUERY");
    assertThat(body.get("QUERY").asText()).isEqualTo("diabetes");
    assertThat(concepts).extracting(WebApiConcept::conceptId).containsExactly(201826L, 443732L);
  }

  @Test
  void conceptByIdReadsNonStandardConceptWithIsoDates() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("concept-1567956.json"));

    Optional<WebApiConcept> concept = client.concept(1567956);

    assertThat(server.received().get(0).method()).isEqualTo("GET");
    assertThat(server.received().get(0).path()).isEqualTo(VOCAB + "/concept/1567956");
    assertThat(concept).isPresent();
    WebApiConcept c = concept.orElseThrow();
    assertThat(c.conceptCode()).isEqualTo("E11");
    assertThat(c.vocabularyId()).isEqualTo("ICD10CM");
    assertThat(c.conceptClassId()).isEqualTo("3-char nonbill code");
    assertThat(c.standard()).isFalse();
    assertThat(c.invalidReason()).as("WebAPI's 'V' means valid").isNull();
    assertThat(c.validStartDate()).isEqualTo(LocalDate.of(2007, 10, 1));
    assertThat(c.validEndDate()).isEqualTo(LocalDate.of(2099, 12, 31));
  }

  @Test
  void unknownConceptIsEmpty() throws IOException {
    WebApiClient client = client(r -> Reply.json(404, "{\"message\": \"Concept 42 not found\"}"));

    assertThat(client.concept(42)).isEmpty();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void relatedExposesEachConceptsRelationships() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("related-1567956.json"));

    List<WebApiRelatedConcept> related = client.related(1567956);

    assertThat(server.received().get(0).path()).isEqualTo(VOCAB + "/concept/1567956/related");
    assertThat(related).hasSize(5);
    WebApiRelatedConcept parent =
        related.stream().filter(r -> r.concept().conceptId() == 1567940).findFirst().orElseThrow();
    assertThat(parent.relationships())
        .containsExactly(
            new WebApiRelatedConcept.Relationship("Is a", 0),
            new WebApiRelatedConcept.Relationship("Has ancestor of", 1));
    assertThat(parent.concept().conceptCode()).isEqualTo("E08-E13");
  }

  @Test
  void mapsToFollowsMapsToToTheValidStandardConceptAndNotMapsToValue() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("related-1567956.json"));

    Optional<WebApiConcept> target = client.mapsTo(1567956);

    assertThat(target).map(WebApiConcept::conceptId).contains(201826L);
    assertThat(target).map(WebApiConcept::vocabularyId).contains("SNOMED");
  }

  @Test
  void mapsToAcceptsTheLongRelationshipName() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("related-44831046-long-name.json"));

    Optional<WebApiConcept> target = client.mapsTo(44831046);

    assertThat(target).map(WebApiConcept::conceptId).contains(320128L);
    assertThat(target.orElseThrow().validStartDate()).isEqualTo(LocalDate.of(2002, 1, 31));
  }

  @Test
  void mapsToIsEmptyWithoutAStandardTarget() throws IOException {
    WebApiClient client = client(r -> Reply.json(200, "[]"));

    assertThat(client.mapsTo(1)).isEmpty();
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void sourceKeyWithSpacesIsOneEncodedPathSegment() throws IOException {
    WebApiClient client =
        client(
            r -> Reply.fixture("concept-1567956.json"),
            "MY SITE/CDM",
            null,
            Duration.ofSeconds(5),
            0);

    assertThat(client.concept(1567956)).isPresent();

    Received request = server.received().get(0);
    assertThat(request.rawPath()).isEqualTo("/WebAPI/vocabulary/MY%20SITE%2FCDM/concept/1567956");
  }

  @Test
  void retriesAfter503AndReturnsTheLaterAnswer() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    WebApiClient client =
        client(
            r ->
                calls.incrementAndGet() == 1
                    ? Reply.json(503, "<html>Service Unavailable</html>")
                    : Reply.fixture("concept-1567956.json"));

    assertThat(client.concept(1567956)).map(WebApiConcept::conceptId).contains(1567956L);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void waitsAsLongAsRetryAfterSaysOn429() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    WebApiClient client =
        client(
            r ->
                calls.incrementAndGet() == 1
                    ? new Reply(429, "{\"message\":\"slow down\"}", Map.of("Retry-After", "1"))
                    : Reply.fixture("concept-1567956.json"));

    long start = System.nanoTime();
    Optional<WebApiConcept> concept = client.concept(1567956);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(concept).isPresent();
    assertThat(server.received()).hasSize(2);
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void givesUpWithATimeoutErrorWhenWebApiNeverAnswers() throws IOException {
    WebApiClient client = client(r -> Reply.HANG, SOURCE, null, Duration.ofMillis(250), 2);

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.concept(201826))
        .isInstanceOfSatisfying(
            WebApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(WebApiException.NO_RESPONSE);
              assertThat(e.getMessage())
                  .contains("timed out")
                  .contains("after 3 attempts")
                  .contains(server.baseUrl() + "/vocabulary/SYNPUF5PCT/concept/201826");
            });
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    // each attempt reached the server, or (on a loaded machine) timed out while connecting
    assertThat(server.received()).hasSizeBetween(1, 3);
    // three attempts of 250 ms each cannot take less; no upper bound (tests do not time)
    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(750));
  }

  @Test
  void unauthorizedIsNotRetriedAndTheMessageHidesTheToken() throws IOException {
    String token = "eyJhbGciOiJIUzUxMiJ9.secret-token";
    WebApiClient client =
        client(
            r -> Reply.json(401, "{\"message\":\"invalid token " + token + "\"}"),
            SOURCE,
            token,
            Duration.ofSeconds(5),
            3);

    assertThatThrownBy(() -> client.search("hipertensión", null, true, 5))
        .isInstanceOfSatisfying(
            WebApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.getMessage())
                  .contains("401")
                  .contains(server.baseUrl() + "/vocabulary/SYNPUF5PCT/search")
                  .contains("bearer token")
                  .contains("invalid token")
                  .doesNotContain(token)
                  .doesNotContain("secret-token");
            });
    assertThat(server.received()).hasSize(1);
    assertThat(server.received().get(0).header("Authorization")).isEqualTo("Bearer " + token);
  }

  @Test
  void serverErrorIsNotRetriedAndItsBodyIsQuoted() throws IOException {
    WebApiClient client =
        client(r -> Reply.json(500, "{\"message\": \"java.lang.NullPointerException\"}"));

    assertThatThrownBy(() -> client.related(201826))
        .isInstanceOfSatisfying(
            WebApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(500);
              assertThat(e.getMessage())
                  .contains("WebAPI answered 500 to GET")
                  .contains("NullPointerException");
            });
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void notFoundOnSearchHintsAtTheSourceKey() throws IOException {
    WebApiClient client =
        client(r -> Reply.json(404, ""), "NO_SUCH_SOURCE", null, Duration.ofSeconds(5), 2);

    assertThatThrownBy(() -> client.search("asma", null, true, 5))
        .isInstanceOf(WebApiException.class)
        .hasMessageContaining("'NO_SUCH_SOURCE' a source key")
        .hasMessageContaining("/source/sources");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void malformedJsonIsAClearError() throws IOException {
    WebApiClient client = client(r -> Reply.json(200, "[{\"CONCEPT_ID\": 201826, \"CONCEPT_NA"));

    assertThatThrownBy(() -> client.search("diabetes", null, true, 5))
        .isInstanceOf(WebApiException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining("/vocabulary/SYNPUF5PCT/search")
        .hasMessageContaining("[{\"CONCEPT_ID\": 201826");
  }

  @Test
  void htmlInsteadOfJsonIsAClearError() throws IOException {
    WebApiClient client = client(r -> Reply.json(200, "<html><body>Atlas</body></html>"));

    assertThatThrownBy(() -> client.concept(201826))
        .isInstanceOf(WebApiException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageContaining("WebAPI root")
        .hasMessageContaining("<html>");
  }

  @Test
  void conceptWithoutIdIsAnError() throws IOException {
    WebApiClient client = client(r -> Reply.json(200, "[{\"CONCEPT_NAME\": \"Asthma\"}]"));

    assertThatThrownBy(() -> client.search("asma", null, true, 5))
        .isInstanceOf(WebApiException.class)
        .hasMessageContaining("without a numeric CONCEPT_ID");
  }

  @Test
  void objectWhereAnArrayIsExpectedIsAnError() throws IOException {
    WebApiClient client = client(r -> Reply.fixture("concept-1567956.json"));

    assertThatThrownBy(() -> client.related(1567956))
        .isInstanceOf(WebApiException.class)
        .hasMessageContaining("JSON object where an array of concepts was expected");
  }

  @Test
  void rejectsBlankQueryAndNonPositiveLimitWithoutCallingWebApi() throws IOException {
    WebApiClient client = client(r -> Reply.json(200, "[]"));

    assertThatThrownBy(() -> client.search(" ", null, true, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query is blank");
    assertThatThrownBy(() -> client.search("asma", null, true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be at least 1, was 0");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void retriesWhenTheConnectionIsRefusedThenSaysSo() throws IOException {
    URI closed;
    try (LocalWebApi gone = new LocalWebApi(r -> Reply.json(200, "[]"))) {
      closed = gone.baseUrl();
    }
    WebApiClient client =
        new WebApiClient(new WebApiSettings(closed, SOURCE, null, Duration.ofMillis(300), 1));

    assertThatThrownBy(() -> client.concept(201826))
        .isInstanceOfSatisfying(
            WebApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(WebApiException.NO_RESPONSE);
              assertThat(e.getMessage())
                  .contains("after 2 attempts")
                  .contains("connection refused")
                  .contains(closed + "/vocabulary/SYNPUF5PCT/concept/201826");
            });
  }

  @Test
  void oneClientServesConcurrentCallers() throws Exception {
    WebApiClient client =
        client(
            r -> {
              String id = r.path().substring(r.path().lastIndexOf('/') + 1);
              return Reply.json(
                  200, "{\"CONCEPT_ID\": " + id + ", \"CONCEPT_NAME\": \"c" + id + "\"}");
            });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<WebApiConcept>>> answers = new ArrayList<>();
      for (long id = 1; id <= 40; id++) {
        long conceptId = id;
        answers.add(pool.submit(() -> client.concept(conceptId)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get(10, TimeUnit.SECONDS))
            .map(WebApiConcept::name)
            .contains("c" + (i + 1));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.received()).hasSize(40);
  }
}
