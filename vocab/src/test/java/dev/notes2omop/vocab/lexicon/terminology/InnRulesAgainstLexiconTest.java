package dev.notes2omop.vocab.lexicon.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INN rules against the Spanish names the bundled lexicon gives RxNorm ingredients: those of
 * the two sample vocabularies (English names from their CONCEPT files), and those of the lexicon's
 * full-vocabulary section (English RxNorm names of its codes written here). The figures are in
 * docs/lexicons.md; the test fails if the share right falls below what was measured.
 */
class InnRulesAgainstLexiconTest {

  private static final Logger log = LoggerFactory.getLogger(InnRulesAgainstLexiconTest.class);

  /** RxNorm ingredients of the lexicon's full-vocabulary section: code and English name. */
  private static final List<InnLexicon.Ingredient> FULL_VOCABULARY_SECTION =
      List.of(
          new InnLexicon.Ingredient("6809", "metformin"),
          new InnLexicon.Ingredient("7646", "omeprazole"),
          new InnLexicon.Ingredient("4603", "furosemide"),
          new InnLexicon.Ingredient("52175", "losartan"),
          new InnLexicon.Ingredient("36437", "sertraline"),
          new InnLexicon.Ingredient("519", "allopurinol"),
          new InnLexicon.Ingredient("19484", "bisoprolol"),
          new InnLexicon.Ingredient("67108", "enoxaparin"),
          new InnLexicon.Ingredient("10689", "tramadol"));

  @Test
  void rulesAgreeWithTheBundledLexiconsNames() throws Exception {
    List<InnLexicon.Ingredient> samples =
        new ConceptLookup(SampleVocabularies.loadedDatabase(), SampleVocabularies.CDM)
            .rxNormIngredients();
    List<InnLexicon.Ingredient> all = new ArrayList<>(samples);
    all.addAll(FULL_VOCABULARY_SECTION);

    InnLexicon.Comparison comparison = InnLexicon.compare(all, Lexicon.bundledSpanish());

    log.info(
        "INN rules against the bundled lexicon: {} compared, {} right ({}), {} wrong ({}), {}"
            + " declined; wrong: {}",
        comparison.compared(),
        comparison.right(),
        String.format("%.3f", comparison.rightShare()),
        comparison.wrong().size(),
        String.format("%.3f", comparison.wrongShare()),
        comparison.declined(),
        comparison.wrong());
    assertThat(comparison.compared()).isGreaterThan(100);
    // measured: 110 of 114 right before the rules' last change, 113 of 114 after (docs/lexicons.md)
    assertThat(comparison.rightShare()).isGreaterThanOrEqualTo(0.95);
    assertThat(comparison.wrongShare()).isLessThanOrEqualTo(0.05);
  }
}
