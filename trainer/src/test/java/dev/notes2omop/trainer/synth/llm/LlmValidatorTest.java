package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.RecordMeta;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.synth.TutorException;
import dev.notes2omop.trainer.synth.Verdict;
import dev.notes2omop.trainer.synth.llm.FakeLlmServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmValidatorTest {

  private FakeLlmServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = FakeLlmServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private LlmValidator validator(int batchSize) {
    LlmSettings settings = OpenAiChatClientTest.settings(server, LlmProvider.OPENAI, "/v1");
    return new LlmValidator(ChatClient.create(settings, new UsageMeter()), batchSize, 2);
  }

  private static SynthRecord record(int n) {
    String text = "Refiere fiebre de tres días.";
    return SynthRecord.of(
        "grammar-1-00000" + n,
        text,
        List.of(
            new SynthEntity(
                8,
                14,
                EntityLabel.CONDITION,
                "fiebre",
                null,
                Assertion.AFFIRMED.withHistorical(true))),
        new RecordMeta("grammar-1", "t", "f", RecordKind.POSITIVE, List.of()));
  }

  @Test
  void mapsVerdictsToRecordsAndRejectsThoseWithoutOne() {
    server.enqueue(
        Reply.ok(
            FakeLlmServer.openAiAnswer(
                """
                {"verdicts": [
                  {"index": 1, "accept": false, "reasons": ["wrong_label", "span-too-long", "meh"]},
                  {"index": 0, "accept": true, "reasons": []},
                  {"index": 3, "accept": false}]}
                """,
                1,
                1)));
    List<SynthRecord> records = List.of(record(1), record(2), record(3), record(4));

    List<Verdict> verdicts = validator(20).validate(records);

    assertThat(verdicts)
        .containsExactly(
            Verdict.accept("grammar-1-000001"),
            Verdict.reject("grammar-1-000002", "llm-wrong-label", "llm-span-too-long", "llm-other"),
            Verdict.reject("grammar-1-000003", LlmValidator.NO_VERDICT),
            Verdict.reject("grammar-1-000004", LlmValidator.NO_REASON));
    String user = server.requests().get(0).json().at("/messages/1/content").asText();
    assertThat(user)
        .contains("Review these 4 records")
        .contains(
            "{\"index\":0,\"text\":\"Refiere fiebre de tres días.\",\"kind\":\"positive\","
                + "\"entities\":[{\"text\":\"fiebre\",\"label\":\"CONDITION\",\"start\":8,\"end\":14,"
                + "\"assertion\":{\"negated\":false,\"certainty\":\"certain\",\"subject\":\"patient\","
                + "\"historical\":true,\"hypothetical\":false}}]}");
  }

  @Test
  void sendsRecordsInBatches() {
    server.enqueue(
        Reply.ok(
            FakeLlmServer.openAiAnswer(
                "{\"verdicts\": [{\"index\": 0, \"accept\": true}, {\"index\": 1, \"accept\": true}]}",
                1,
                1)),
        Reply.ok(
            FakeLlmServer.openAiAnswer(
                "{\"verdicts\": [{\"index\": 0, \"accept\": \"false\", \"reasons\": \"implausible\"}]}",
                1,
                1)));

    List<Verdict> verdicts = validator(2).validate(List.of(record(1), record(2), record(3)));

    assertThat(verdicts)
        .containsExactly(
            Verdict.accept("grammar-1-000001"),
            Verdict.accept("grammar-1-000002"),
            Verdict.reject("grammar-1-000003", "llm-implausible"));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void asksAgainAfterAMalformedAnswer() {
    server.enqueue(
        Reply.ok(
            FakeLlmServer.openAiAnswer("{\"verdicts\": [{\"index\": 0, \"accept\": tru", 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer("[{\"index\": 0, \"accept\": true}]", 1, 1)));

    assertThat(validator(20).validate(List.of(record(1))))
        .containsExactly(Verdict.accept("grammar-1-000001"));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void failsWhenTheAnswerStaysMalformed() {
    server.enqueue(
        Reply.ok(FakeLlmServer.openAiAnswer("{\"verdicts\": \"all good\"}", 1, 1)),
        Reply.ok(FakeLlmServer.openAiAnswer("{\"verdicts\": [{\"i\": 0, \"ok\": true}]}", 1, 1)));

    assertThatThrownBy(() -> validator(20).validate(List.of(record(1))))
        .isInstanceOf(TutorException.class)
        .hasMessageContaining("openai:test-model/validate-v1")
        .hasMessageContaining("after 2 attempts")
        .hasMessageContaining("no-verdicts");
  }

  @Test
  void namesItsPromptVersion() {
    assertThat(validator(20).id()).isEqualTo("openai:test-model/validate-v1");
  }
}
