package dev.notes2omop.trainer.synth.grammar;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.trainer.data.ConceptRef;
import dev.notes2omop.vocab.lexicon.Lexicon;
import dev.notes2omop.vocab.lexicon.LexiconEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The terms a grammar writes, taken from a lexicon: entity terms by label and by group ({@code
 * groups.tsv}), measurements with value profiles ({@code measurements.tsv}) and drug doses ({@code
 * doses.tsv}). The data files name a concept by one of its lexicon terms; every term of that
 * concept joins. A group that the lexicon leaves empty falls back to every term of the label.
 */
final class TermPool {

  /** A term and the concept it names. */
  record Term(String text, EntityLabel label, ConceptRef concept) {}

  /**
   * How a measurement's values are written.
   *
   * @param decimals digits after the decimal mark, or -1 for a blood pressure ("130/80")
   * @param units the written forms of its units, empty when it has none
   */
  record Profile(double min, double max, int decimals, List<String> units) {}

  /** A measurement term with its value profile. */
  record Measured(Term term, Profile profile) {}

  private static final Profile GENERIC = new Profile(1, 100, 1, List.of());

  private final Map<EntityLabel, List<Term>> byLabel = new EnumMap<>(EntityLabel.class);
  private final Map<String, List<Term>> groups = new HashMap<>();
  private final Map<String, List<Measured>> measured = new HashMap<>();
  private final Map<ConceptRef, List<String>> doses = new HashMap<>();
  private final Map<EntityLabel, List<Term>> focus = new EnumMap<>(EntityLabel.class);

  private final DrugStems drugStems = DrugStems.load();

  private TermPool() {}

  /**
   * The terms of {@code lexicon}.
   *
   * @param focusTerms terms to write more often (the training loop's missed surface forms); those
   *     not in the lexicon are ignored
   * @throws IllegalArgumentException when the lexicon lacks terms of a label
   */
  static TermPool of(Lexicon lexicon, List<String> focusTerms) {
    TermPool pool = new TermPool();
    Set<String> focusKeys = new HashSet<>();
    focusTerms.forEach(t -> focusKeys.add(TextFolding.key(t)));
    for (LexiconEntry entry : lexicon.entries()) {
      if (entry.isUnit()) {
        continue;
      }
      EntityLabel.fromDomain(entry.domainId())
          .ifPresent(
              label -> {
                Term term =
                    new Term(
                        entry.term(),
                        label,
                        new ConceptRef(entry.vocabularyId(), entry.conceptCode()));
                pool.byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(term);
                if (focusKeys.contains(entry.key())) {
                  pool.focus.computeIfAbsent(label, l -> new ArrayList<>()).add(term);
                }
              });
    }
    for (EntityLabel label : EntityLabel.values()) {
      if (!pool.byLabel.containsKey(label)) {
        throw new IllegalArgumentException(
            "the lexicon has no "
                + label.domainId()
                + " terms: the grammar tutor needs terms of every label");
      }
    }
    pool.readGroups();
    pool.readProfiles(lexicon);
    pool.readDoses();
    return pool;
  }

  /** The terms of {@code label} in {@code group} (every term of the label for {@code null}). */
  List<Term> terms(EntityLabel label, String group) {
    if (group == null) {
      return byLabel.get(label);
    }
    return groups.getOrDefault(key(label, group), byLabel.get(label));
  }

  /**
   * A term at random, now and then one of the focus terms of its label, and for a drug now and then
   * a made-up name on a real INN stem ({@link DrugStems}).
   */
  Term pick(EntityLabel label, String group, SplittableRandom rng) {
    List<Term> focused = focus.get(label);
    if (focused != null && rng.nextDouble() < 0.3) {
      return focused.get(rng.nextInt(focused.size()));
    }
    if (label == EntityLabel.DRUG) {
      Term madeUp = drugStems.maybePick(group, rng);
      if (madeUp != null) {
        return madeUp;
      }
    }
    List<Term> candidates = terms(label, group);
    return candidates.get(rng.nextInt(candidates.size()));
  }

  /**
   * {@code text} written as a mention of {@code label}: with the concept of the lexicon term of
   * that label that folds like it, or none when the lexicon has no such term.
   */
  Term focusTerm(EntityLabel label, String text) {
    String key = TextFolding.key(text);
    for (Term t : byLabel.get(label)) {
      if (TextFolding.key(t.text()).equals(key)) {
        return new Term(text, label, t.concept());
      }
    }
    return new Term(text, label, null);
  }

  /** The value profile of a measurement term's concept, or a generic one. */
  Measured measuredOf(Term term) {
    if (term.concept() != null) {
      for (Measured m : measured.getOrDefault("", List.of())) {
        if (m.term().concept().equals(term.concept())) {
          return new Measured(term, m.profile());
        }
      }
    }
    return new Measured(term, GENERIC);
  }

  /** A measurement with a value profile, of {@code group} ({@code null}: any). */
  Measured pickMeasured(String group, SplittableRandom rng) {
    List<Measured> candidates = measured.get(group == null ? "" : group);
    if (candidates == null || candidates.isEmpty()) {
      candidates = measured.get("");
    }
    if (candidates == null || candidates.isEmpty()) {
      return new Measured(pick(EntityLabel.MEASUREMENT, null, rng), GENERIC);
    }
    return candidates.get(rng.nextInt(candidates.size()));
  }

  /** The written doses of a drug's concept, empty when none are known. */
  List<String> doses(ConceptRef concept) {
    return doses.getOrDefault(concept, List.of());
  }

  private static String key(EntityLabel label, String group) {
    return label.name() + "/" + group;
  }

  /** The concepts of the lexicon terms (of {@code label}) that fold like {@code term}. */
  private Set<ConceptRef> conceptsOf(EntityLabel label, String term) {
    String key = TextFolding.key(term);
    Set<ConceptRef> concepts = new HashSet<>();
    for (Term t : byLabel.get(label)) {
      if (TextFolding.key(t.text()).equals(key)) {
        concepts.add(t.concept());
      }
    }
    return concepts;
  }

  private void readGroups() {
    Map<String, Set<ConceptRef>> concepts = new LinkedHashMap<>();
    for (String[] row : Resources.rows("groups.tsv", 3)) {
      EntityLabel label = TemplateParser.labelOf(row[0].strip());
      if (label == null) {
        throw new IllegalArgumentException(
            "groups.tsv: unknown label '" + row[0] + "': use C, D, M or P");
      }
      concepts
          .computeIfAbsent(key(label, row[1].strip()), k -> new HashSet<>())
          .addAll(conceptsOf(label, row[2].strip()));
    }
    for (Map.Entry<String, Set<ConceptRef>> group : concepts.entrySet()) {
      EntityLabel label =
          EntityLabel.parse(group.getKey().substring(0, group.getKey().indexOf('/')));
      List<Term> members = new ArrayList<>();
      for (Term term : byLabel.get(label)) {
        if (group.getValue().contains(term.concept())) {
          members.add(term);
        }
      }
      if (!members.isEmpty()) {
        groups.put(group.getKey(), List.copyOf(members));
      }
    }
  }

  private void readProfiles(Lexicon lexicon) {
    for (String[] row : Resources.rows("measurements.tsv", 6)) {
      Set<ConceptRef> concepts = conceptsOf(EntityLabel.MEASUREMENT, row[0].strip());
      Profile profile =
          new Profile(
              Double.parseDouble(row[2]),
              Double.parseDouble(row[3]),
              row[4].equals("bp") ? -1 : Integer.parseInt(row[4]),
              units(lexicon, row[5]));
      for (Term term : byLabel.get(EntityLabel.MEASUREMENT)) {
        if (concepts.contains(term.concept())) {
          Measured m = new Measured(term, profile);
          measured.computeIfAbsent(row[1].strip(), g -> new ArrayList<>()).add(m);
          measured.computeIfAbsent("", g -> new ArrayList<>()).add(m);
        }
      }
    }
  }

  /**
   * The unit forms of a profile: {@code @code} stands for every lexicon form of the UCUM code, any
   * other field for itself ({@code %}, which has no letters, cannot be a lexicon term); {@code -}
   * for none.
   */
  private static List<String> units(Lexicon lexicon, String field) {
    List<String> forms = new ArrayList<>();
    if (field.strip().equals("-")) {
      return forms;
    }
    for (String spec : field.split("\\|")) {
      spec = spec.strip();
      if (spec.startsWith("@")) {
        String code = spec.substring(1);
        for (LexiconEntry entry : lexicon.entries()) {
          if (entry.isUnit() && entry.conceptCode().equals(code)) {
            forms.add(entry.term());
          }
        }
      } else if (!spec.isEmpty()) {
        forms.add(spec);
      }
    }
    return List.copyOf(forms);
  }

  private void readDoses() {
    for (String[] row : Resources.rows("doses.tsv", 2)) {
      List<String> written = List.of(row[1].split("\\|"));
      for (ConceptRef concept : conceptsOf(EntityLabel.DRUG, row[0].strip())) {
        doses.put(concept, written);
      }
    }
  }
}
