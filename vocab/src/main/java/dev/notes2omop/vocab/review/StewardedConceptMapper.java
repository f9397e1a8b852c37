package dev.notes2omop.vocab.review;

import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Mention;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts data stewards' approved decisions before another mapper: a mention whose text has an
 * override maps to its concept (score 1, {@code OVERRIDE}), or to {@link ConceptMatch#NONE} for a
 * "no concept" decision, whatever the fallback or the tagger's concept hint would say. Other
 * mentions go to the fallback. A measurement's unit and operator still come from the fallback.
 * Thread-safe when the fallback is.
 */
public final class StewardedConceptMapper implements ConceptMapper {

  private final StewardOverrides overrides;
  private final ConceptMapper fallback;

  public StewardedConceptMapper(StewardOverrides overrides, ConceptMapper fallback) {
    this.overrides = Objects.requireNonNull(overrides, "overrides");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public MappedMention map(Mention mention) {
    return map(mention, null);
  }

  @Override
  public MappedMention map(Mention mention, String noteText) {
    Optional<ConceptMatch> override = overrides.find(mention.text(), mention.label().domainId());
    if (override.isEmpty()) {
      return noteText == null ? fallback.map(mention) : fallback.map(mention, noteText);
    }
    if (mention.value() == null && mention.dose() == null) {
      return new MappedMention(mention, override.get(), 0, 0);
    }
    MappedMention units =
        noteText == null ? fallback.map(mention) : fallback.map(mention, noteText);
    return new MappedMention(
        mention,
        override.get(),
        units.unitConceptId(),
        units.operatorConceptId(),
        units.valueConceptId(),
        units.routeConceptId());
  }
}
