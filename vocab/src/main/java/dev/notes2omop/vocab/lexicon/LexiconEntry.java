package dev.notes2omop.vocab.lexicon;

import dev.notes2omop.core.nlp.TextFolding;
import java.util.Objects;

/**
 * One lexicon line: a term as written, and the concept it names.
 *
 * @param term the text as written ("HTA", "mmHg")
 * @param language ISO 639-1 language code, e.g. {@code es}
 * @param vocabularyId the concept's vocabulary, e.g. {@code SNOMED}
 * @param conceptCode the concept's code in that vocabulary
 * @param domainId the domain expected of the concept, or {@code null}
 * @param note free text, or {@code null}
 * @param source where the entry was read, as {@code FILE:LINE}
 */
public record LexiconEntry(
    String term,
    String language,
    String vocabularyId,
    String conceptCode,
    String domainId,
    String note,
    String source) {

  /** The note prefix of entries that need the full vocabularies: {@value}. */
  public static final String FULL_VOCABULARIES = "full vocabularies";

  public LexiconEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(vocabularyId, "vocabularyId");
    Objects.requireNonNull(conceptCode, "conceptCode");
    Objects.requireNonNull(source, "source");
    if (TextFolding.key(term).isEmpty()) {
      throw new IllegalArgumentException(source + ": the term '" + term + "' has no letters");
    }
  }

  /**
   * The folded form terms are compared by: {@link TextFolding#key} for entity terms, {@link
   * UnitText#fold} for units.
   */
  public String key() {
    return isUnit() ? UnitText.fold(term) : TextFolding.key(term);
  }

  /** Whether this entry is a written form of a unit rather than an entity term. */
  public boolean isUnit() {
    return "Unit".equalsIgnoreCase(domainId) || "UCUM".equals(vocabularyId);
  }

  /**
   * Whether the entry names a concept that small vocabularies (the Eunomia samples) lack: its note
   * starts with {@value #FULL_VOCABULARIES}. Such a code missing from the loaded vocabulary is a
   * warning, not an error.
   */
  public boolean needsFullVocabularies() {
    return note != null
        && note.regionMatches(true, 0, FULL_VOCABULARIES, 0, FULL_VOCABULARIES.length());
  }

  /** {@code vocabulary_id/concept_code}, for messages. */
  public String conceptReference() {
    return vocabularyId + "/" + conceptCode;
  }
}
