package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.notes2omop.core.mapping.ConceptMatch;
import dev.notes2omop.core.mapping.MatchType;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MapperKind;
import dev.notes2omop.vocab.index.BuildProgress;
import dev.notes2omop.vocab.index.Candidate;
import dev.notes2omop.vocab.index.IndexStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code notes2omop vocab map}: maps terms as the pipeline maps mentions, and says how. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description =
        "Maps terms to standard concepts (stewards' decisions first, then the concept index) and"
            + " prints, per term, the chosen concept, its score and how it matched.")
final class VocabMapCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TERM", arity = "0..*", description = "Terms to map.")
  List<String> terms = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "A file of one term per line, optionally followed by a tab and a domain.")
  Path input;

  @Option(
      names = "--domain",
      paramLabel = "DOMAIN",
      description =
          "The domain of the terms' mentions (Condition, Drug, Measurement, Procedure, Observation,"
              + " Unit); default: any. A domain in --input wins.")
  String domain;

  @Option(names = "--json", description = "One JSON object per line instead of text.")
  boolean json;

  @Option(
      names = "--top",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Also list the N best index candidates of each term (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--stats",
      description = "Print the index's size and the mapping latency (p50, p99) on stderr.")
  boolean stats;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (mapping.mapper == MapperKind.DICTIONARY) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "vocab map uses the concept index: leave out --mapper dictionary");
    }
    if (top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 1 or more");
    }
    List<MapTerm> work = workList();
    if (work.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give terms to map, or --input FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = Database.open(database.settings())) {
      BuildProgress progress = IndexProgressPrinter.forTerminal();
      try (ConceptMappers mappers =
          ConceptMappers.open(
              db.dataSource(), db.schemas(), mapping.settings(database.dataDir), null, progress)) {
        IndexProgressPrinter.finish(progress);
        long[] nanos = new long[work.size()];
        for (int i = 0; i < work.size(); i++) {
          MapTerm term = work.get(i);
          long started = System.nanoTime();
          ConceptMatch match = choose(mappers, term);
          List<Candidate> others =
              top > 1 ? mappers.index().candidates(term.term(), term.domain(), top) : List.of();
          nanos[i] = System.nanoTime() - started;
          print(out, term, match, others);
        }
        out.flush();
        if (stats) {
          printStats(mappers.index().index().stats(), nanos);
        }
      }
    }
    return 0;
  }

  private List<MapTerm> workList() throws Exception {
    String defaultDomain;
    try {
      defaultDomain = MapTerm.domain(domain);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--domain: " + e.getMessage());
    }
    List<MapTerm> work = new ArrayList<>();
    for (String term : terms) {
      work.add(new MapTerm(term, defaultDomain));
    }
    if (input != null) {
      work.addAll(MapTerm.read(input, defaultDomain));
    }
    return work;
  }

  /** As the pipeline does: an approved decision first, then the index's best above threshold. */
  private static ConceptMatch choose(ConceptMappers mappers, MapTerm term) {
    return mappers
        .overrides()
        .find(term.term(), term.domain())
        .orElseGet(() -> mappers.index().best(term.term(), term.domain()));
  }

  private void print(PrintWriter out, MapTerm term, ConceptMatch match, List<Candidate> others)
      throws Exception {
    if (json) {
      out.println(JSON.writeValueAsString(jsonObject(term, match, others)));
      return;
    }
    String where = term.domain() == null ? "" : " [" + term.domain() + "]";
    if (match.isMapped()) {
      out.printf(
          Locale.ROOT,
          "%s%s -> %d %s | %s | %s %s | %.2f %s%n",
          term.term(),
          where,
          match.conceptId(),
          match.conceptName(),
          match.domainId(),
          match.vocabularyId(),
          match.conceptCode(),
          match.score(),
          matched(match));
    } else {
      out.printf("%s%s -> no match (concept 0)%n", term.term(), where);
    }
    for (Candidate c : others) {
      out.printf(
          Locale.ROOT,
          "    %.2f %-7s %d %s | %s | %s %s | via \"%s\"%s%n",
          c.score(),
          matched(c.matchType()),
          c.conceptId(),
          c.conceptName(),
          c.domainId(),
          c.vocabularyId(),
          c.conceptCode(),
          c.matchedText(),
          c.sourceConceptId() == 0 ? "" : " of concept " + c.sourceConceptId());
    }
  }

  private static Map<String, Object> jsonObject(
      MapTerm term, ConceptMatch match, List<Candidate> others) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("term", term.term());
    object.put("domain", term.domain());
    object.put("concept_id", match.isMapped() ? match.conceptId() : null);
    object.put("concept_name", match.conceptName());
    object.put("concept_domain", match.domainId());
    object.put("vocabulary_id", match.vocabularyId());
    object.put("concept_code", match.conceptCode());
    object.put("source_concept_id", match.sourceConceptId() == 0 ? null : match.sourceConceptId());
    object.put("score", Math.round(match.score() * 1e4) / 1e4);
    object.put("matched", matched(match.matchType()));
    object.put("broader_via", match.broaderVia());
    if (!others.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Candidate c : others) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("concept_id", c.conceptId());
        candidate.put("concept_name", c.conceptName());
        candidate.put("concept_domain", c.domainId());
        candidate.put("matched_text", c.matchedText());
        candidate.put("source_concept_id", c.sourceConceptId() == 0 ? null : c.sourceConceptId());
        candidate.put("score", Math.round(c.score() * 1e4) / 1e4);
        candidate.put("matched", matched(c.matchType()));
        list.add(candidate);
      }
      object.put("candidates", list);
    }
    return object;
  }

  /** How the match was found: {@code exact}, ..., or {@code matched: broader via "head"}. */
  private static String matched(ConceptMatch match) {
    if (match.isBroader()) {
      return "matched: broader via \"" + match.broaderVia() + "\"";
    }
    return matched(match.matchType());
  }

  private static String matched(MatchType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static void printStats(IndexStats index, long[] nanos) {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long heap = runtime.totalMemory() - runtime.freeMemory();
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    System.err.printf(
        Locale.ROOT,
        "index: %,d texts, %,.1f MB on disk, %s%n",
        index.documents(),
        index.sizeBytes() / 1e6,
        index.rebuilt() ? "built in " + index.buildMillis() / 1000.0 + " s" : "reused");
    System.err.printf(
        Locale.ROOT,
        "mapped %,d terms: p50 %.2f ms, p99 %.2f ms, max %.2f ms; heap in use %,.0f MB%n",
        sorted.length,
        percentile(sorted, 0.50) / 1e6,
        percentile(sorted, 0.99) / 1e6,
        sorted[sorted.length - 1] / 1e6,
        heap / 1e6);
  }

  /** The nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
