package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.TaggingException;
import java.util.List;

/**
 * Checks a model's window scores before they are decoded: a score that is NaN or infinite means the
 * model or its engine failed, and the note cannot be tagged from them.
 */
public final class FiniteScores {

  private FiniteScores() {}

  /**
   * @param windows the scores {@code [tokens][tags]} of each window of a note
   * @throws TaggingException naming the first window, token and tag whose score is not finite
   */
  public static void require(List<float[][]> windows) {
    for (int w = 0; w < windows.size(); w++) {
      float[][] rows = windows.get(w);
      for (int t = 0; t < rows.length; t++) {
        for (int k = 0; k < rows[t].length; k++) {
          float v = rows[t][k];
          if (!Float.isFinite(v)) {
            throw new TaggingException(
                "the model's scores are not finite ("
                    + v
                    + ") in window "
                    + (w + 1)
                    + " of "
                    + windows.size()
                    + ", token "
                    + t
                    + ", tag "
                    + k);
          }
        }
      }
    }
  }
}
