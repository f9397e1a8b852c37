package dev.notes2omop.tagger.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSpaceTest {

  private static final LabelSet LABELS = LabelSet.standard();

  private static Gazetteer gazetteer() {
    return new Gazetteer(
        LABELS,
        List.of(
            new DictionaryTerm("insuficiencia cardiaca", EntityLabel.CONDITION, 1),
            new DictionaryTerm("insuficiencia cardiaca congestiva", EntityLabel.CONDITION, 2),
            new DictionaryTerm("cardiaca", EntityLabel.CONDITION, 0),
            new DictionaryTerm("Frecuencia cardíaca", EntityLabel.MEASUREMENT, 3),
            new DictionaryTerm("levotiroxina", EntityLabel.DRUG, 4)));
  }

  private static List<Tokens> corpus() {
    return List.of(
        Tokens.of("Insuficiencia cardiaca congestiva. Frecuencia cardiaca 80 lpm."),
        Tokens.of("Niega fiebre. Frecuencia cardiaca 95 lpm; HbA1c 7,2 %."),
        Tokens.of("Paciente con fiebre 😷 y tos."));
  }

  @Test
  void flagsLongestTermsPerLabelIncludingTermsAbsentFromTraining() {
    Gazetteer g = gazetteer();
    Tokens tokens =
        Tokens.of("ICC: insuficiencia cardiaca congestiva y frecuencia cardiaca; LEVOTIROXINA");
    boolean[][] flags = g.flags(tokens);
    int bCond = g.flagIndex(EntityLabel.CONDITION, false);
    int iCond = g.flagIndex(EntityLabel.CONDITION, true);
    int bMeas = g.flagIndex(EntityLabel.MEASUREMENT, false);
    int iMeas = g.flagIndex(EntityLabel.MEASUREMENT, true);
    int bDrug = g.flagIndex(EntityLabel.DRUG, false);
    // tokens: ICC : insuficiencia cardiaca congestiva y frecuencia cardiaca ; LEVOTIROXINA
    assertThat(flags[2][bCond]).isTrue();
    assertThat(flags[3][iCond]).isTrue();
    assertThat(flags[4][iCond]).isTrue();
    assertThat(flags[3][bCond]).as("inside the longest match, not a new one").isFalse();
    // "cardiaca" alone is a CONDITION term, and "frecuencia cardiaca" a MEASUREMENT one
    assertThat(flags[6][bMeas]).isTrue();
    assertThat(flags[7][iMeas]).isTrue();
    assertThat(flags[7][bCond]).isTrue();
    assertThat(flags[9][bDrug]).as("in the lexicon, never in the corpus").isTrue();
    assertThat(flags[0]).containsOnly(false);
    assertThat(flags[5]).containsOnly(false);
    assertThat(g.width()).isEqualTo(8);
  }

  @Test
  void computesWordKeysShapesAndBoundedCharacters() {
    assertThat(FeatureSpace.wordKey("Cardíaca")).isEqualTo("cardiaca");
    assertThat(FeatureSpace.wordKey("SatO2")).isEqualTo("sato0");
    assertThat(FeatureSpace.shape("Insuficiencia")).isEqualTo("Xxxx");
    assertThat(FeatureSpace.shape("HTA")).isEqualTo("XXX");
    assertThat(FeatureSpace.shape("HbA1c")).isEqualTo("XxXdx");
    assertThat(FeatureSpace.shape("2015")).isEqualTo("ddd");
    assertThat(FeatureSpace.shape("😷")).isEqualTo("😷");

    FeatureSpace space = FeatureSpace.build(corpus(), 2, gazetteer(), 6);
    Tokens tokens = Tokens.of("Insuficiencia 😷 tos");
    TokenFeatures f = space.features(tokens);
    // "insuficiencia" seen once, below min count 2; "cardiaca" seen three times
    assertThat(f.words()[0]).isEqualTo(Vocabulary.UNK_ID);
    assertThat(space.words().id("cardiaca")).isGreaterThan(Vocabulary.UNK_ID);
    // head "Ins" and tail "cia" of a 13-character word
    assertThat(f.chars()[0]).hasSize(6);
    assertThat(f.chars()[0])
        .containsExactly(
            space.chars().id("I"),
            space.chars().id("n"),
            space.chars().id("s"),
            space.chars().id("c"),
            space.chars().id("i"),
            space.chars().id("a"));
    // the emoji is one character, then padding
    assertThat(f.chars()[1][0]).isEqualTo(space.chars().id("😷")).isGreaterThan(1);
    assertThat(f.chars()[1][1]).isEqualTo(Vocabulary.PAD_ID);
    assertThat(space.shapes().entry(f.shapes()[0])).isEqualTo("Xxxx");
  }

  @Test
  void isDeterministicAndSurvivesSaveLoadAndSlicing(@TempDir Path dir) throws IOException {
    FeatureSpace space = FeatureSpace.build(corpus(), 1, gazetteer(), 8);
    FeatureSpace again = FeatureSpace.build(corpus(), 1, gazetteer(), 8);
    Tokens note =
        Tokens.of("Frecuencia cardiaca 80 lpm. Insuficiencia cardiaca congestiva con fiebre.");
    TokenFeatures features = space.features(note);
    assertThat(again.features(note)).isEqualTo(features);
    assertThat(again.words().size()).isEqualTo(space.words().size());

    space.save(dir);
    FeatureSpace loaded = FeatureSpace.load(dir, gazetteer(), 8);
    assertThat(loaded.features(note)).isEqualTo(features);

    List<Window> windows = new Windows(8, 2).split(note);
    assertThat(windows).hasSizeGreaterThan(1);
    for (Window w : windows) {
      TokenFeatures slice = features.slice(w);
      assertThat(slice.size()).isEqualTo(w.size());
      assertThat(slice.words()[0]).isEqualTo(space.words().id(FeatureSpace.wordKey(w.original(0))));
    }
  }
}
