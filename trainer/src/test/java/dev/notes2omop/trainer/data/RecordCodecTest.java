package dev.notes2omop.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  private static final String TEXT = "Madre con diabetes mellitus. Niega fiebre.";

  private static SynthRecord record() {
    return SynthRecord.of(
        "grammar-11-000001",
        TEXT,
        List.of(
            new SynthEntity(
                10,
                27,
                EntityLabel.CONDITION,
                "diabetes mellitus",
                new ConceptRef("SNOMED", "73211009"),
                Assertion.AFFIRMED.withSubject(Assertion.Subject.FAMILY)),
            new SynthEntity(
                35,
                41,
                EntityLabel.CONDITION,
                "fiebre",
                null,
                Assertion.AFFIRMED.withNegated(true))),
        new RecordMeta(
            "grammar-1", "af.madre.003", "af.madre", RecordKind.POSITIVE, List.of("rules-1")));
  }

  @Test
  void tagsTokensWithBio() {
    SynthRecord record = record();

    assertThat(record.tokens())
        .containsExactly("Madre", "con", "diabetes", "mellitus", ".", "Niega", "fiebre", ".");
    assertThat(record.tags())
        .containsExactly("O", "O", "B-CONDITION", "I-CONDITION", "O", "O", "B-CONDITION", "O");
    assertThat(BioTagging.isValid(record.tags())).isTrue();
  }

  @Test
  void writesTheDocumentedFieldsInAFixedOrderAndReadsThemBack() {
    String json = RecordCodec.toJson(record());

    assertThat(json)
        .startsWith("{\"id\":\"grammar-11-000001\",\"text\":")
        .contains(
            "\"concept\":{\"vocabulary_id\":\"SNOMED\",\"concept_code\":\"73211009\"}",
            "\"subject\":\"family\"",
            "\"concept\":null",
            "\"kind\":\"positive\"",
            "\"validated_by\":[\"rules-1\"]")
        .doesNotContain("\n");
    assertThat(RecordCodec.fromJson(json)).isEqualTo(record());
  }

  @Test
  void rejectsAnEntityOffTokenBounds() {
    assertThatThrownBy(
            () ->
                SynthRecord.of(
                    "x",
                    TEXT,
                    List.of(
                        new SynthEntity(
                            11,
                            27,
                            EntityLabel.CONDITION,
                            "iabetes mellitus",
                            null,
                            Assertion.AFFIRMED)),
                    new RecordMeta("g", "t", "t", RecordKind.POSITIVE, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not align");
  }

  @Test
  void findsInvalidBioSequences() {
    assertThat(BioTagging.isValid(List.of("O", "I-DRUG"))).isFalse();
    assertThat(BioTagging.isValid(List.of("B-DRUG", "I-CONDITION"))).isFalse();
    assertThat(BioTagging.isValid(List.of("B-FOO"))).isFalse();
    assertThat(BioTagging.isValid(List.of("B-DRUG", "I-DRUG", "O", "B-MEASUREMENT"))).isTrue();
  }

  @Test
  void namesAMissingField() {
    assertThatThrownBy(() -> RecordCodec.fromJson("{\"id\":\"x\"}"))
        .hasMessageContaining("'entities' is missing");
  }
}
