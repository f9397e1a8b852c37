package dev.notes2omop.trainer.synth.llm;

import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where an entity the model named sits in the text. Models often get offsets wrong but the
 * entity's text right: the span is searched for in the text, nearest to the offset given, on token
 * bounds and clear of the entities already placed.
 */
final class EntityPlacer {

  /** Why an entity cannot be placed: short, countable reasons. */
  static final String NOT_FOUND = "span-not-found";

  static final String NOT_TOKEN = "span-not-token";
  static final String OVERLAP = "span-overlap";

  /** Where an entity was put, or why it could not be. */
  record Placement(int start, int end, String reason) {

    boolean placed() {
      return reason == null;
    }
  }

  private final String text;
  private final Tokens tokens;
  private final List<int[]> taken = new ArrayList<>();
  private int lastEnd;

  EntityPlacer(String text) {
    this.text = text;
    this.tokens = Tokens.of(text);
  }

  /**
   * Places {@code surface}, given (maybe wrongly) at {@code start} (negative when not given): the
   * exact occurrence nearest to {@code start}, else the nearest one that differs only in case; with
   * no offset, the first after the entity placed before.
   */
  Placement place(String surface, int start) {
    if (surface.isEmpty()) {
      return new Placement(-1, -1, NOT_FOUND);
    }
    Placement exact = nearest(surface, start, false);
    if (exact.placed()) {
      return take(exact);
    }
    Placement anyCase = nearest(surface, start, true);
    return take(anyCase.placed() || NOT_FOUND.equals(exact.reason()) ? anyCase : exact);
  }

  private Placement take(Placement p) {
    if (p.placed()) {
      taken.add(new int[] {p.start(), p.end()});
      lastEnd = Math.max(lastEnd, p.end());
    }
    return p;
  }

  private Placement nearest(String surface, int start, boolean ignoreCase) {
    int n = surface.length();
    int reference = start >= 0 ? start : lastEnd;
    int best = -1;
    long bestScore = Long.MAX_VALUE;
    boolean found = false;
    boolean onTokens = false;
    for (int i = 0; i + n <= text.length(); i++) {
      if (!text.regionMatches(ignoreCase, i, surface, 0, n)) {
        continue;
      }
      found = true;
      if (!alignsWithTokens(i, i + n)) {
        continue;
      }
      onTokens = true;
      if (overlapsTaken(i, i + n)) {
        continue;
      }
      // without an offset, prefer what follows the previous entity: a repeated word is taken in
      // order
      long score =
          start >= 0
              ? Math.abs(i - reference)
              : (i >= reference ? i - reference : text.length() + i);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) {
      return new Placement(best, best + n, null);
    }
    return new Placement(-1, -1, !found ? NOT_FOUND : onTokens ? OVERLAP : NOT_TOKEN);
  }

  private boolean alignsWithTokens(int start, int end) {
    boolean startOk = false;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.start(t) == start) {
        startOk = true;
      }
      if (startOk && tokens.end(t) == end) {
        return true;
      }
      if (tokens.start(t) >= end) {
        return false;
      }
    }
    return false;
  }

  private boolean overlapsTaken(int start, int end) {
    for (int[] span : taken) {
      if (start < span[1] && span[0] < end) {
        return true;
      }
    }
    return false;
  }
}
