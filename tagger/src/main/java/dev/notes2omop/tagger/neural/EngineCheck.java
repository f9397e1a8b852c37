package dev.notes2omop.tagger.neural;

import dev.notes2omop.tagger.model.TokenFeatures;
import dev.notes2omop.tagger.model.Window;
import dev.notes2omop.tagger.model.Windows;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks, when a model tagger opens, that the engine computes the network as {@link
 * ReferenceForward} defines it: a few probe windows of different lengths, scored in one batch (the
 * way notes are), must agree with the plain-Java scores. A CPU or library whose kernels compute
 * something else (docs/model.md, "On AVX-512 CPUs") is refused with a clear error instead of
 * tagging every note wrongly.
 */
public final class EngineCheck {

  /** Largest difference of a score allowed between the engine and the reference. */
  static final double TOLERANCE = 1e-3;

  private static final String PROBE =
      "Paciente de 67 años con HTA, DM2 y FA anticoagulada con acenocumarol que acude por disnea"
          + " y fiebre de 38,5 ºC. Hb 10,2 g/dl, PCR 45 mg/l. Se inicia amoxicilina-clavulánico"
          + " 875/125 mg cada 8 horas vía oral. No refiere dolor torácico. Ecocardiograma"
          + " transtorácico sin alteraciones.\n"
          + "Antecedentes: adenocarcinoma de colon intervenido en 2015, en remisión.\n"
          + "Tratamiento habitual: enalapril 20 mg, metformina 850 mg y omeprazol 20 mg.";

  private EngineCheck() {}

  /** The largest difference between the engine's and the reference's scores of the probe. */
  public static double difference(ModelPackage model) {
    Tokens tokens = Tokens.of(PROBE);
    TokenFeatures all = model.features().features(tokens);
    List<TokenFeatures> windows = new ArrayList<>();
    for (Window w : new Windows(24, 4).split(tokens)) {
      windows.add(all.slice(w));
    }
    List<float[][]> engine;
    try (TaggerPredictor predictor = model.newPredictor()) {
      engine = predictor.scores(windows);
    }
    List<float[][]> reference = model.reference().scores(windows);
    double worst = 0;
    for (int w = 0; w < windows.size(); w++) {
      for (int t = 0; t < engine.get(w).length; t++) {
        for (int k = 0; k < engine.get(w)[t].length; k++) {
          double d = Math.abs(engine.get(w)[t][k] - reference.get(w)[t][k]);
          if (Double.isNaN(d)) {
            return Double.POSITIVE_INFINITY;
          }
          worst = Math.max(worst, d);
        }
      }
    }
    return worst;
  }

  /**
   * @throws TaggerModelException when the engine's scores of the probe are not finite or differ
   *     from the reference by more than the tolerance
   */
  public static void verify(ModelPackage model) {
    double d = difference(model);
    if (!(d <= TOLERANCE)) {
      throw new TaggerModelException(
          String.format(
              Locale.ROOT,
              "the PyTorch engine computes model %s differently from its definition on this"
                  + " machine (largest score difference %.3g, allowed %.0e): its tags would be"
                  + " wrong. See docs/model.md, \"On AVX-512 CPUs\"; --tagger dictionary works"
                  + " meanwhile",
              model.manifest().id(),
              d,
              TOLERANCE));
    }
  }
}
