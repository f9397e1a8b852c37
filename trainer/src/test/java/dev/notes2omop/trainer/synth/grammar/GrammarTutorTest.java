package dev.notes2omop.trainer.synth.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.trainer.data.BioTagging;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.data.TextSkeleton;
import dev.notes2omop.trainer.synth.Focus;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class GrammarTutorTest {

  private static final Logger LOG = LoggerFactory.getLogger(GrammarTutorTest.class);
  private static final Lexicon LEXICON = Lexicon.bundledSpanish();
  private static final GrammarTutor TUTOR = new GrammarTutor(LEXICON);

  /** 3,000 records with the default shares, shared by the tests that only read them. */
  private static List<SynthRecord> sample;

  @BeforeAll
  static void generateSample() {
    sample = TUTOR.generate(GenerationRequest.of(3000, 7));
  }

  @Test
  void writesExactlyTheNumberOfRecordsAsked() {
    assertThat(TUTOR.generate(GenerationRequest.of(0, 1))).isEmpty();
    assertThat(TUTOR.generate(GenerationRequest.of(1, 1))).hasSize(1);
    assertThat(TUTOR.generate(GenerationRequest.of(137, 1))).hasSize(137);
  }

  @Test
  void sameSeedGivesTheSameJsonLinesAndAnotherSeedDoesNot() {
    List<String> first = json(TUTOR.generate(GenerationRequest.of(500, 11)));
    List<String> again = json(new GrammarTutor().generate(GenerationRequest.of(500, 11)));
    List<String> other = json(TUTOR.generate(GenerationRequest.of(500, 12)));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first.get(42)).contains("\"id\":\"grammar-11-000042\"");
  }

  @Test
  void everyRecordIsWellFormedAndLabelledByItsConceptsDomain() {
    Map<ConceptRef, String> domains = new HashMap<>();
    for (LexiconEntry e : LEXICON.entries()) {
      if (!e.isUnit()) {
        domains.put(new ConceptRef(e.vocabularyId(), e.conceptCode()), e.domainId());
      }
    }
    for (SynthRecord record : sample) {
      assertThat(record.id()).matches("grammar-7-\\d{6}");
      assertThat(record.meta().generator()).isEqualTo("grammar-1");
      assertThat(record.meta().template()).startsWith(record.meta().family() + ".");
      assertThat(BioTagging.isValid(record.tags())).as(record.id()).isTrue();
      assertThat(BioTagging.tag(record.text(), record.entities()).tags()).isEqualTo(record.tags());
      int previousEnd = 0;
      for (SynthEntity entity : record.entities()) {
        assertThat(entity.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(record.text().substring(entity.start(), entity.end())).isEqualTo(entity.text());
        if (entity.concept() == null) {
          // a made-up drug name on an INN stem (DrugStems): a drug, and in no lexicon
          assertThat(entity.label())
              .as("%s in %s", entity.text(), record.id())
              .isEqualTo(EntityLabel.DRUG);
          assertThat(LEXICON.entries()).noneMatch(e -> e.term().equalsIgnoreCase(entity.text()));
          previousEnd = entity.end();
          continue;
        }
        assertThat(EntityLabel.fromDomain(domains.get(entity.concept())))
            .as("%s in %s", entity.text(), record.id())
            .contains(entity.label());
        previousEnd = entity.end();
      }
      switch (record.meta().kind()) {
        case POSITIVE -> assertThat(record.entities()).as(record.id()).isNotEmpty();
        case NEGATIVE -> assertThat(record.entities()).as(record.id()).isEmpty();
        case HARD_NEGATIVE -> {}
      }
    }
  }

  @Test
  void everyTemplateWritesWellFormedRecords() {
    TemplateBook book = TemplateBook.bundled();
    PassageWriter writer = new PassageWriter(TermPool.of(LEXICON, List.of()), Fillers.bundled());
    java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
    for (Template template : book.templates()) {
      for (int i = 0; i < 20; i++) {
        PassageWriter.Passage passage = writer.write(template, rng);
        SynthRecord record =
            SynthRecord.of(
                template.id(),
                passage.text(),
                passage.entities(),
                new dev.notes2omop.trainer.data.RecordMeta(
                    "test", template.id(), template.family(), template.kind(), List.of()));
        assertThat(BioTagging.isValid(record.tags())).isTrue();
        assertThat(passage.text())
            .as(template.id())
            .doesNotContain("  ", "{", "[")
            .isEqualTo(passage.text().strip());
        Set<EntityLabel> labels = EnumSet.noneOf(EntityLabel.class);
        passage.entities().forEach(e -> labels.add(e.label()));
        assertThat(labels).as(template.id()).containsAll(template.labels());
      }
    }
  }

  @Test
  void repeatsNoTextEvenUpToNumbersCaseAndAccents() {
    Set<String> skeletons = new HashSet<>();
    for (SynthRecord record : sample) {
      assertThat(skeletons.add(TextSkeleton.of(record.text())))
          .as("%s repeats an earlier text: %s", record.id(), record.meta().template())
          .isTrue();
    }
  }

  @Test
  void honoursTheLabelAndNegativeShares() {
    assertShares(new GenerationRequest(2000, 3, 0.15, 0.12, List.of()), 0.15, 0.12);
    assertShares(new GenerationRequest(2000, 4, 0.25, 0.10, List.of()), 0.25, 0.10);
    assertShares(new GenerationRequest(2000, 5, 0.0, 0.30, List.of()), 0.0, 0.30);
  }

  private static void assertShares(GenerationRequest request, double perLabel, double negative) {
    List<SynthRecord> records = TUTOR.generate(request);
    Map<EntityLabel, Integer> withLabel = new EnumMap<>(EntityLabel.class);
    int negatives = 0;
    for (SynthRecord record : records) {
      if (record.meta().kind() != RecordKind.POSITIVE) {
        negatives++;
      }
      record.entities().stream()
          .map(SynthEntity::label)
          .distinct()
          .forEach(l -> withLabel.merge(l, 1, Integer::sum));
    }
    for (EntityLabel label : EntityLabel.values()) {
      assertThat(withLabel.getOrDefault(label, 0) / (double) records.size())
          .as("share of %s", label)
          .isGreaterThanOrEqualTo(perLabel)
          .isGreaterThanOrEqualTo(0.10);
    }
    assertThat(negatives / (double) records.size()).isGreaterThanOrEqualTo(negative);
  }

  @Test
  void writesBothKindsOfNegativesInManyFamilies() {
    Set<String> negativeFamilies = new HashSet<>();
    Set<String> hardFamilies = new HashSet<>();
    for (SynthRecord record : sample) {
      if (record.meta().kind() == RecordKind.NEGATIVE) {
        negativeFamilies.add(record.meta().family());
      } else if (record.meta().kind() == RecordKind.HARD_NEGATIVE) {
        hardFamilies.add(record.meta().family());
      }
    }
    assertThat(negativeFamilies).hasSizeGreaterThanOrEqualTo(35);
    assertThat(hardFamilies).hasSizeGreaterThanOrEqualTo(35);
  }

  @Test
  void hasManyFamiliesAndTemplatesAcrossNoteTypes() {
    assertThat(TUTOR.families()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(TUTOR.templateCount()).isGreaterThanOrEqualTo(300);
    assertThat(TUTOR.families())
        .allMatch(f -> f.matches("(alta|urgencias|evolucion|consulta|laboratorio|caso)\\.[a-z]+"));
    for (String noteType : List.of("alta", "urgencias", "evolucion", "consulta", "laboratorio")) {
      assertThat(TUTOR.families().stream().filter(f -> f.startsWith(noteType + ".")).count())
          .as(noteType)
          .isGreaterThanOrEqualTo(6);
    }
    Set<String> usedTemplates = new HashSet<>();
    sample.forEach(r -> usedTemplates.add(r.meta().template()));
    assertThat(usedTemplates).hasSizeGreaterThan(300);
  }

  @Test
  void usesManyDistinctSurfaceFormsOfEveryLabel() {
    Map<EntityLabel, Set<String>> forms = new EnumMap<>(EntityLabel.class);
    for (SynthRecord record : sample) {
      for (SynthEntity e : record.entities()) {
        forms.computeIfAbsent(e.label(), l -> new HashSet<>()).add(TextFolding.key(e.text()));
      }
    }
    assertThat(forms.get(EntityLabel.CONDITION)).hasSizeGreaterThan(200);
    assertThat(forms.get(EntityLabel.DRUG)).hasSizeGreaterThan(80);
    assertThat(forms.get(EntityLabel.MEASUREMENT)).hasSizeGreaterThan(120);
    assertThat(forms.get(EntityLabel.PROCEDURE)).hasSizeGreaterThan(80);
  }

  @Test
  void cueWordsSetTheAssertionAndStayOutsideTheSpan() {
    boolean negated = false;
    boolean family = false;
    boolean uncertain = false;
    boolean historical = false;
    boolean hypothetical = false;
    for (SynthRecord record : sample) {
      String text = TextFolding.fold(record.text());
      for (SynthEntity e : record.entities()) {
        String before = sentenceBefore(text, e.start());
        String span = TextFolding.fold(e.text());
        Assertion a = e.assertion();
        assertThat(span).doesNotStartWith("niega ").doesNotStartWith("sin ");
        assertThat(span).doesNotStartWith("posible ").doesNotStartWith("sospecha de ");
        if (a.negated()) {
          assertThat(before)
              .as("negation cue before '%s' in %s", e.text(), record.id())
              .containsAnyOf("niega", "no ", "sin ", "descart", "negativ", "ausencia");
        }
        if (a.subject() == Assertion.Subject.FAMILY) {
          assertThat(before)
              .as("family cue before '%s' in %s", e.text(), record.id())
              .containsAnyOf(
                  "madre", "padre", "herman", "abuel", "tio", "tia", "hij", "primo", "famil",
                  "af:");
        }
        negated |= a.negated() && before.endsWith("niega ");
        family |= a.subject() == Assertion.Subject.FAMILY && before.endsWith("madre con ");
        uncertain |=
            a.certainty() == Assertion.Certainty.POSSIBLE && before.endsWith("sospecha de ");
        historical |= a.historical() && before.endsWith("intervenido de ");
        hypothetical |= a.hypothetical() && before.endsWith("si presenta ");
      }
    }
    assertThat(List.of(negated, family, uncertain, historical, hypothetical)).containsOnly(true);
  }

  /** The folded text of the sentence before {@code offset}, from its last full stop or break. */
  private static String sentenceBefore(String folded, int offset) {
    int from = Math.max(folded.lastIndexOf(". ", offset - 1), folded.lastIndexOf('\n', offset - 1));
    return folded.substring(Math.max(from, 0), offset);
  }

  @Test
  void misspellsAFewMentionsAndKeepsTheirConcept() {
    Set<String> keys = new HashSet<>();
    Set<String> lowerTerms = new HashSet<>();
    for (LexiconEntry e : LEXICON.entries()) {
      keys.add(TextFolding.key(e.term()));
      lowerTerms.add(e.term().toLowerCase(java.util.Locale.ROOT));
    }
    int mentions = 0;
    int typos = 0;
    int accentsDropped = 0;
    for (SynthRecord record : sample) {
      for (SynthEntity e : record.entities()) {
        if (e.concept() == null) {
          continue; // a made-up drug name, in no lexicon by design
        }
        mentions++;
        if (!keys.contains(TextFolding.key(e.text()))) {
          typos++;
        } else if (!lowerTerms.contains(e.text().toLowerCase(java.util.Locale.ROOT))) {
          accentsDropped++;
        }
      }
    }
    // swapped, doubled or dropped letters: about 3/4 of PassageWriter.TYPO_RATE of the mentions
    // that have a word of five lower-case letters
    assertThat(typos / (double) mentions).isBetween(0.01, 0.05);
    assertThat(accentsDropped / (double) mentions).isBetween(0.01, 0.12);
  }

  @Test
  void writesNoLexiconTermOutsideMentionsExceptInHardNegatives() {
    List<List<String>> terms =
        LEXICON.entries().stream()
            .filter(e -> !e.isUnit())
            .map(e -> BioTagging.tag(e.term(), List.of()).tokens())
            .map(tokens -> tokens.stream().map(TextFolding::fold).toList())
            .distinct()
            .toList();
    for (SynthRecord record : sample) {
      if (record.meta().kind() == RecordKind.HARD_NEGATIVE) {
        continue;
      }
      List<String> tokens = record.tokens().stream().map(TextFolding::fold).toList();
      for (List<String> term : terms) {
        for (int i = 0; i + term.size() <= tokens.size(); i++) {
          if (tokens.subList(i, i + term.size()).equals(term)) {
            assertThat(record.tags().subList(i, i + term.size()))
                .as("'%s' outside a mention in %s: %s", term, record.id(), record.meta().template())
                .noneMatch(BioTagging.OUTSIDE::equals);
          }
        }
      }
    }
  }

  @Test
  void leavesLookAlikesOfHardNegativesUntagged() {
    int allergies = 0;
    int units = 0;
    for (SynthRecord record : sample) {
      String text = record.text();
      for (String lookAlike : List.of("lergia a ", "Unidad de Ictus", "Unidad del Dolor")) {
        int at = text.indexOf(lookAlike);
        if (at < 0) {
          continue;
        }
        int end = at + lookAlike.length() + (lookAlike.endsWith(" ") ? 4 : 0);
        assertThat(record.entities())
            .as("%s: %s", record.id(), lookAlike)
            .noneMatch(e -> e.start() < end && e.end() > at);
        if (lookAlike.startsWith("lergia")) {
          allergies++;
        } else {
          units++;
        }
      }
    }
    assertThat(allergies).isPositive();
    assertThat(units).isPositive();
  }

  @Test
  void writesFocusTermsMoreOften() {
    long plain = countMentions(TUTOR.generate(GenerationRequest.of(600, 9)), "IAM");
    long focused =
        countMentions(
            TUTOR.generate(
                new GenerationRequest(600, 9, 0.1, 0.1, List.of("missed surface form: 'IAM'"))),
            "IAM");
    assertThat(focused).isGreaterThan(plain * 5 + 10);
  }

  @Test
  void writesAFocusedSurfaceFormWithItsLabelInEachRecordOfItsPattern() {
    // "cardiopatia isquemica cronica severa" is not a lexicon term: it is written as it is, no
    // concept
    List<Focus> patterns =
        List.of(
            new Focus(Focus.Kind.MISSED, "IAM", EntityLabel.CONDITION, null, ""),
            new Focus(
                Focus.Kind.BOUNDARY,
                "cardiopatia isquemica cronica severa",
                EntityLabel.CONDITION,
                null,
                ""),
            new Focus(
                Focus.Kind.CONFUSION, "hemoglobina", EntityLabel.MEASUREMENT, EntityLabel.DRUG, ""),
            new Focus(
                Focus.Kind.FALSE_POSITIVE, "Ictus", EntityLabel.CONDITION, null, "Unidad de"));
    List<SynthRecord> records =
        TUTOR.generate(
            new GenerationRequest(12, 5, 0, 0, patterns.stream().map(Focus::describe).toList()));
    assertThat(records).hasSize(12);
    for (int i = 0; i < records.size(); i++) {
      SynthRecord r = records.get(i);
      Focus f = patterns.get(i % patterns.size());
      if (f.kind() == Focus.Kind.FALSE_POSITIVE) {
        assertThat(r.meta().kind()).isEqualTo(RecordKind.HARD_NEGATIVE);
        assertThat(r.text()).contains("Unidad de Ictus.");
        assertThat(r.entities()).noneMatch(e -> e.text().contains("Ictus"));
      } else {
        assertThat(r.meta().kind()).isEqualTo(RecordKind.POSITIVE);
        assertThat(r.entities())
            .as(r.text())
            .anyMatch(
                e ->
                    TextFolding.key(e.text()).equals(TextFolding.key(f.text()))
                        && e.text().substring(1).equals(f.text().substring(1))
                        && e.label() == f.label());
      }
      assertThat(BioTagging.isValid(r.tags())).isTrue();
    }
    SynthEntity iam =
        records.get(0).entities().stream().filter(e -> e.text().equals("IAM")).findFirst().get();
    assertThat(iam.concept()).as("the lexicon's concept for IAM").isNotNull();
    assertThat(
            records.get(1).entities().stream()
                .filter(e -> e.text().endsWith("ardiopatia isquemica cronica severa"))
                .findFirst()
                .get()
                .concept())
        .isNull();
    assertThat(
            json(
                TUTOR.generate(
                    new GenerationRequest(
                        12, 5, 0, 0, patterns.stream().map(Focus::describe).toList()))))
        .as("deterministic")
        .isEqualTo(json(records));
  }

  private static long countMentions(List<SynthRecord> records, String text) {
    return records.stream()
        .flatMap(r -> r.entities().stream())
        .filter(e -> e.text().equals(text))
        .count();
  }

  @Test
  void refusesALexiconWithoutTermsOfEveryLabel() {
    Lexicon conditionsOnly =
        Lexicon.of(
            LEXICON.entries().stream().filter(e -> "Condition".equals(e.domainId())).toList());
    assertThatThrownBy(() -> new GrammarTutor(conditionsOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no Drug terms");
  }

  @Test
  void writesTheStudySizedSetInSeconds() {
    long start = System.nanoTime();
    List<SynthRecord> records = TUTOR.generate(GenerationRequest.of(20_873, 11));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(records).hasSize(20_873);
    Map<RecordKind, Integer> kinds = new EnumMap<>(RecordKind.class);
    Map<EntityLabel, Integer> labels = new EnumMap<>(EntityLabel.class);
    for (SynthRecord record : records) {
      kinds.merge(record.meta().kind(), 1, Integer::sum);
      record.entities().stream()
          .map(SynthEntity::label)
          .distinct()
          .forEach(l -> labels.merge(l, 1, Integer::sum));
    }
    LOG.info(
        "20,873 records (seed 11) in {} ms; kinds {}; records per label {}", millis, kinds, labels);
  }

  private static List<String> json(List<SynthRecord> records) {
    return records.stream().map(RecordCodec::toJson).toList();
  }
}
