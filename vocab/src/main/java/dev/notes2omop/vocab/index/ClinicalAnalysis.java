package dev.notes2omop.vocab.index;

import dev.notes2omop.core.nlp.TextFolding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis of the concept index, the same at index and at query time.
 *
 * <ul>
 *   <li>{@code folded}: standard tokenizer, lower case, accents folded, Spanish and English stop
 *       words removed (negations kept: {@code no}, {@code sin}, {@code ni}, {@code not}).
 *   <li>{@code stemmed} (field {@link IndexFields#TEXT}): folded, then Lucene's {@link
 *       SpanishLightStemFilter} (plural and gender endings: "neumonías" and "neumonía" meet).
 *   <li>{@code grams} (field {@link IndexFields#GRAMS}): folded tokens wrapped in word-boundary
 *       marks ({@code _tos_}) cut into character 3-grams, so that a misspelt word still shares most
 *       of its grams with the right one.
 * </ul>
 *
 * Thread-safe: Lucene analyzers keep their per-thread state themselves.
 */
final class ClinicalAnalysis implements AutoCloseable {

  /** The character n-gram size of the {@link IndexFields#GRAMS} field and of the Dice score. */
  static final int GRAM = 3;

  /** Stop words that carry meaning in clinical terms and are kept as tokens. */
  private static final Set<String> KEPT = Set.of("no", "sin", "ni", "not", "estado", "estados");

  private static final Pattern WHOLE_TOKEN = Pattern.compile("^(.+)$");

  static final CharArraySet STOP_WORDS = stopWords();

  private final Analyzer folded = new FoldedAnalyzer(false);
  private final Analyzer stemmed = new FoldedAnalyzer(true);
  private final Analyzer grams = new GramAnalyzer();
  private final Analyzer indexing =
      new PerFieldAnalyzerWrapper(
          folded, Map.of(IndexFields.TEXT, stemmed, IndexFields.GRAMS, grams));

  /** The analyzer an {@code IndexWriter} uses: per field, as above. */
  Analyzer indexAnalyzer() {
    return indexing;
  }

  /** The folded tokens of {@code text}, stop words removed, in order. */
  List<String> foldedTokens(String text) {
    return tokens(folded, IndexFields.TEXT, text);
  }

  /** The stemmed tokens of {@code text}, as the {@link IndexFields#TEXT} field holds them. */
  List<String> stemmedTokens(String text) {
    return tokens(stemmed, IndexFields.TEXT, text);
  }

  /** The character grams of {@code text}, as the {@link IndexFields#GRAMS} field holds them. */
  List<String> grams(String text) {
    return tokens(grams, IndexFields.GRAMS, text);
  }

  /** The light Spanish stem of one folded token. */
  static String stem(String token) {
    char[] chars = token.toCharArray();
    int length = new SpanishLightStemmer().stem(chars, chars.length);
    return new String(chars, 0, length);
  }

  /** The distinct boundary-marked character grams of folded tokens ({@code _ab}, {@code abc}). */
  static Set<String> gramSet(List<String> foldedTokens) {
    Set<String> set = new LinkedHashSet<>();
    for (String token : foldedTokens) {
      String marked = "_" + token + "_";
      for (int i = 0; i + GRAM <= marked.length(); i++) {
        set.add(marked.substring(i, i + GRAM));
      }
    }
    return set;
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a text held in memory", e);
    }
    return out;
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(512, false);
    for (CharArraySet source :
        List.of(SpanishAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
      for (Object word : source) {
        String folded = TextFolding.fold(new String((char[]) word));
        if (!KEPT.contains(folded)) {
          set.add(folded);
        }
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private static TokenStream foldedStream(Tokenizer tokenizer) {
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new ASCIIFoldingFilter(stream);
    return new StopFilter(stream, STOP_WORDS);
  }

  @Override
  public void close() {
    indexing.close();
    folded.close();
    stemmed.close();
    grams.close();
  }

  /** Folded tokens, optionally stemmed. */
  private static final class FoldedAnalyzer extends Analyzer {
    private final boolean stem;

    FoldedAnalyzer(boolean stem) {
      this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = foldedStream(tokenizer);
      if (stem) {
        stream = new SpanishLightStemFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }

  /** Boundary-marked character grams of the folded tokens. */
  private static final class GramAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = foldedStream(tokenizer);
      stream = new PatternReplaceFilter(stream, WHOLE_TOKEN, "_$1_", false);
      stream = new NGramTokenFilter(stream, GRAM, GRAM, false);
      return new TokenStreamComponents(tokenizer, stream);
    }
  }
}
