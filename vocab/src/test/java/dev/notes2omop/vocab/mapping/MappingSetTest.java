package dev.notes2omop.vocab.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.omop.testing.TestDatabase;
import dev.notes2omop.vocab.Concept;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.Candidate;
import dev.notes2omop.vocab.index.IndexConceptMapper;
import dev.notes2omop.vocab.index.IndexSource;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.load.AthenaLoader;
import dev.notes2omop.vocab.load.LoadProgress;
import dev.notes2omop.vocab.map.DictionaryConceptMapper;
import dev.notes2omop.vocab.mapping.MappingSet.Entry;
import dev.notes2omop.vocab.mapping.MappingSet.Variation;
import dev.notes2omop.vocab.mapping.MappingTally.Outcome;
import dev.notes2omop.vocab.testing.SampleVocabularies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the concept mapper on the Spanish mapping test set ({@code
 * src/test/resources/mapping/es-mapping-set.tsv}): every term is mapped as an affirmed mention of
 * its domain's label, without a concept hint, against both sample vocabularies and the bundled
 * Spanish lexicon. It reports top-1 accuracy, the share of wrong answers and the share of
 * no-answers, overall, per variation and per domain, on standard output and in {@code
 * target/mapping-set-report.txt}.
 *
 * <p>The thresholds below are today's baseline of {@link DictionaryConceptMapper} (exact lookup
 * after case and accent folding), measured when the set was written: accuracy rounded down and the
 * wrong-answer share rounded up to the percent, so that any regression fails. A better mapper (the
 * Lucene index of issue 4) is to <em>raise</em> them to its own figures; they are never to be
 * lowered. Nor is the set to be fed to a lexicon: it measures, it does not teach.
 *
 * <p>The index mapper ({@link IndexConceptMapper}) is measured the same way, against its own
 * thresholds, set a little under its figures when it was written. Its settings were tuned on the
 * separate tuning set ({@code es-mapping-tune.tsv}, whose figures and a threshold sweep are printed
 * too), never on this one.
 */
class MappingSetTest {

  /** Top-1 accuracy of the dictionary mapper on the whole set, in percent, rounded down. */
  static final double MIN_ACCURACY = 31;

  /** Share of wrong answers of the dictionary mapper on the whole set, in percent, rounded up. */
  static final double MAX_WRONG_SHARE = 0;

  /** Top-1 accuracy of the index mapper on the whole set (measured 81.5 %), a little under. */
  static final double INDEX_MIN_ACCURACY = 80;

  /** Share of wrong answers of the index mapper on the whole set (measured 0 %), a little over. */
  static final double INDEX_MAX_WRONG_SHARE = 1;

  /**
   * The tally of the terms written for issue 4 (every variation but back-off and dose), on which
   * the thresholds above were measured; the terms of issue 13 have their own thresholds below.
   */
  static final String FIRST_TERMS = "issue-4 terms";

  /**
   * Top-1 accuracy of the index mapper on the 18 back-off terms (measured 94.4 %), a little under.
   */
  static final double INDEX_MIN_BACK_OFF_ACCURACY = 90;

  /**
   * Share of wrong answers of the index mapper on the back-off terms (measured 5.6 %: one term, a
   * direct fuzzy match on its cause, not a back-off), a little over.
   */
  static final double INDEX_MAX_BACK_OFF_WRONG_SHARE = 6;

  /** Top-1 accuracy of the index mapper on the 21 dose terms (measured 100 %), a little under. */
  static final double INDEX_MIN_DOSE_ACCURACY = 95;

  /** Share of wrong answers of the index mapper on the dose terms (measured 0 %). */
  static final double INDEX_MAX_DOSE_WRONG_SHARE = 0;

  static final int MIN_TERMS = 200;
  static final int MIN_PER_VARIATION = 15;

  private static List<Entry> entries;
  private static ConceptDictionary dictionary;
  private static DictionaryConceptMapper mapper;
  private static DataSource dataSource;
  private static IndexConceptMapper indexMapper;

  @TempDir static Path dataDir;

  @BeforeAll
  static void load() throws IOException {
    entries = MappingSet.load();
    dataSource = TestDatabase.freshDatabase();
    Path samples = sampleRoot();
    new AthenaLoader(dataSource, SampleVocabularies.CDM)
        .loadAll(
            List.of(samples.resolve("gibleed"), samples.resolve("synthea27nj")), LoadProgress.NONE);
    dictionary =
        ConceptDictionary.load(dataSource, SampleVocabularies.CDM, Lexicon.bundledSpanish());
    mapper = new DictionaryConceptMapper(dictionary);
    indexMapper =
        IndexConceptMapper.open(
            IndexSource.of(dataSource, SampleVocabularies.CDM, Lexicon.bundledSpanish()),
            dataDir.resolve("concept-index"),
            BuildProgress.NONE);
  }

  @AfterAll
  static void close() {
    if (indexMapper != null) {
      indexMapper.close();
    }
  }

  private static Path sampleRoot() {
    String shared = System.getProperty("notes2omop.shared.dir");
    return shared == null
        ? SampleVocabularies.root()
        : Path.of(shared).resolve("data/omop-vocab-sample");
  }

  @Test
  void setHasEnoughTermsOfEveryVariationAndDomain() {
    assertThat(entries).hasSizeGreaterThanOrEqualTo(MIN_TERMS);
    for (Variation variation : Variation.values()) {
      assertThat(entries.stream().filter(e -> e.variation() == variation).count())
          .as("terms of variation %s", variation.fileName())
          .isGreaterThanOrEqualTo(MIN_PER_VARIATION);
    }
    for (EntityLabel label : EntityLabel.values()) {
      assertThat(entries.stream().filter(e -> e.domain().equals(label.domainId())).count())
          .as("terms of domain %s", label.domainId())
          .isGreaterThanOrEqualTo(MIN_PER_VARIATION);
    }
  }

  @Test
  void dictionaryMapperKeepsItsBaselineOnTheMappingSet() throws IOException, SQLException {
    Evaluation dictionaryRun = evaluate(mapper, entries);
    write("mapping-set-report.txt", report("test set", List.of(dictionaryRun)));

    MappingTally overall = dictionaryRun.tallies().get(FIRST_TERMS);
    assertThat(overall.accuracy()).as("top-1 accuracy, %%").isGreaterThanOrEqualTo(MIN_ACCURACY);
    assertThat(overall.wrongShare()).as("wrong answers, %%").isLessThanOrEqualTo(MAX_WRONG_SHARE);
  }

  @Test
  void indexMapperKeepsItsFiguresOnTheMappingSet() throws IOException, SQLException {
    Evaluation dictionaryRun = evaluate(mapper, entries);
    Evaluation indexRun = evaluate(indexMapper, entries);
    write("mapping-set-index-report.txt", report("test set", List.of(dictionaryRun, indexRun)));

    MappingTally overall = indexRun.tallies().get(FIRST_TERMS);
    assertThat(overall.accuracy())
        .as("index mapper top-1 accuracy, %%")
        .isGreaterThanOrEqualTo(INDEX_MIN_ACCURACY);
    assertThat(overall.wrongShare())
        .as("index mapper wrong answers, %%")
        .isLessThanOrEqualTo(INDEX_MAX_WRONG_SHARE);
    MappingTally backOff = indexRun.tallies().get("variation back-off");
    assertThat(backOff.accuracy())
        .as("index mapper top-1 accuracy on back-off terms, %%")
        .isGreaterThanOrEqualTo(INDEX_MIN_BACK_OFF_ACCURACY);
    assertThat(backOff.wrongShare())
        .as("index mapper wrong answers on back-off terms, %%")
        .isLessThanOrEqualTo(INDEX_MAX_BACK_OFF_WRONG_SHARE);
    MappingTally dose = indexRun.tallies().get("variation dose");
    assertThat(dose.accuracy())
        .as("index mapper top-1 accuracy on dose terms, %%")
        .isGreaterThanOrEqualTo(INDEX_MIN_DOSE_ACCURACY);
    assertThat(dose.wrongShare())
        .as("index mapper wrong answers on dose terms, %%")
        .isLessThanOrEqualTo(INDEX_MAX_DOSE_WRONG_SHARE);
  }

  @Test
  void tuningSetSharesNoTermWithTheTestSet() throws IOException {
    Set<String> testTerms =
        entries.stream().map(e -> e.term().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<Entry> tuning = MappingSet.load(MappingSet.TUNING_RESOURCE);

    assertThat(tuning).hasSizeGreaterThanOrEqualTo(80);
    assertThat(tuning)
        .extracting(e -> e.term().toLowerCase(Locale.ROOT))
        .doesNotContainAnyElementsOf(testTerms);
  }

  /**
   * The figures the index mapper's settings were chosen on: both mappers on the tuning set, and the
   * index mapper's accuracy and wrong share for a range of {@code min-score} thresholds.
   */
  @Test
  void reportsBothMappersAndAThresholdSweepOnTheTuningSet() throws IOException, SQLException {
    List<Entry> tuning = MappingSet.load(MappingSet.TUNING_RESOURCE);
    Evaluation dictionaryRun = evaluate(mapper, tuning);
    Evaluation indexRun = evaluate(indexMapper, tuning);
    StringBuilder sb = new StringBuilder(report("tuning set", List.of(dictionaryRun, indexRun)));
    sb.append("threshold sweep (index mapper, tuning set)\n");
    List<Candidate> best = new ArrayList<>();
    List<Integer> expected = new ArrayList<>();
    for (Entry entry : tuning) {
      List<Candidate> top = indexMapper.candidates(entry.term(), entry.domain(), 1);
      best.add(top.isEmpty() ? null : top.get(0));
      expected.add(expectedConceptId(entry));
    }
    for (int t = 50; t <= 90; t += 5) {
      double threshold = t / 100.0;
      MappingTally tally = new MappingTally();
      for (int i = 0; i < best.size(); i++) {
        Candidate c = best.get(i);
        int answered = c == null || c.score() < threshold ? 0 : c.conceptId();
        tally.add(outcome(expected.get(i), answered));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  min-score %.2f: top-1 %5.1f %%, wrong %5.1f %%, none %5.1f %%%n",
              threshold,
              tally.accuracy(),
              tally.wrongShare(),
              tally.noAnswerShare()));
    }
    for (int i = 0; i < best.size(); i++) {
      Candidate c = best.get(i);
      if (tuning.get(i).unmappable() && c != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  unmappable '%s': best %.3f '%s'%n",
                tuning.get(i).term(),
                c.score(),
                c.conceptName()));
      }
    }
    write("mapping-tune-report.txt", sb.toString());

    assertThat(indexRun.tallies().get("overall").accuracy())
        .as("the index mapper beats exact lookup on the tuning set")
        .isGreaterThan(dictionaryRun.tallies().get("overall").accuracy());
  }

  /** One mapper's tallies over a set, and the terms it did not get right. */
  private record Evaluation(
      String mapper, Map<String, MappingTally> tallies, List<String> misses) {}

  private static Evaluation evaluate(ConceptMapper conceptMapper, List<Entry> set)
      throws SQLException {
    Map<String, MappingTally> tallies = new LinkedHashMap<>();
    tallies.put("overall", new MappingTally());
    tallies.put(FIRST_TERMS, new MappingTally());
    for (Variation v : Variation.values()) {
      tallies.put("variation " + v.fileName(), new MappingTally());
    }
    for (EntityLabel label : EntityLabel.values()) {
      tallies.put("domain " + label.domainId(), new MappingTally());
    }
    List<String> misses = new ArrayList<>();
    for (Entry entry : set) {
      int expected = expectedConceptId(entry);
      var match = conceptMapper.map(mention(entry)).concept();
      int answered = match.conceptId();
      Outcome outcome = outcome(expected, answered);
      tallies.get("overall").add(outcome);
      if (entry.variation() != Variation.BACK_OFF && entry.variation() != Variation.DOSE) {
        tallies.get(FIRST_TERMS).add(outcome);
      }
      tallies.get("variation " + entry.variation().fileName()).add(outcome);
      tallies.get("domain " + entry.domain()).add(outcome);
      if (outcome != Outcome.RIGHT) {
        misses.add(
            String.format(
                Locale.ROOT,
                "  line %d %-10s %-13s %s: expected %d, answered %d %s (%.2f)",
                entry.line(),
                outcome,
                entry.variation().fileName(),
                entry.term(),
                expected,
                answered,
                match.conceptName() == null ? "" : "'" + match.conceptName() + "'",
                match.score()));
      }
    }
    return new Evaluation(conceptMapper.getClass().getSimpleName(), tallies, misses);
  }

  private static void write(String name, String report) throws IOException {
    System.out.println(report);
    Path out = Path.of("target", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  private static Mention mention(Entry entry) {
    EntityLabel label =
        EntityLabel.fromDomain(entry.domain())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        MappingSet.RESOURCE
                            + " line "
                            + entry.line()
                            + ": domain '"
                            + entry.domain()
                            + "' has no entity label"));
    String text = entry.mentionText();
    return new Mention(0, text.length(), text, label, Assertion.AFFIRMED, null, 0)
        .withDose(entry.dose());
  }

  private static Outcome outcome(int expected, int answered) {
    if (answered == expected) {
      return Outcome.RIGHT;
    }
    return answered == 0 ? Outcome.NO_ANSWER : Outcome.WRONG;
  }

  /** The standard concept the entry expects, 0 for an unmappable term; fails on an unknown code. */
  private static int expectedConceptId(Entry entry) throws SQLException {
    if (entry.unmappable()) {
      return 0;
    }
    Set<Integer> standard = new TreeSet<>();
    for (int id : conceptIds(entry.vocabularyId(), entry.conceptCode())) {
      dictionary.standardConcept(id).map(Concept::conceptId).ifPresent(standard::add);
    }
    assertThat(standard)
        .as(
            "%s line %d: %s %s must resolve to one standard concept of the samples",
            MappingSet.RESOURCE, entry.line(), entry.vocabularyId(), entry.conceptCode())
        .hasSize(1);
    return standard.iterator().next();
  }

  private static List<Integer> conceptIds(String vocabularyId, String code) throws SQLException {
    String sql =
        "SELECT concept_id FROM "
            + SampleVocabularies.CDM
            + ".concept WHERE vocabulary_id = ? AND concept_code = ?";
    List<Integer> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, vocabularyId);
      ps.setString(2, code);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getInt(1));
        }
      }
    }
    return ids;
  }

  private static String report(String setName, List<Evaluation> runs) {
    StringBuilder sb = new StringBuilder();
    sb.append("Spanish mapping ").append(setName).append('\n');
    sb.append(String.format(Locale.ROOT, "%-26s %6s", "group", "terms"));
    for (Evaluation run : runs) {
      sb.append(String.format(Locale.ROOT, " | %-24s", run.mapper()));
    }
    sb.append('\n').append(String.format(Locale.ROOT, "%-26s %6s", "", ""));
    for (int i = 0; i < runs.size(); i++) {
      sb.append(String.format(Locale.ROOT, " | %7s %7s %7s", "top-1 %", "wrong %", "none %"));
    }
    sb.append('\n');
    for (String group : runs.get(0).tallies().keySet()) {
      sb.append(
          String.format(Locale.ROOT, "%-26s %6d", group, runs.get(0).tallies().get(group).total()));
      for (Evaluation run : runs) {
        MappingTally t = run.tallies().get(group);
        sb.append(
            String.format(
                Locale.ROOT,
                " | %7.1f %7.1f %7.1f",
                t.accuracy(),
                t.wrongShare(),
                t.noAnswerShare()));
      }
      sb.append('\n');
    }
    for (Evaluation run : runs) {
      sb.append(run.mapper()).append(": not right (").append(run.misses().size()).append("):\n");
      run.misses().forEach(m -> sb.append(m).append('\n'));
    }
    return sb.toString();
  }
}
