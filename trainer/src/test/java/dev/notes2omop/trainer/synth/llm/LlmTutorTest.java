package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.llm.FakeLlmServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmTutorTest {

  /** Three good records, offsets right. */
  static final String GOOD =
      """
      {"records": [
        {"text": "Paciente con HTA en tratamiento con enalapril. Niega dolor torácico.",
         "entities": [
           {"text": "HTA", "label": "CONDITION", "start": 13, "end": 16,
            "concept": {"vocabulary_id": "SNOMED", "concept_code": "38341003"},
            "assertion": {"negated": false, "certainty": "certain", "subject": "patient",
                          "historical": false, "hypothetical": false}},
           {"text": "enalapril", "label": "DRUG", "start": 36, "end": 45, "concept": null,
            "assertion": {"negated": false, "certainty": "certain", "subject": "patient",
                          "historical": false, "hypothetical": false}},
           {"text": "dolor torácico", "label": "CONDITION", "start": 53, "end": 67,
            "concept": null,
            "assertion": {"negated": true, "certainty": "certain", "subject": "patient",
                          "historical": false, "hypothetical": false}}],
         "kind": "positive", "template": "Evolución.Antecedentes"},
        {"text": "Paciente consciente y orientado, colaborador.", "entities": [],
         "kind": "negative", "template": "urgencias.exploracion"},
        {"text": "Ingresa a cargo del servicio de Cardiología.", "entities": [],
         "kind": "hard-negative", "template": "alta.ingreso"}
      ]}
      """;

  private FakeLlmServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = FakeLlmServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private LlmTutor tutor(LlmProvider provider, int topUpRounds) {
    String path = provider == LlmProvider.GEMINI ? "/v1beta" : "/v1";
    LlmSettings settings = OpenAiChatClientTest.settings(server, provider, path);
    return new LlmTutor(
        ChatClient.create(settings, new UsageMeter()), new LlmTutor.Options(20, 3, topUpRounds, 1));
  }

  private static GenerationRequest request(int count) {
    return new GenerationRequest(count, 7, 0.10, 0.30, List.of());
  }

  @Test
  void generatesRecordsFromAnOpenAiAnswer() {
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer(GOOD, 3_000_000, 1_000_000)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 0);

    List<SynthRecord> records = tutor.generate(request(3));

    assertThat(records)
        .extracting(SynthRecord::id)
        .containsExactly("llm-7-000001", "llm-7-000002", "llm-7-000003");
    SynthRecord first = records.get(0);
    assertThat(first.entities())
        .containsExactly(
            new SynthEntity(
                13,
                16,
                EntityLabel.CONDITION,
                "HTA",
                new ConceptRef("SNOMED", "38341003"),
                Assertion.AFFIRMED),
            new SynthEntity(36, 45, EntityLabel.DRUG, "enalapril", null, Assertion.AFFIRMED),
            new SynthEntity(
                53,
                67,
                EntityLabel.CONDITION,
                "dolor torácico",
                null,
                Assertion.AFFIRMED.withNegated(true)));
    assertThat(first.tags()).contains("B-CONDITION", "B-DRUG", "I-CONDITION");
    assertThat(first.meta().generator()).isEqualTo("openai:test-model");
    assertThat(first.meta().template()).isEqualTo("llm-generate-v1/evolucion.antecedentes");
    assertThat(first.meta().family()).isEqualTo("llm-generate-v1/evolucion.antecedentes");
    assertThat(records)
        .extracting(r -> r.meta().kind())
        .containsExactly(RecordKind.POSITIVE, RecordKind.NEGATIVE, RecordKind.HARD_NEGATIVE);
    // 3 M x $0.15 + 1 M x $0.60 = $1.05
    assertThat(tutor.usage().report(OpenAiChatClientTest.settings(server, LlmProvider.OPENAI, "/")))
        .hasToString("3,000,000 input + 1,000,000 output tokens in 1 request: $1.05");
    assertThat(tutor.stats().recordsKept()).isEqualTo(3);
    assertThat(tutor.stats().offsetsFixed()).isZero();
  }

  @Test
  void asksForThePlannedKindsAndLabels() {
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer(GOOD, 1, 1)));

    tutor(LlmProvider.OPENAI, 0)
        .generate(new GenerationRequest(3, 7, 0.10, 0.30, List.of("missed surface form: 'IAM'")));

    FakeLlmServer.Received request = server.requests().get(0);
    String system = request.json().at("/messages/0/content").asText();
    String user = request.json().at("/messages/1/content").asText();
    assertThat(system).contains("MEASUREMENT").contains("hard-negative");
    assertThat(user)
        .contains("Write 3 records")
        .contains("positive; about: missed surface form: 'IAM'")
        .contains("hard-negative; about:")
        .contains("must exercise that error pattern")
        .doesNotContain("{{");
  }

  @Test
  void generatesRecordsFromAGeminiAnswer() {
    server.enqueue(Reply.ok(FakeLlmServer.geminiAnswer(GOOD, 1_000_000, 100_000)));
    LlmTutor tutor = tutor(LlmProvider.GEMINI, 0);

    List<SynthRecord> records = tutor.generate(request(3));

    assertThat(records).hasSize(3);
    assertThat(records.get(0).meta().generator()).isEqualTo("gemini:test-model");
    assertThat(server.requests().get(0).path())
        .isEqualTo("/v1beta/models/test-model:generateContent");
    // 1 M x $0.15 + 0.1 M x $0.60 = $0.21
    assertThat(
            tutor
                .usage()
                .report(OpenAiChatClientTest.settings(server, LlmProvider.GEMINI, "/"))
                .costCents())
        .isEqualByComparingTo("0.21");
  }

  @Test
  void asksAgainAfterAMalformedAnswer() {
    server.enqueue(
        Reply.ok(FakeLlmServer.openAiAnswer("Aquí tienes: {\"records\": [{\"text\": \"Pac", 5, 5)),
        Reply.ok(FakeLlmServer.openAiAnswer("```json\n" + GOOD + "\n```", 5, 5)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 0);

    List<SynthRecord> records = tutor.generate(request(3));

    assertThat(records).hasSize(3);
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
    assertThat(tutor.usage().requests()).isEqualTo(2);
    assertThat(tutor.stats().skippedBatches()).isEmpty();
  }

  @Test
  void skipsABatchWhoseAnswersStayMalformed() {
    server.enqueue(
        Reply.ok(FakeLlmServer.openAiAnswer("no puedo", 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer("{\"registros\": []}", 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer("{\"records\": [}", 1, 1)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 0);

    List<SynthRecord> records = tutor.generate(request(3));

    assertThat(records).isEmpty();
    assertThat(server.requests()).hasSize(3);
    assertThat(tutor.stats().skippedBatches())
        .containsExactly(Map.entry("malformed-answer/not-json", 1L));
  }

  @Test
  void placesEntitiesWhoseOffsetsAreWrong() {
    String answer =
        """
        {"records": [{"text": "Se solicita hemoglobina y creatinina sérica. Hemoglobina previa normal.",
          "entities": [
            {"text": "hemoglobina", "label": "MEASUREMENT", "start": 0, "end": 5},
            {"text": "creatinina sérica", "label": "MEASUREMENT", "start": 30, "end": 47},
            {"text": "hemoglobina", "label": "MEASUREMENT", "start": 41}],
          "kind": "positive", "template": "plan"}]}
        """;
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer(answer, 1, 1)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 0);

    List<SynthRecord> records = tutor.generate(request(1));

    assertThat(records).hasSize(1);
    // the third one is the capitalised "Hemoglobina" at 45, the only one left
    assertThat(records.get(0).entities())
        .extracting(SynthEntity::start, SynthEntity::end, SynthEntity::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(12, 23, "hemoglobina"),
            org.assertj.core.groups.Tuple.tuple(26, 43, "creatinina sérica"),
            org.assertj.core.groups.Tuple.tuple(45, 56, "Hemoglobina"));
    assertThat(tutor.stats().offsetsFixed()).isEqualTo(3);
  }

  @Test
  void rejectsRecordsWithEntitiesNotInTheTextOrOffTokenBounds() {
    String answer =
        """
        {"records": [
          {"text": "Refiere fiebre de tres días.",
           "entities": [{"text": "diabetes", "label": "CONDITION", "start": 8, "end": 16}],
           "kind": "positive", "template": "urgencias"},
          {"text": "Se realiza TAC abdominal.",
           "entities": [{"text": "TA", "label": "MEASUREMENT", "start": 11, "end": 13}],
           "kind": "positive", "template": "urgencias"},
          {"text": "Refiere fiebre de tres días.",
           "entities": [{"text": "fiebre", "label": "SYMPTOM", "start": 8, "end": 14}],
           "kind": "positive", "template": "urgencias"},
          {"text": "Refiere fiebre de tres días.",
           "entities": [{"text": "fiebre", "label": "CONDITION", "start": 8, "end": 14}],
           "kind": "negative", "template": "urgencias"},
          {"text": "Refiere fiebre de tres días.",
           "entities": [{"text": "fiebre", "label": "CONDITION", "start": 8, "end": 14}],
           "kind": "positive", "template": "urgencias"}]}
        """;
    server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer(answer, 1, 1)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 0);

    List<SynthRecord> records = tutor.generate(request(5));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).id()).isEqualTo("llm-7-000001");
    assertThat(records.get(0).entities().get(0).text()).isEqualTo("fiebre");
    assertThat(tutor.stats().rejectedRecords())
        .containsExactly(
            Map.entry("kind-mismatch", 1L),
            Map.entry("span-not-found", 1L),
            Map.entry("span-not-token", 1L),
            Map.entry("unknown-label", 1L));
  }

  @Test
  void asksAgainForRecordsThatWereRejected() {
    String oneGood =
        """
        {"records": [{"text": "Tratamiento con metformina.", "entities": [
          {"text": "metformina", "label": "DRUG", "start": 16, "end": 26}],
          "kind": "positive", "template": "alta.tratamiento"}]}
        """;
    String twoBad =
        """
        {"records": [
          {"text": "Sin cambios.", "entities": [{"text": "x", "label": "DRUG"}], "kind": "positive"},
          {"text": "", "entities": [], "kind": "negative"}]}
        """;
    server.enqueue(
        Reply.ok(FakeLlmServer.openAiAnswer(twoBad, 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer(oneGood, 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer(oneGood, 1, 1)));
    LlmTutor tutor = tutor(LlmProvider.OPENAI, 2);

    List<SynthRecord> records = tutor.generate(new GenerationRequest(2, 7, 0, 0, List.of()));

    assertThat(records).hasSize(2);
    assertThat(records).extracting(SynthRecord::id).containsExactly("llm-7-000001", "llm-7-000002");
    assertThat(server.requests()).hasSize(3);
    assertThat(server.requests().get(1).json().at("/messages/1/content").asText())
        .contains("Write 2 records");
    assertThat(server.requests().get(2).json().at("/messages/1/content").asText())
        .contains("Write 1 records");
    assertThat(tutor.stats().rejectedRecords())
        .containsEntry("empty-text", 1L)
        .containsEntry("span-not-found", 1L);
  }

  @Test
  void runsBatchesConcurrentlyWhenAsked() {
    String one =
        """
        {"records": [{"text": "Tratamiento con metformina.", "entities": [
          {"text": "metformina", "label": "DRUG", "start": 16, "end": 26}],
          "kind": "positive", "template": "alta.tratamiento"}]}
        """;
    for (int i = 0; i < 3; i++) {
      server.enqueue(Reply.ok(FakeLlmServer.openAiAnswer(one, 10, 20)));
    }
    LlmSettings settings = OpenAiChatClientTest.settings(server, LlmProvider.OPENAI, "/v1");
    LlmTutor tutor =
        new LlmTutor(
            ChatClient.create(settings, new UsageMeter()), new LlmTutor.Options(1, 1, 0, 3));

    List<SynthRecord> records = tutor.generate(new GenerationRequest(3, 5, 0, 0, List.of()));

    assertThat(records)
        .extracting(SynthRecord::id)
        .containsExactly("llm-5-000001", "llm-5-000002", "llm-5-000003");
    assertThat(tutor.stats().batches()).isEqualTo(3);
    assertThat(tutor.usage().inputTokens()).isEqualTo(30);
    assertThat(tutor.usage().outputTokens()).isEqualTo(60);
  }
}
