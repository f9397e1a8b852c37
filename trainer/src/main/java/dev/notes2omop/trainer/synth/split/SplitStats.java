package dev.notes2omop.trainer.synth.split;

import dev.notes2omop.core.nlp.Assertion;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.trainer.data.RecordKind;
import dev.notes2omop.trainer.data.SynthEntity;
import dev.notes2omop.trainer.data.SynthRecord;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a split holds.
 *
 * @param records records
 * @param recordsPerLabel records with at least one entity of each label, in label order
 * @param entitiesPerLabel entities of each label
 * @param kinds records of each kind, by its JSON name
 * @param entities entities in all
 * @param assertionShares the share of entities that are negated, possible, about family,
 *     historical, hypothetical
 * @param distinctForms distinct normalised surface forms
 * @param distinctTemplates distinct {@code meta.template}s
 * @param distinctFamilies distinct {@code meta.family}s
 * @param unseenInTrainShare the share of its distinct forms that no train record holds; {@code
 *     null} for train itself
 */
public record SplitStats(
    int records,
    Map<String, Integer> recordsPerLabel,
    Map<String, Integer> entitiesPerLabel,
    Map<String, Integer> kinds,
    int entities,
    Map<String, Double> assertionShares,
    int distinctForms,
    int distinctTemplates,
    int distinctFamilies,
    Double unseenInTrainShare) {

  public SplitStats {
    recordsPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(recordsPerLabel));
    entitiesPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(entitiesPerLabel));
    kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    assertionShares = Collections.unmodifiableMap(new LinkedHashMap<>(assertionShares));
  }

  /**
   * The statistics of {@code records}.
   *
   * @param trainForms the distinct forms of train, or {@code null} when these records are train
   */
  public static SplitStats of(List<SynthRecord> records, Set<String> trainForms) {
    Map<String, Integer> perLabel = new LinkedHashMap<>();
    Map<String, Integer> entitiesPerLabel = new LinkedHashMap<>();
    for (EntityLabel label : EntityLabel.values()) {
      perLabel.put(label.name(), 0);
      entitiesPerLabel.put(label.name(), 0);
    }
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      kinds.put(kind.json(), 0);
    }
    int[] assertions = new int[5];
    int entities = 0;
    Set<String> forms = new HashSet<>();
    Set<String> templates = new HashSet<>();
    Set<String> families = new HashSet<>();
    for (SynthRecord record : records) {
      kinds.merge(record.meta().kind().json(), 1, Integer::sum);
      templates.add(record.meta().template());
      families.add(record.meta().family());
      Set<EntityLabel> labels = EnumSet.noneOf(EntityLabel.class);
      for (SynthEntity entity : record.entities()) {
        entities++;
        labels.add(entity.label());
        entitiesPerLabel.merge(entity.label().name(), 1, Integer::sum);
        forms.add(SurfaceForms.normalise(entity.text()));
        count(entity.assertion(), assertions);
      }
      labels.forEach(l -> perLabel.merge(l.name(), 1, Integer::sum));
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    String[] names = {"negated", "possible", "family", "historical", "hypothetical"};
    for (int i = 0; i < names.length; i++) {
      shares.put(names[i], entities == 0 ? 0.0 : (double) assertions[i] / entities);
    }
    Double unseen = null;
    if (trainForms != null) {
      long missing = forms.stream().filter(f -> !trainForms.contains(f)).count();
      unseen = forms.isEmpty() ? 0.0 : (double) missing / forms.size();
    }
    return new SplitStats(
        records.size(),
        perLabel,
        entitiesPerLabel,
        kinds,
        entities,
        shares,
        forms.size(),
        templates.size(),
        families.size(),
        unseen);
  }

  private static void count(Assertion a, int[] counts) {
    counts[0] += a.negated() ? 1 : 0;
    counts[1] += a.certainty() == Assertion.Certainty.POSSIBLE ? 1 : 0;
    counts[2] += a.subject() == Assertion.Subject.FAMILY ? 1 : 0;
    counts[3] += a.historical() ? 1 : 0;
    counts[4] += a.hypothetical() ? 1 : 0;
  }

  /** The share of records with at least one entity of {@code label}. */
  public double labelShare(EntityLabel label) {
    return records == 0 ? 0 : (double) recordsPerLabel.get(label.name()) / records;
  }

  /** The share of negative and hard-negative records. */
  public double negativeShare() {
    return records == 0
        ? 0
        : (double)
                (kinds.get(RecordKind.NEGATIVE.json()) + kinds.get(RecordKind.HARD_NEGATIVE.json()))
            / records;
  }
}
