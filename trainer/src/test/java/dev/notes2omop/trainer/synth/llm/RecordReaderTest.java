package dev.notes2omop.trainer.synth.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RecordReader.Result read(String json) throws Exception {
    return RecordReader.read(JSON.readTree(json));
  }

  @Test
  void placesRepeatedWordsInOrderWhenOffsetsAreMissing() throws Exception {
    RecordReader.Result result =
        read(
            """
            {"text": "Dolor en FID. Ecografía: sin dolor a la palpación.",
             "entities": [{"text": "Dolor", "label": "condition"},
                          {"text": "dolor", "label": "CONDITION",
                           "assertion": {"negated": "true", "certainty": "probable"}}]}
            """);

    assertThat(result.rejection()).isNull();
    assertThat(result.draft().kind()).isEqualTo(RecordKind.POSITIVE);
    assertThat(result.draft().family()).isEqualTo("general");
    assertThat(result.draft().entities()).extracting(SynthEntity::start).containsExactly(0, 29);
    assertThat(result.draft().entities().get(1).assertion())
        .isEqualTo(
            Assertion.AFFIRMED.withNegated(true).withCertainty(Assertion.Certainty.POSSIBLE));
  }

  @Test
  void rejectsAssertionsThatMeanNothing() throws Exception {
    assertThat(
            read("""
                    {"text": "Madre con asma.", "entities": [{"text": "asma", "label": "CONDITION",
                      "assertion": {"subject": "neighbour"}}], "kind": "positive"}
                    """)
                .rejection())
        .isEqualTo("bad-assertion");
    assertThat(
            RecordReader.assertion(
                JSON.readTree("{\"subject\": \"familiar\", \"historical\": \"sí\"}")))
        .isEqualTo(Assertion.AFFIRMED.withSubject(Assertion.Subject.FAMILY).withHistorical(true));
  }

  @Test
  void rejectsOverlappingEntitiesAndUnknownKinds() throws Exception {
    assertThat(
            read("""
                    {"text": "Fractura de cadera.", "entities": [
                      {"text": "Fractura de cadera", "label": "CONDITION", "start": 0},
                      {"text": "cadera", "label": "CONDITION", "start": 12}]}
                    """)
                .rejection())
        .isEqualTo("span-overlap");
    assertThat(
            read("{\"text\": \"Sin incidencias.\", \"entities\": [], \"kind\": \"neutral\"}")
                .rejection())
        .isEqualTo("unknown-kind");
    assertThat(read("[1, 2]").rejection()).isEqualTo("not-an-object");
  }

  @Test
  void namesFamiliesSafely() {
    assertThat(RecordReader.family(" Alta / Exploración Física "))
        .isEqualTo("alta-exploracion-fisica");
    assertThat(RecordReader.family("laboratorio.resultados")).isEqualTo("laboratorio.resultados");
    assertThat(RecordReader.family("x".repeat(80))).hasSize(48);
  }

  @Test
  void readsJsonWrappedInProseAndFences() throws Exception {
    JsonNode node =
        AnswerJson.read("Claro:\n```json\n{\"records\": [{\"text\": \"a\"},],}\n```\n", "records");

    assertThat(node.path("records")).hasSize(1);
    assertThat(AnswerJson.read("[{\"index\": 0}]", "verdicts").path("verdicts")).hasSize(1);
    assertThatThrownBy(() -> AnswerJson.read("   ", "records"))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageStartingWith("empty-answer");
    assertThatThrownBy(() -> AnswerJson.read("{\"records\": [", "records"))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageStartingWith("not-json");
  }
}
