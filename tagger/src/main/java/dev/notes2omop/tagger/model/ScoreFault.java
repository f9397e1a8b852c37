package dev.notes2omop.tagger.model;

import dev.notes2omop.tagger.text.Tokens;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Fault injection for tests and soak runs (docs/model.md): a window that holds the token {@code
 * token} gets NaN scores, as an engine fault would give. {@code once}: only the first predictor a
 * thread opens is faulty, so a fresh predictor heals it; otherwise every predictor is.
 */
public final class ScoreFault {

  private final String token;
  private final boolean once;
  private final ThreadLocal<Boolean> hadPredictor = ThreadLocal.withInitial(() -> false);

  private ScoreFault(String token, boolean once) {
    this.token = Objects.requireNonNull(token, "token").toLowerCase(Locale.ROOT);
    this.once = once;
    if (this.token.isBlank()) {
      throw new IllegalArgumentException("a score fault needs a token");
    }
  }

  /** {@code TOKEN} (every predictor) or {@code TOKEN:once} (the first predictor of a thread). */
  public static ScoreFault parse(String spec) {
    if (spec.endsWith(":once")) {
      return new ScoreFault(spec.substring(0, spec.length() - ":once".length()), true);
    }
    return new ScoreFault(spec, false);
  }

  /** Whether a predictor opened now, on this thread, is to be faulty. */
  public boolean strikesNewPredictor() {
    boolean first = !hadPredictor.get();
    hadPredictor.set(true);
    return !once || first;
  }

  /** Sets the scores of {@code window} to NaN when its tokens hold the fault's token. */
  public void apply(Tokens tokens, Window window, float[][] scores) {
    for (int i = window.from(); i < window.to(); i++) {
      if (tokens.original(i).toLowerCase(Locale.ROOT).equals(token)) {
        for (float[] row : scores) {
          Arrays.fill(row, Float.NaN);
        }
        return;
      }
    }
  }

  @Override
  public String toString() {
    return "NaN scores on windows with \"" + token + "\"" + (once ? ", first predictor only" : "");
  }
}
