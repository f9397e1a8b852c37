package dev.notes2omop.trainer.data;

import dev.notes2omop.core.nlp.TextFolding;

/**
 * The skeleton of a text: its letters folded ({@link TextFolding}), digits dropped, every run of
 * other characters one space. Two texts with the same skeleton differ only in numbers, case,
 * accents or punctuation: generators avoid writing them twice and validators reject the second.
 */
public final class TextSkeleton {

  private TextSkeleton() {}

  /** The skeleton of {@code text}. */
  public static String of(String text) {
    String folded = TextFolding.fold(text);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetter(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else if (!Character.isDigit(c)) {
        space = true;
      }
    }
    return sb.toString();
  }
}
