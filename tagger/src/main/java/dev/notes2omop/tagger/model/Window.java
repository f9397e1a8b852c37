package dev.notes2omop.tagger.model;

import dev.notes2omop.tagger.text.Tokens;
import java.util.Objects;

/**
 * A run of consecutive tokens of a note, {@code from} (inclusive) to {@code to} (exclusive) in the
 * note's {@link Tokens}: a sentence, or what the encoder reads at once. Token {@code i} of the
 * window is token {@code from + i} of the note, and its offsets are offsets in the note.
 */
public final class Window {

  private final Tokens tokens;
  private final int from;
  private final int to;

  /**
   * @throws IllegalArgumentException when the range is empty or outside the tokens
   */
  public Window(Tokens tokens, int from, int to) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    if (from < 0 || to <= from || to > tokens.size()) {
      throw new IllegalArgumentException(
          "window " + from + "-" + to + " is empty or outside 0-" + tokens.size());
    }
    this.from = from;
    this.to = to;
  }

  /** The tokens of the whole note. */
  public Tokens tokens() {
    return tokens;
  }

  /** Index in the note of the window's first token. */
  public int from() {
    return from;
  }

  /** Index in the note after the window's last token. */
  public int to() {
    return to;
  }

  /** The number of tokens in the window. */
  public int size() {
    return to - from;
  }

  /** Whether note token {@code noteToken} is in this window. */
  public boolean contains(int noteToken) {
    return noteToken >= from && noteToken < to;
  }

  /** Offset in the note of the first character of window token {@code i}. */
  public int start(int i) {
    return tokens.start(index(i));
  }

  /** Offset in the note after the last character of window token {@code i}. */
  public int end(int i) {
    return tokens.end(index(i));
  }

  /** The folded text of window token {@code i}. */
  public String key(int i) {
    return tokens.key(index(i));
  }

  /** The original text of window token {@code i}. */
  public String original(int i) {
    return tokens.original(index(i));
  }

  /** The window's text in the note, from its first token's start to its last token's end. */
  public String text() {
    return tokens.text().substring(tokens.start(from), tokens.end(to - 1));
  }

  private int index(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException("token " + i + " of a window of " + size());
    }
    return from + i;
  }

  @Override
  public String toString() {
    return "Window[" + from + "-" + to + "]";
  }
}
