package dev.notes2omop.trainer.synth.validate;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The domain of each concept a lexicon names, to check an entity's label against. */
final class ConceptDomains {

  /** Domain of each known concept; the empty string when the lexicon gives none. */
  private final Map<ConceptRef, String> domains;

  private ConceptDomains(Map<ConceptRef, String> domains) {
    this.domains = domains;
  }

  static ConceptDomains of(Lexicon lexicon) {
    Map<ConceptRef, String> domains = new HashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      ConceptRef concept = new ConceptRef(entry.vocabularyId(), entry.conceptCode());
      String domain = entry.domainId() == null ? "" : entry.domainId();
      domains.merge(concept, domain, (a, b) -> a.isEmpty() ? b : a);
    }
    return new ConceptDomains(Map.copyOf(domains));
  }

  boolean knows(ConceptRef concept) {
    return domains.containsKey(concept);
  }

  /**
   * Whether {@code label} agrees with the domain of {@code concept}: true when the domain is not
   * given, false when it is a domain without a label (a unit, say).
   */
  boolean agrees(ConceptRef concept, EntityLabel label) {
    String domain = domains.get(concept);
    if (domain == null || domain.isEmpty()) {
      return true;
    }
    Optional<EntityLabel> expected = EntityLabel.fromDomain(domain);
    return expected.isPresent() && expected.get() == label;
  }
}
