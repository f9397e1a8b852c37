package dev.notes2omop.tagger.model;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.tagger.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What turns tokens into {@link TokenFeatures}: the word, character and shape vocabularies, the
 * gazetteer and the bound on characters per token. Deterministic: the same tokens always give the
 * same features. Immutable and safe to share between threads.
 *
 * <ul>
 *   <li>Word: the folded token (lower case, no accents) with every digit replaced by {@code 0}
 *       ("Diabetes" and "diabetes" share an id, as do "2015" and "1999").
 *   <li>Characters: the token's code points as written (case and accents kept, an emoji is one
 *       character); a token longer than {@code maxChars} keeps its first {@code maxChars -
 *       maxChars/2} and last {@code maxChars/2} characters, so that Spanish suffixes ("-itis",
 *       "-emia") survive.
 *   <li>Shape: {@code X} for upper case, {@code x} for lower case, {@code d} for a digit, other
 *       characters as they are, runs longer than three cut to three ("Insuficiencia" gives "Xxxx",
 *       "HTA" gives "XXX", "HbA1c" gives "XxXdx", "2015" gives "ddd", "," gives ",").
 * </ul>
 */
public final class FeatureSpace {

  private static final int MAX_RUN = 3;

  private final Vocabulary words;
  private final Vocabulary chars;
  private final Vocabulary shapes;
  private final Gazetteer gazetteer;
  private final int maxChars;

  public FeatureSpace(
      Vocabulary words, Vocabulary chars, Vocabulary shapes, Gazetteer gazetteer, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
    }
    this.words = Objects.requireNonNull(words, "words");
    this.chars = Objects.requireNonNull(chars, "chars");
    this.shapes = Objects.requireNonNull(shapes, "shapes");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.maxChars = maxChars;
  }

  /** The same vocabularies with another gazetteer (e.g. one that also holds a site's terms). */
  public FeatureSpace withGazetteer(Gazetteer other) {
    return new FeatureSpace(words, chars, shapes, other, maxChars);
  }

  /**
   * Builds the vocabularies from training texts: words seen at least {@code minWordCount} times,
   * every character and shape seen.
   */
  public static FeatureSpace build(
      Iterable<Tokens> corpus, int minWordCount, Gazetteer gazetteer, int maxChars) {
    Vocabulary.Builder words = Vocabulary.builder();
    Vocabulary.Builder chars = Vocabulary.builder();
    Vocabulary.Builder shapes = Vocabulary.builder();
    for (Tokens tokens : corpus) {
      for (int i = 0; i < tokens.size(); i++) {
        String original = tokens.original(i);
        words.add(wordKey(original));
        shapes.add(shape(original));
        original.codePoints().forEach(c -> chars.add(Character.toString(c)));
      }
    }
    return new FeatureSpace(
        words.build(minWordCount), chars.build(1), shapes.build(1), gazetteer, maxChars);
  }

  /**
   * The features of every token of a note (slice them per window with {@link TokenFeatures#slice}).
   */
  public TokenFeatures features(Tokens tokens) {
    int n = tokens.size();
    int[] wordIds = new int[n];
    int[][] charIds = new int[n][];
    int[] shapeIds = new int[n];
    for (int i = 0; i < n; i++) {
      String original = tokens.original(i);
      wordIds[i] = words.id(wordKey(original));
      charIds[i] = charIds(original);
      shapeIds[i] = shapes.id(shape(original));
    }
    return new TokenFeatures(wordIds, charIds, shapeIds, gazetteer.flags(tokens));
  }

  private int[] charIds(String token) {
    int[] points = token.codePoints().toArray();
    int[] ids = new int[maxChars];
    int tail = maxChars / 2;
    int head = maxChars - tail;
    for (int k = 0; k < Math.min(points.length, maxChars); k++) {
      int source = points.length <= maxChars || k < head ? k : points.length - (maxChars - k);
      ids[k] = chars.id(Character.toString(points[source]));
    }
    return ids;
  }

  /** The key a word is looked up by: folded, with digits as {@code 0}. */
  public static String wordKey(String token) {
    char[] folded = TextFolding.fold(token).toCharArray();
    for (int k = 0; k < folded.length; k++) {
      if (Character.isDigit(folded[k])) {
        folded[k] = '0';
      }
    }
    return new String(folded);
  }

  /** The shape of a token (see the class comment). */
  public static String shape(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    int run = 0;
    int previous = -1;
    for (int k = 0; k < token.length(); ) {
      int c = token.codePointAt(k);
      k += Character.charCount(c);
      int s;
      if (Character.isUpperCase(c)) {
        s = 'X';
      } else if (Character.isLowerCase(c)) {
        s = 'x';
      } else if (Character.isDigit(c)) {
        s = 'd';
      } else {
        s = c;
      }
      run = s == previous ? run + 1 : 1;
      previous = s;
      if (run <= MAX_RUN) {
        sb.appendCodePoint(s);
      }
    }
    return sb.toString();
  }

  public Vocabulary words() {
    return words;
  }

  public Vocabulary chars() {
    return chars;
  }

  public Vocabulary shapes() {
    return shapes;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public int maxChars() {
    return maxChars;
  }

  /**
   * Writes the vocabularies to {@code dir} as {@code words.vocab}, {@code chars.vocab} and {@code
   * shapes.vocab}; {@code maxChars} and the lexicon behind the gazetteer belong in {@code
   * model.json}.
   */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    words.save(dir.resolve("words.vocab"));
    chars.save(dir.resolve("chars.vocab"));
    shapes.save(dir.resolve("shapes.vocab"));
  }

  /** Reads the vocabularies written by {@link #save}. */
  public static FeatureSpace load(Path dir, Gazetteer gazetteer, int maxChars) throws IOException {
    return new FeatureSpace(
        Vocabulary.load(dir.resolve("words.vocab")),
        Vocabulary.load(dir.resolve("chars.vocab")),
        Vocabulary.load(dir.resolve("shapes.vocab")),
        gazetteer,
        maxChars);
  }
}
