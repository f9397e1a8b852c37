package dev.notes2omop.trainer.data;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tokens and BIO tags of a text with entities. Tokens are those of the tagger ({@link Tokens}):
 * words, numbers and punctuation marks, hyphens and whitespace between them.
 */
public final class BioTagging {

  /** The tag outside every entity. */
  public static final String OUTSIDE = "O";

  private BioTagging() {}

  /** Tokens and their tags. */
  public record Tagged(List<String> tokens, List<String> tags) {}

  /**
   * Tokenises {@code text} and tags each token.
   *
   * @throws IllegalArgumentException when an entity does not start at a token's start and end at a
   *     token's end, or entities overlap
   */
  public static Tagged tag(String text, List<SynthEntity> entities) {
    Tokens tokens = Tokens.of(text);
    List<String> words = new ArrayList<>(tokens.size());
    String[] tags = new String[tokens.size()];
    Arrays.fill(tags, OUTSIDE);
    for (int i = 0; i < tokens.size(); i++) {
      words.add(text.substring(tokens.start(i), tokens.end(i)));
    }
    for (SynthEntity entity : entities) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.start(i) == entity.start()) {
          first = i;
        }
        if (tokens.end(i) == entity.end()) {
          last = i;
          break;
        }
      }
      if (first < 0 || last < first) {
        throw new IllegalArgumentException(
            "entity " + entity.start() + "-" + entity.end() + " does not align with token bounds");
      }
      for (int i = first; i <= last; i++) {
        if (!OUTSIDE.equals(tags[i])) {
          throw new IllegalArgumentException(
              "entity " + entity.start() + "-" + entity.end() + " overlaps another entity");
        }
        tags[i] = (i == first ? "B-" : "I-") + entity.label().name();
      }
    }
    return new Tagged(words, List.of(tags));
  }

  /**
   * Whether {@code tags} is a valid BIO sequence over the known labels: every tag is {@code O},
   * {@code B-X} or {@code I-X}, and {@code I-X} follows {@code B-X} or {@code I-X}.
   */
  public static boolean isValid(List<String> tags) {
    String previousLabel = null;
    for (String tag : tags) {
      if (OUTSIDE.equals(tag)) {
        previousLabel = null;
        continue;
      }
      if (tag.length() < 3 || tag.charAt(1) != '-') {
        return false;
      }
      String label = tag.substring(2);
      if (!isLabel(label)) {
        return false;
      }
      char prefix = tag.charAt(0);
      if (prefix == 'I' && !label.equals(previousLabel)) {
        return false;
      }
      if (prefix != 'B' && prefix != 'I') {
        return false;
      }
      previousLabel = label;
    }
    return true;
  }

  private static boolean isLabel(String name) {
    for (EntityLabel label : EntityLabel.values()) {
      if (label.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
