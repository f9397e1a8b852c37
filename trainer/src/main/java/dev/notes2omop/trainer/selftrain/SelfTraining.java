package dev.notes2omop.trainer.selftrain;

import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.trainer.data.UnlabeledNote;
import java.util.List;

/**
 * How a training run learns from unlabeled notes. Round 1 trains on the synthetic records plus the
 * notes with silver spans from the gazetteer's terms (and from {@code from}'s spans, when given);
 * each later round marks the notes again with the terms and the model of the round before, and
 * trains a new model from scratch. The last round's model is the result.
 *
 * @param notes the unlabeled notes
 * @param rounds teacher-student rounds, at least 1
 * @param outsideWeight weight in the loss of a silver {@code O} token (an entity token weighs 1)
 * @param windowsPerEpoch silver windows (of those holding an entity) sampled afresh each epoch
 * @param from a model whose spans join the terms' in round 1 (adapt's starting model), or null
 * @param extraTerms terms the teacher marks besides the gazetteer's (a site's own), which the model
 *     then learns from the notes alone: they do not join its gazetteer
 * @param wordRules whether the teacher also marks words by their formation ({@link
 *     WordFormationRules})
 */
public record SelfTraining(
    List<UnlabeledNote> notes,
    int rounds,
    float outsideWeight,
    int windowsPerEpoch,
    ModelPackage from,
    List<DictionaryTerm> extraTerms,
    boolean wordRules) {

  /** Default weight of a silver {@code O}: {@value}. */
  public static final float OUTSIDE_WEIGHT = 0.2f;

  /** Default silver windows per epoch: {@value}. */
  public static final int WINDOWS_PER_EPOCH = 6000;

  /** Default rounds: {@value}. */
  public static final int ROUNDS = 2;

  public SelfTraining {
    notes = List.copyOf(notes);
    extraTerms = List.copyOf(extraTerms);
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    if (!(outsideWeight >= 0f && outsideWeight <= 1f)) {
      throw new IllegalArgumentException("outsideWeight must be in [0, 1], got " + outsideWeight);
    }
    if (windowsPerEpoch < 1) {
      throw new IllegalArgumentException("windowsPerEpoch must be at least 1");
    }
  }

  /** No unlabeled notes: training on the synthetic records alone. */
  public static SelfTraining none() {
    return new SelfTraining(List.of(), 1, OUTSIDE_WEIGHT, WINDOWS_PER_EPOCH, null, List.of(), true);
  }

  /** The default settings for {@code notes}. */
  public static SelfTraining of(List<UnlabeledNote> notes) {
    return new SelfTraining(
        notes, ROUNDS, OUTSIDE_WEIGHT, WINDOWS_PER_EPOCH, null, List.of(), true);
  }

  public boolean enabled() {
    return !notes.isEmpty();
  }

  /** These settings with {@code model}'s spans joining the terms' in round 1. */
  public SelfTraining from(ModelPackage model) {
    return new SelfTraining(
        notes, rounds, outsideWeight, windowsPerEpoch, model, extraTerms, wordRules);
  }
}
