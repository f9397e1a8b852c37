package dev.notes2omop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.pipeline.SkipReason;
import dev.notes2omop.core.pipeline.Skipped;
import dev.notes2omop.fhir.FhirItem.SkippedItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputReadingTest {

  private final FhirResourceReader reader = new FhirResourceReader();

  private Skipped skipped(String jsonText) {
    List<FhirItem> items = reader.read(jsonText);
    assertThat(items).singleElement().isInstanceOf(SkippedItem.class);
    return ((SkippedItem) items.get(0)).skipped();
  }

  @Test
  void reportsInvalidJsonWithPositionAndWithoutQuotingTheInput() {
    Skipped skipped =
        skipped("{\"resourceType\":\"DocumentReference\",\n\"description\": insuficiencia renal}");

    assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_JSON);
    assertThat(skipped.resourceId()).isNull();
    assertThat(skipped.detail())
        .startsWith("invalid JSON at line 2")
        .contains("Unrecognized token")
        .doesNotContain("insuficiencia");
  }

  @Test
  void reportsTruncatedJson() {
    Skipped skipped = skipped("{\"resourceType\":\"Patient\",\"id\":\"p-1\"");

    assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_JSON);
    assertThat(skipped.detail()).contains("end-of-input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{} {}", "{\"a\":1} trailing"})
  void treatsEmptyOrTrailingContentAsInvalidJson(String input) {
    assertThat(skipped(input).reason()).isEqualTo(SkipReason.INVALID_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "\"texto\"", "42", "{\"id\":\"x\"}", "{\"resourceType\":7}"})
  void treatsJsonThatIsNoResourceAsInvalidResource(String input) {
    assertThat(skipped(input).reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
  }

  @Test
  void treatsUnknownResourceTypeAsInvalidResource() {
    Skipped skipped = skipped("{\"resourceType\":\"Nota\",\"id\":\"1\"}");

    assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
    assertThat(skipped.detail()).contains("unknown resourceType Nota");
  }

  @Test
  void skipsOtherResourceTypesAsUnsupported() {
    Skipped skipped =
        skipped("{\"resourceType\":\"Observation\",\"id\":\"o-1\",\"status\":\"final\"}");

    assertThat(skipped.reason()).isEqualTo(SkipReason.UNSUPPORTED_RESOURCE_TYPE);
    assertThat(skipped.resourceId()).isEqualTo("Observation/o-1");
  }

  @Test
  void treatsMisshapenContentAsNoTextNamingTheElementWithoutQuotingIt() {
    Skipped skipped = skipped(Fixtures.documentWithContent("d-1", "\"Dolor torácico opresivo\""));

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_TEXT_CONTENT);
    assertThat(skipped.resourceId()).isEqualTo("DocumentReference/d-1");
    assertThat(skipped.detail()).contains("content").doesNotContain("torácico");
  }

  @Test
  void rejectsAnIdThatIsNotAFhirId() {
    Skipped skipped = skipped("{\"resourceType\":\"Patient\",\"id\":\"../../etc/passwd\"}");

    assertThat(skipped.reason()).isEqualTo(SkipReason.INVALID_RESOURCE);
    assertThat(skipped.resourceId()).isNull();
  }

  @Test
  void saysWhereInvalidValuesWereDroppedWithoutQuotingThem() {
    Skipped skipped =
        skipped(
            Fixtures.documentWithContent(
                "d-7",
                "[{\"attachment\":{\"contentType\":\"text/plain\","
                    + "\"data\":\"@@ Juan Pérez, NHC 4471 @@\"}}]"));

    assertThat(skipped.reason()).isEqualTo(SkipReason.NO_TEXT_CONTENT);
    assertThat(skipped.detail()).contains("invalid values were dropped in: data");
    assertThat(skipped.detail()).doesNotContain("Juan", "4471");
  }

  @Test
  void givesNoItemsForABundleWithoutEntries() {
    assertThat(reader.read("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"))
        .isEmpty();
  }
}
