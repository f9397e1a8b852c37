package dev.notes2omop.vocab.lexicon.terminology;

import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A site lexicon from the Spanish terms of a SNOMED CT release: vocabulary {@code SNOMED}, concept
 * code the SNOMED CT concept id. The domain of an entry is the domain the loaded vocabulary gives
 * the concept; a concept of a domain outside the wanted ones (body structures, organisms,
 * qualifiers) is left out. A concept the loaded vocabulary lacks (a national extension concept, or
 * no vocabulary loaded) is written without a domain and with a note starting {@value
 * LexiconEntry#FULL_VOCABULARIES}: {@code vocab lexicon check} warns about it, it is not tagged,
 * and it maps once a vocabulary that has the concept is loaded. A folded term that names two
 * concepts is ambiguous and left out; a concept's term is written once, its preferred form first.
 */
public final class SnomedLexicon {

  /** The domains kept by default: those the tagger and the concept mapper use. */
  public static final Set<String> DEFAULT_DOMAINS =
      Set.of("Condition", "Drug", "Measurement", "Procedure", "Observation");

  /**
   * What a build produced.
   *
   * @param entries the entries, by concept id and preferred terms first
   * @param terms terms read
   * @param ambiguous terms left out because their folded form names more than one concept
   * @param otherDomain terms left out because their concept's domain is not wanted
   * @param unknownConcept entries written without a domain: the loaded vocabulary lacks the concept
   */
  public record Result(
      List<LexiconEntry> entries, int terms, int ambiguous, int otherDomain, int unknownConcept) {}

  private SnomedLexicon() {}

  /**
   * The entries for {@code terms}.
   *
   * @param domainByCode the loaded vocabulary's domain of each SNOMED concept code it has
   * @param domains the domains to keep
   * @param sourceName the file name written in each entry's {@code source}
   */
  public static Result build(
      List<SnomedRf2Reader.Term> terms,
      Map<String, String> domainByCode,
      Set<String> domains,
      String sourceName) {
    Map<String, Set<String>> conceptsByKey = new HashMap<>();
    for (SnomedRf2Reader.Term t : terms) {
      conceptsByKey
          .computeIfAbsent(TextFolding.key(t.term()), k -> new LinkedHashSet<>())
          .add(t.conceptId());
    }
    List<SnomedRf2Reader.Term> ordered = new ArrayList<>(terms);
    ordered.sort(
        Comparator.comparing((SnomedRf2Reader.Term t) -> t.conceptId().length())
            .thenComparing(SnomedRf2Reader.Term::conceptId)
            .thenComparing(t -> t.preferred() ? 0 : 1)
            .thenComparing(SnomedRf2Reader.Term::descriptionId));
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    int ambiguous = 0;
    int otherDomain = 0;
    int unknown = 0;
    int line = 0;
    for (SnomedRf2Reader.Term t : ordered) {
      String key = TextFolding.key(t.term());
      if (key.isEmpty() || entries.containsKey(key)) {
        continue;
      }
      if (conceptsByKey.get(key).size() > 1) {
        ambiguous++;
        continue;
      }
      String domain = domainByCode.get(t.conceptId());
      String note = t.preferred() ? "SNOMED CT es: preferred" : "SNOMED CT es: acceptable";
      if (domain == null) {
        unknown++;
        note = LexiconEntry.FULL_VOCABULARIES + ": concept not in the loaded vocabulary; " + note;
      } else if (!domains.contains(domain)) {
        otherDomain++;
        continue;
      }
      entries.put(
          key,
          new LexiconEntry(
              t.term(), "es", "SNOMED", t.conceptId(), domain, note, sourceName + ":" + ++line));
    }
    return new Result(List.copyOf(entries.values()), terms.size(), ambiguous, otherDomain, unknown);
  }
}
