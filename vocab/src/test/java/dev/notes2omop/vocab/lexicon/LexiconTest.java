package dev.notes2omop.vocab.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  private static final String HEADER =
      "term\tlanguage\tvocabulary_id\tconcept_code\tdomain\tnote\n";

  @TempDir Path temp;

  @Test
  void bundledSpanishLexiconHasOverSixteenHundredEntriesWithoutAnyProblem() {
    Lexicon lexicon = Lexicon.bundledSpanish();

    assertThat(lexicon.size()).isGreaterThanOrEqualTo(1600);
    LexiconValidation validation = lexicon.validate();
    assertThat(validation.problems()).isEmpty();
    assertThat(lexicon.entries()).allMatch(e -> e.language().equals("es"));
  }

  @Test
  void bundledSpanishLexiconCoversTheCommonAbbreviations() {
    Lexicon lexicon = Lexicon.bundledSpanish();

    assertThat(lexicon.entries())
        .extracting(LexiconEntry::term)
        .contains(
            "HTA",
            "DM2",
            "DM tipo 2",
            "EPOC",
            "IAM",
            "FA",
            "ICC",
            "ITU",
            "TEP",
            "TVP",
            "AAS",
            "Hb",
            "PCR",
            "TA",
            "FC",
            "FR",
            "SatO2",
            "Tª",
            "IMC",
            "HbA1c",
            "GOT",
            "GPT",
            "LDL",
            "HDL",
            "TSH",
            "INR",
            "mmHg",
            "lpm",
            "rpm",
            "ºC",
            "mg/dl",
            "x10^3/µL");
    assertThat(lexicon.entries())
        .filteredOn(e -> e.term().equals("HTA"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vocabularyId()).isEqualTo("SNOMED");
              assertThat(e.conceptCode()).isEqualTo("59621000");
              assertThat(e.domainId()).isEqualTo("Condition");
              assertThat(e.source()).startsWith("es.tsv:");
            });
  }

  @Test
  void unaccentedSpellingHasTheKeyOfTheAccentedTerm() {
    Lexicon lexicon = Lexicon.bundledSpanish();

    assertThat(lexicon.entries())
        .filteredOn(e -> e.key().equals("hipertension arterial"))
        .singleElement()
        .extracting(LexiconEntry::term)
        .isEqualTo("hipertensión arterial");
  }

  @Test
  void reportsDuplicatesAndConflictsWithFileAndLine() throws IOException {
    Path file = temp.resolve("x.tsv");
    Files.writeString(
        file,
        "# comment\n"
            + HEADER
            + "HTA\tes\tSNOMED\t59621000\tCondition\t\n"
            + "hta\tes\tSNOMED\t59621000\n"
            + "Hta\tes\tSNOMED\t38341003\n"
            + "HTA\tca\tSNOMED\t38341003\n",
        StandardCharsets.UTF_8);

    LexiconValidation validation = Lexicon.read(file).validate();

    assertThat(validation.isClean()).isFalse();
    assertThat(validation.duplicates())
        .containsExactly(file + ":4: 'hta' repeats 'HTA' at " + file + ":3");
    assertThat(validation.conflicts())
        .containsExactly(
            file
                + ":5: 'Hta' -> SNOMED/38341003 conflicts with 'HTA' -> SNOMED/59621000 at "
                + file
                + ":3");
  }

  @Test
  void lenientReadSkipsMalformedLinesAndValidationReportsThemWithTheOtherProblems()
      throws IOException {
    Path file = temp.resolve("site.tsv");
    Files.writeString(
        file,
        HEADER
            + "HTA\tes\tSNOMED\t59621000\tCondition\t\n"
            + "TA\tes\tLOINC\n"
            + "\tes\tLOINC\t55284-4\n"
            + "--\tes\tLOINC\t55284-4\n"
            + "tensión\tesp\tLOINC\t55284-4\tMeasurement\n"
            + "hta\tes\tSNOMED\t59621000\n"
            + "Hta\tes\tSNOMED\t38341003\n",
        StandardCharsets.UTF_8);

    Lexicon lexicon = Lexicon.readLenient(file);
    LexiconValidation validation = lexicon.validate();

    assertThat(lexicon.entries())
        .extracting(LexiconEntry::term)
        .containsExactly("HTA", "tensión", "hta", "Hta");
    assertThat(validation.problems(LexiconProblem.Kind.MALFORMED))
        .extracting(LexiconProblem::toString)
        .containsExactly(
            file + ":3: expected 4 to 6 tab-separated columns, found 3",
            file + ":4: term is empty",
            file + ":5: the term '--' has no letters");
    assertThat(validation.problems(LexiconProblem.Kind.UNKNOWN_LANGUAGE))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(file + ":6");
              assertThat(p.isError()).isFalse();
            });
    assertThat(validation.duplicates())
        .containsExactly(file + ":7: 'hta' repeats 'HTA' at " + file + ":2");
    assertThat(validation.conflicts())
        .containsExactly(
            file
                + ":8: 'Hta' -> SNOMED/38341003 conflicts with 'HTA' -> SNOMED/59621000 at "
                + file
                + ":2");
    assertThat(validation.hasErrors()).isTrue();
  }

  @Test
  void lenientReadReportsAWrongHeaderAndStillReadsTheEntries() throws IOException {
    Lexicon lexicon =
        Lexicon.parseLenient(
            new StringReader("HTA\tes\tSNOMED\t59621000\nTA\tes\tLOINC\t55284-4\n"), "h.tsv");

    assertThat(lexicon.entries()).extracting(LexiconEntry::term).containsExactly("HTA", "TA");
    assertThat(lexicon.malformed())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo("h.tsv:1");
              assertThat(p.message()).startsWith("the header must be");
            });
  }

  @Test
  void duplicatesAloneAreWarningsNotErrors() throws IOException {
    Lexicon lexicon =
        Lexicon.parse(
            new StringReader(HEADER + "HTA\tes\tSNOMED\t59621000\nhta\tes\tSNOMED\t59621000\n"),
            "d.tsv");

    LexiconValidation validation = lexicon.validate();

    assertThat(validation.isClean()).isFalse();
    assertThat(validation.hasErrors()).isFalse();
  }

  @Test
  void aNoteStartingWithFullVocabulariesMarksAnEntryTheSamplesLack() throws IOException {
    Lexicon lexicon =
        Lexicon.parse(
            new StringReader(
                HEADER
                    + "metformina\tes\tRxNorm\t6809\tDrug\tFull vocabularies: RxNorm IN\n"
                    + "HTA\tes\tSNOMED\t59621000\tCondition\tabreviatura\n"),
            "f.tsv");

    assertThat(lexicon.entries())
        .extracting(LexiconEntry::needsFullVocabularies)
        .containsExactly(true, false);
  }

  @Test
  void readsOptionalColumnsAsNull() throws IOException {
    Lexicon lexicon = Lexicon.parse(new StringReader(HEADER + "TA\tes\tLOINC\t55284-4\n"), "t.tsv");

    LexiconEntry entry = lexicon.entries().get(0);
    assertThat(entry.domainId()).isNull();
    assertThat(entry.note()).isNull();
    assertThat(entry.source()).isEqualTo("t.tsv:2");
  }

  @Test
  void rejectsALineWithTooFewColumnsNamingFileAndLine() {
    assertThatThrownBy(
            () -> Lexicon.parse(new StringReader(HEADER + "\nTA\tes\tLOINC\n"), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad.tsv:3: expected 4 to 6 tab-separated columns, found 3");
  }

  @Test
  void rejectsAFileWithoutTheHeader() {
    assertThatThrownBy(
            () -> Lexicon.parse(new StringReader("TA\tes\tLOINC\t55284-4\n"), "nohead.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("nohead.tsv:1: the header must be");
  }
}
