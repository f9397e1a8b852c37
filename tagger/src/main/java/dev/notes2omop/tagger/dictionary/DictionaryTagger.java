package dev.notes2omop.tagger.dictionary;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.tagger.assertion.SpanishAssertionDetector;
import dev.notes2omop.tagger.text.Tokens;
import dev.notes2omop.tagger.value.DrugDoseExtractor;
import dev.notes2omop.tagger.value.MeasurementValueExtractor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags a note with the surface forms of a term list.
 *
 * <p>Matching:
 *
 * <ul>
 *   <li>Terms and text are split into the same tokens ({@link Tokens}): words (letters and digits)
 *       and single punctuation characters; whitespace and hyphens only separate tokens, so a term
 *       written "amoxicilina-clavulánico" matches "amoxicilina clavulanico" and the other way
 *       round. A match starts and ends on token boundaries ("fa" never matches inside "faringitis")
 *       and never spans a line break.
 *   <li>Tokens are compared folded (lower case, no accents). Terms of at most two letters, and
 *       terms whose letters are all upper case ("FA", "TA", "HTA", "Hb", "K+"), must also match the
 *       case of every letter as written in the term list, so that "fa" or "ta" in ordinary Spanish
 *       is no match. Accents are ignored either way.
 *   <li>Leftmost-longest, non-overlapping: scanning left to right, the longest term starting at the
 *       first token that starts any term wins ("insuficiencia cardiaca congestiva" over
 *       "insuficiencia cardiaca"); the scan resumes after it.
 *   <li>When several terms have the same matching form but different labels or concepts, one is
 *       kept, whatever the input order: a known concept before concept 0, then the label in {@link
 *       EntityLabel} order (CONDITION, DRUG, MEASUREMENT, PROCEDURE), then the smallest concept id.
 * </ul>
 *
 * <p>Each mention then gets its {@link dev.notes2omop.core.nlp.Assertion} from the {@link
 * SpanishAssertionDetector}, and each {@link EntityLabel#MEASUREMENT} mention the value written
 * right after it, from the {@link MeasurementValueExtractor}, and each drug its dose, form and
 * route ({@link DrugDoseExtractor}). The index is built once in the constructor; instances are
 * immutable and thread-safe.
 */
public final class DictionaryTagger implements NoteTagger {

  private static final Logger log = LoggerFactory.getLogger(DictionaryTagger.class);

  /**
   * The tagger's version; {@link #id()} adds a fingerprint of the terms, so that a changed lexicon
   * or vocabulary makes notes count as not yet processed by this tagger.
   */
  public static final String ID = "dictionary-1";

  private static final DrugDoseExtractor DOSES = new DrugDoseExtractor();

  private final String id;
  private final TermIndex index;
  private final SpanishAssertionDetector assertions;
  private final MeasurementValueExtractor values;

  /** A tagger for {@code terms}, with the default Spanish assertion rules and value extractor. */
  public DictionaryTagger(Collection<DictionaryTerm> terms) {
    this(terms, new SpanishAssertionDetector(), new MeasurementValueExtractor());
  }

  /** A tagger for {@code terms} with the given assertion detector and value extractor. */
  public DictionaryTagger(
      Collection<DictionaryTerm> terms,
      SpanishAssertionDetector assertions,
      MeasurementValueExtractor values) {
    Objects.requireNonNull(terms, "terms");
    this.index = new TermIndex(terms);
    this.id = ID + "-" + fingerprint(terms);
    this.assertions = Objects.requireNonNull(assertions, "assertions");
    this.values = Objects.requireNonNull(values, "values");
    log.info("dictionary tagger ready: {} terms, {} surface forms", terms.size(), index.size());
  }

  @Override
  public List<Mention> tag(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return List.of();
    }
    Tokens tokens = Tokens.of(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TermIndex.Match match = index.longestAt(tokens, i);
      if (match == null) {
        i++;
        continue;
      }
      int start = tokens.start(i);
      int end = tokens.end(match.lastToken());
      DictionaryTerm term = match.entry().term();
      Mention mention =
          new Mention(
              start,
              end,
              text.substring(start, end),
              term.label(),
              Assertion.AFFIRMED,
              null,
              term.conceptId());
      if (term.label() == EntityLabel.MEASUREMENT) {
        mention = values.extract(text, end).map(mention::withValue).orElse(mention);
      }
      mentions.add(mention);
      i = match.lastToken() + 1;
    }
    log.debug("{} mentions in a text of {} characters", mentions.size(), text.length());
    return assertions.apply(tokens, DOSES.withDoses(text, mentions));
  }

  /** {@code dictionary-1-} and 8 hex digits of a hash of the terms, whatever their order. */
  @Override
  public String id() {
    return id;
  }

  private static String fingerprint(Collection<DictionaryTerm> terms) {
    List<String> lines = new ArrayList<>(terms.size());
    for (DictionaryTerm term : terms) {
      lines.add(term.term() + '\t' + term.label() + '\t' + term.conceptId());
    }
    Collections.sort(lines);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
