package dev.notes2omop.vocab;

import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.core.nlp.DictionaryTerm;
import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.vocab.lexicon.Lexicon;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabulary in memory, as the mapper and the dictionary tagger need it: standard concepts of
 * the Condition, Drug, Measurement, Procedure and Unit domains, the non-standard ones that map to
 * them, their names and synonyms, the lexicon resolved against them, UCUM units and measurement
 * operators. Immutable and thread-safe once loaded.
 */
public final class ConceptDictionary {

  private static final Logger log = LoggerFactory.getLogger(ConceptDictionary.class);

  /** Names and synonyms shorter than this are not offered to the tagger. */
  public static final int MIN_TAGGER_TERM_LENGTH = 4;

  /**
   * A concept a text may name.
   *
   * @param concept the standard concept
   * @param sourceConceptId the non-standard concept the text named first, or 0
   * @param matchType whether the text is a lexicon term, a concept name or a synonym
   */
  public record Candidate(Concept concept, int sourceConceptId, MatchType matchType) {}

  private final Map<Integer, Concept> concepts;
  private final Map<Integer, Integer> mapsTo;
  private final Map<String, List<Candidate>> byKey;
  private final Set<Integer> lexiconConcepts;
  private final UnitIndex units;
  private final Map<String, Integer> operators;
  private final List<DictionaryTerm> taggerTerms;
  private final LexiconReport lexiconReport;

  private ConceptDictionary(DictionaryBuilder builder) {
    this.concepts = Map.copyOf(builder.concepts);
    this.mapsTo = Map.copyOf(builder.mapsTo);
    Map<String, List<Candidate>> index = new HashMap<>();
    builder.byKey.forEach((key, list) -> index.put(key, List.copyOf(list)));
    this.byKey = Collections.unmodifiableMap(index);
    this.lexiconConcepts = Set.copyOf(builder.lexiconConcepts);
    this.units = builder.units;
    this.operators = Map.copyOf(builder.operators);
    this.taggerTerms = List.copyOf(builder.taggerTerms);
    this.lexiconReport = builder.report();
  }

  /**
   * Reads the dictionary from the CDM vocabulary tables and resolves {@code lexicon} against it.
   *
   * @param cdmSchema the schema holding the vocabulary tables, e.g. {@code cdm}
   * @throws IllegalStateException when the vocabulary cannot be read
   */
  public static ConceptDictionary load(DataSource dataSource, String cdmSchema, Lexicon lexicon) {
    String schema = SqlIdentifiers.schema(cdmSchema);
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false); // lets the driver stream with a fetch size
      try {
        DictionaryBuilder builder = new DictionaryBuilder(new ConceptQueries(connection, schema));
        builder.read(lexicon);
        connection.commit();
        ConceptDictionary dictionary = new ConceptDictionary(builder);
        log.info(
            "concept dictionary: {} concepts, {} keys, {} tagger terms, {} units, {} operators,"
                + " lexicon {}/{} resolved, in {} ms",
            dictionary.concepts.size(),
            dictionary.byKey.size(),
            dictionary.taggerTerms.size(),
            dictionary.units.size(),
            dictionary.operators.size(),
            dictionary.lexiconReport.resolved().size(),
            dictionary.lexiconReport.total(),
            (System.nanoTime() - started) / 1_000_000);
        return dictionary;
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the vocabulary from schema '"
              + schema
              + "': "
              + e.getMessage()
              + " (load it first with 'vocab load')",
          e);
    }
  }

  /**
   * The terms a dictionary tagger looks for: the lexicon's entity terms first, then the names and
   * synonyms of at least {@value #MIN_TAGGER_TERM_LENGTH} characters of the standard concepts of
   * the four entity domains (drugs at ingredient level only), each with its standard concept.
   */
  public List<DictionaryTerm> taggerTerms() {
    return taggerTerms;
  }

  /** How the lexicon resolved. */
  public LexiconReport lexiconReport() {
    return lexiconReport;
  }

  /** The concept with this id, if the dictionary holds it. */
  public Optional<Concept> concept(int conceptId) {
    return Optional.ofNullable(concepts.get(conceptId));
  }

  /**
   * The standard concept for {@code conceptId}: itself when standard, else its {@code Maps to}
   * target.
   */
  public Optional<Concept> standardConcept(int conceptId) {
    Concept concept = concepts.get(conceptId);
    if (concept == null) {
      return Optional.empty();
    }
    if (concept.isStandard()) {
      return Optional.of(concept);
    }
    Integer target = mapsTo.get(conceptId);
    return target == null ? Optional.empty() : Optional.ofNullable(concepts.get(target));
  }

  /**
   * The concepts {@code text} names, compared after {@link TextFolding#key}: lexicon terms first,
   * then concept names, then synonyms; each resolved to its standard concept.
   */
  public List<Candidate> candidates(String text) {
    return byKey.getOrDefault(TextFolding.key(text), List.of());
  }

  /**
   * How {@code text} names the standard concept {@code conceptId}: {@code LEXICON}, {@code EXACT}
   * or {@code SYNONYM} when it is one of its terms; otherwise {@code LEXICON} for a concept the
   * lexicon names and {@code EXACT} for another.
   */
  public MatchType matchType(int conceptId, String text) {
    for (Candidate candidate : candidates(text)) {
      if (candidate.concept().conceptId() == conceptId) {
        return candidate.matchType();
      }
    }
    return lexiconConcepts.contains(conceptId) ? MatchType.LEXICON : MatchType.EXACT;
  }

  /**
   * The UCUM concept of a unit as written ("mg/dL", "mg/dl", "mmHg", "x10^3/µL"): the exact code,
   * then the lexicon's written forms, then the code without case.
   */
  public OptionalInt unitConceptId(String writtenUnit) {
    return units.find(writtenUnit);
  }

  /**
   * The {@code Meas Value Operator} concept named {@code operator} ({@code <}, {@code <=}, {@code
   * =}, {@code >=}, {@code >}; "≤" and "≥" are read as {@code <=} and {@code >=}), when the
   * vocabulary has it.
   */
  public OptionalInt operatorConceptId(String operator) {
    if (operator == null) {
      return OptionalInt.empty();
    }
    Integer id = operators.get(normaliseOperator(operator));
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** How many concepts the dictionary holds. */
  public int size() {
    return concepts.size();
  }

  /** An operator as the {@code Meas Value Operator} names it: "≤" as {@code <=}, ... */
  public static String normaliseOperator(String operator) {
    String op = operator.strip().replace('\u2264', '≤').replace('\u2265', '≥');
    return switch (op) {
      case "≤", "=<" -> "<=";
      case "≥", "=>" -> ">=";
      case "==" -> "=";
      default -> op;
    };
  }

  /** Orders candidates: lexicon, name, synonym; direct before mapped; then by concept id. */
  static final Comparator<Candidate> CANDIDATE_ORDER =
      Comparator.comparingInt((Candidate c) -> rank(c.matchType()))
          .thenComparingInt(c -> c.sourceConceptId() == 0 ? 0 : 1)
          .thenComparingInt(c -> c.concept().conceptId());

  private static int rank(MatchType type) {
    return switch (type) {
      case OVERRIDE -> 0;
      case LEXICON -> 1;
      case EXACT -> 2;
      case SYNONYM -> 3;
      default -> 4;
    };
  }

  /** Collects the dictionary from the database. */
  static final class DictionaryBuilder {
    final ConceptQueries queries;
    final Map<Integer, Concept> concepts = new HashMap<>();
    final Map<Integer, Integer> mapsTo = new HashMap<>();
    final Map<String, List<Candidate>> byKey = new HashMap<>();
    final Set<Integer> lexiconConcepts = new HashSet<>();
    final UnitIndex units = new UnitIndex();
    final Map<String, Integer> operators = new HashMap<>();
    final List<DictionaryTerm> taggerTerms = new ArrayList<>();
    final Set<String> taggerTermKeys = new HashSet<>();
    final LexiconResolver lexiconResolver = new LexiconResolver();

    DictionaryBuilder(ConceptQueries queries) {
      this.queries = queries;
    }

    LexiconReport report() {
      return lexiconResolver.report();
    }

    void read(Lexicon lexicon) throws SQLException {
      Set<Integer> indexed = new HashSet<>();
      queries.indexedConcepts(
          c -> {
            concepts.put(c.conceptId(), c);
            indexed.add(c.conceptId());
          });
      Map<String, Concept> byCode = lexiconResolver.readCodes(queries, lexicon);
      byCode.values().forEach(c -> concepts.putIfAbsent(c.conceptId(), c));
      readMapsTo();
      Map<Integer, List<String>> synonyms = new HashMap<>();
      queries.synonyms(
          indexed, (id, name) -> synonyms.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
      lexiconResolver.resolve(lexicon, byCode, this);
      for (int id : indexed) {
        Concept concept = concepts.get(id);
        addNames(concept, synonyms.getOrDefault(id, List.of()));
        if ("Unit".equals(concept.domainId())) {
          Optional<Integer> standard = standardId(concept);
          standard.ifPresent(s -> units.addCode(concept.conceptCode(), s, concept.isStandard()));
        }
      }
      queries.operators(c -> operators.putIfAbsent(c.conceptName().strip(), c.conceptId()));
      byKey.values().forEach(list -> list.sort(CANDIDATE_ORDER));
    }

    private void readMapsTo() throws SQLException {
      List<Integer> nonStandard =
          concepts.values().stream().filter(c -> !c.isStandard()).map(Concept::conceptId).toList();
      Map<Integer, List<Integer>> targets = queries.mapsTo(nonStandard);
      Set<Integer> missing = new HashSet<>();
      targets
          .values()
          .forEach(
              list -> list.stream().filter(t -> !concepts.containsKey(t)).forEach(missing::add));
      if (!missing.isEmpty()) {
        queries.conceptsById(missing, c -> concepts.put(c.conceptId(), c));
      }
      targets.forEach(
          (source, list) -> {
            String domain = concepts.get(source).domainId();
            int chosen =
                list.stream()
                    .filter(
                        t -> concepts.containsKey(t) && domain.equals(concepts.get(t).domainId()))
                    .findFirst()
                    .orElse(list.get(0));
            if (concepts.containsKey(chosen)) {
              mapsTo.put(source, chosen);
            }
          });
    }

    Optional<Integer> standardId(Concept concept) {
      if (concept.isStandard()) {
        return Optional.of(concept.conceptId());
      }
      return Optional.ofNullable(mapsTo.get(concept.conceptId()));
    }

    private void addNames(Concept concept, List<String> synonyms) {
      if ("Unit".equals(concept.domainId())) {
        return;
      }
      Optional<Integer> standardId = standardId(concept);
      if (standardId.isEmpty()) {
        return;
      }
      Concept standard = concepts.get(standardId.get());
      int source = concept.isStandard() ? 0 : concept.conceptId();
      Set<String> keys = new HashSet<>();
      addCandidate(concept.conceptName(), new Candidate(standard, source, MatchType.EXACT), keys);
      for (String synonym : synonyms) {
        addCandidate(synonym, new Candidate(standard, source, MatchType.SYNONYM), keys);
      }
      boolean taggable =
          concept.isStandard()
              && (!"Drug".equals(concept.domainId())
                  || "Ingredient".equals(concept.conceptClassId()));
      if (taggable) {
        EntityLabel.fromDomain(concept.domainId())
            .ifPresent(
                label -> {
                  addTaggerTerm(concept.conceptName(), label, concept.conceptId(), true);
                  synonyms.forEach(s -> addTaggerTerm(s, label, concept.conceptId(), true));
                });
      }
    }

    /** Adds a candidate under the text's key, once per concept and key. */
    void addCandidate(String text, Candidate candidate, Set<String> keysOfConcept) {
      String key = TextFolding.key(text);
      if (key.isEmpty() || !keysOfConcept.add(key)) {
        return;
      }
      List<Candidate> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      for (Candidate existing : list) {
        if (existing.concept().conceptId() == candidate.concept().conceptId()
            && existing.matchType() == candidate.matchType()
            && existing.sourceConceptId() == candidate.sourceConceptId()) {
          return;
        }
      }
      list.add(candidate);
    }

    void addTaggerTerm(String term, EntityLabel label, int conceptId, boolean minLength) {
      String stripped = term.strip();
      if (stripped.isEmpty() || (minLength && stripped.length() < MIN_TAGGER_TERM_LENGTH)) {
        return;
      }
      if (taggerTermKeys.add(TextFolding.key(stripped) + "\u0000" + label + "\u0000" + conceptId)) {
        taggerTerms.add(new DictionaryTerm(stripped, label, conceptId));
      }
    }
  }
}
