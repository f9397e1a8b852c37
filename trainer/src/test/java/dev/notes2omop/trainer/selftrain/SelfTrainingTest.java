package dev.notes2omop.trainer.selftrain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.model.LabelSet;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerConfig;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SynthRecord;
import dev.notes2omop.trainer.data.UnlabeledNote;
import dev.notes2omop.trainer.synth.GenerationRequest;
import dev.notes2omop.trainer.synth.grammar.GrammarTutor;
import dev.notes2omop.trainer.train.LoopSettings;
import dev.notes2omop.trainer.train.TrainProgress;
import dev.notes2omop.trainer.train.TrainRunner;
import dev.notes2omop.trainer.train.TrainingData;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adapting to unlabeled notes: drug names the synthetic data never has, written in a site's notes
 * and known only to the site's terms (the teacher), are tagged by the model trained on the notes,
 * in sentences it never saw; the model trained on the synthetic data alone does not tag them.
 */
class SelfTrainingTest {

  private static final LabelSet LABELS = LabelSet.standard();
  private static final List<String> SITE_DRUGS =
      List.of(
          "zorbitacina",
          "quelfamida",
          "trenoxol",
          "valmurato",
          "piquedrina",
          "lortaxeno",
          "fenquivir",
          "dalmoprex");
  private static final List<String> NOTE_SHAPES =
      List.of(
          "Desde entonces recibe %s a diario y refiere buena tolerancia.",
          "Se decidió suspender %s por mala tolerancia digestiva.",
          "Tras iniciar %s la evolución fue favorable en pocas semanas.",
          "Había abandonado %s por su cuenta hacía dos meses.",
          "Continúa con %s según la pauta habitual de su médico.",
          "Se añadió %s al tratamiento previo sin incidencias.");
  private static final List<String> PROBES =
      List.of(
          "La paciente mantiene %s desde el alta.",
          "Se retiró %s al ingreso.", "Al mes de tomar %s acudió de nuevo a revisión.");

  @TempDir static Path root;
  private static ModelPackage before;
  private static ModelPackage after;

  @BeforeAll
  static void train() throws IOException {
    Path data = root.resolve("data");
    Files.createDirectories(data);
    write(data.resolve(TrainingData.TRAIN), 400, 1);
    write(data.resolve(TrainingData.TEST), 60, 2);
    write(data.resolve(TrainingData.VALIDATION), 60, 3);
    TrainRunner runner =
        new TrainRunner(
            tiny(), LABELS, TrainRunner.gazetteerTerms(Lexicon.bundledSpanish(), LABELS));
    runner.run("before", data, root.resolve("before"), e -> {});
    List<DictionaryTerm> siteTerms = new ArrayList<>();
    for (String drug : SITE_DRUGS) {
      siteTerms.add(new DictionaryTerm(drug, EntityLabel.DRUG, 0));
    }
    SelfTraining learning =
        new SelfTraining(notes(), 1, SelfTraining.OUTSIDE_WEIGHT, 10_000, null, siteTerms, false);
    runner.run(
        "after",
        data,
        root.resolve("after"),
        LoopSettings.none(),
        learning,
        new TrainProgress() {});
    before = ModelPackage.load(root.resolve("before"));
    after = ModelPackage.load(root.resolve("after"));
  }

  @AfterAll
  static void close() {
    before.close();
    after.close();
  }

  /** Notes of a site: its drug names in narrative sentences, among ordinary sentences. */
  private static List<UnlabeledNote> notes() {
    Random random = new Random(5);
    List<UnlabeledNote> notes = new ArrayList<>();
    for (int n = 0; n < 60; n++) {
      StringBuilder text = new StringBuilder("Paciente de " + (30 + n) + " años. ");
      for (int s = 0; s < 4; s++) {
        String drug = SITE_DRUGS.get(random.nextInt(SITE_DRUGS.size()));
        String shape = NOTE_SHAPES.get(random.nextInt(NOTE_SHAPES.size()));
        text.append(String.format(Locale.ROOT, shape, drug)).append(' ');
      }
      text.append("Sin otros antecedentes de interés.");
      notes.add(new UnlabeledNote("note-" + n, text.toString()));
    }
    return notes;
  }

  private static TaggerConfig tiny() {
    ObjectMapper json = new ObjectMapper();
    TaggerConfig base =
        TrainRunner.withSeed(TaggerConfig.defaults().withSizes(32, 16, 8, 64).withEpochs(8), 7L);
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = json.convertValue(base, Map.class);
    fields.put("maxTokens", 48);
    fields.put("overlap", 8);
    fields.put("minWordCount", 1);
    fields.put("batchSize", 16);
    fields.put("learningRate", 5e-3);
    return json.convertValue(fields, TaggerConfig.class);
  }

  private static void write(Path file, int records, long seed) throws IOException {
    List<SynthRecord> generated = new GrammarTutor().generate(GenerationRequest.of(records, seed));
    Files.write(file, generated.stream().map(RecordCodec::toJson).toList(), StandardCharsets.UTF_8);
  }

  /** How many of the probe sentences' site drugs the model tags as DRUG, exactly. */
  private static int drugsTagged(ModelPackage model) {
    int tagged = 0;
    try (TaggerPredictor predictor = model.newPredictor()) {
      for (String probe : PROBES) {
        for (String drug : SITE_DRUGS) {
          String text = String.format(Locale.ROOT, probe, drug);
          int start = text.indexOf(drug);
          for (TagSpan span : predictor.spans(Tokens.of(text))) {
            if (span.start() == start
                && span.end() == start + drug.length()
                && span.label() == EntityLabel.DRUG) {
              tagged++;
            }
          }
        }
      }
    }
    return tagged;
  }

  @Test
  void theModelTrainedOnTheSyntheticDataAloneDoesNotTagTheSiteDrugs() {
    assertThat(drugsTagged(before)).isLessThanOrEqualTo(PROBES.size() * SITE_DRUGS.size() / 10);
  }

  @Test
  void afterLearningFromTheNotesTheModelTagsThemInSentencesItNeverSaw() {
    assertThat(drugsTagged(after))
        .isGreaterThanOrEqualTo(PROBES.size() * SITE_DRUGS.size() * 3 / 4);
  }

  @Test
  void theSiteTermsDoNotJoinTheAdaptedModelsGazetteer() throws IOException {
    String gazetteer = Files.readString(root.resolve("after").resolve("gazetteer.tsv"));
    for (String drug : SITE_DRUGS) {
      assertThat(gazetteer).doesNotContain(drug);
    }
  }
}
