package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.core.nlp.TaggingException;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.vocab.ConceptDictionary;
import dev.notes2omop.vocab.index.BuildProgress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code notes2omop tag}: finds and maps the mentions of JSON Lines notes. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description =
        "Reads {\"id\",\"text\"} JSON lines and writes each line back with \"entities\": the"
            + " mentions found, with their offsets (Unicode code points, end exclusive), label,"
            + " text, assertion and concept_id (0 when unmapped). Malformed lines are reported as"
            + " FILE:LINE and skipped, and the exit code is then 2. A note the tagger fails on is"
            + " written with \"error\" and no entities, the rest goes on, and the exit code is"
            + " then 1.")
final class TagCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Notes to tag.")
  Path input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the tagged notes (replaced).")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Notes tagged at once, one model predictor each (default: the number of cores); the"
              + " output keeps the input's order.")
  Integer threads;

  @Mixin TaggerOptions tagger;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), input + " does not exist");
    }
    TaggerSettings taggerSettings = tagger.settings(spec.commandLine());
    MappingSettings settings = mapping.settings(database.dataDir);
    try (Database db = Database.open(database.settings())) {
      ConceptDictionary dictionary =
          TaggerOptions.dictionary(db.dataSource(), db.schemas(), settings.lexicon());
      BuildProgress indexProgress = IndexProgressPrinter.forTerminal();
      try (Taggers.OpenTagger noteTagger =
              TaggerOptions.open(spec.commandLine(), taggerSettings, dictionary);
          ConceptMappers mappers =
              ConceptMappers.open(
                  db.dataSource(), db.schemas(), settings, dictionary, indexProgress)) {
        IndexProgressPrinter.finish(indexProgress);
        return tagFile(noteTagger, mappers.mapper());
      }
    }
  }

  /**
   * A note's output line, how many mentions it holds, and why the tagger failed on it ({@code null}
   * when it did not).
   */
  private record Tagged(String id, String line, int mentions, String error) {}

  /** What the notes written so far held. */
  private static final class Totals {
    long mentions;
    long failed;

    void add(Tagged tagged, PrintWriter err) {
      mentions += tagged.mentions();
      if (tagged.error() != null) {
        failed++;
        err.println(
            tagged.id() + ": " + tagged.error() + " (written with \"error\" and no entities)");
      }
    }
  }

  private int tagFile(NoteTagger noteTagger, ConceptMapper mapper)
      throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + workers);
    }
    LineProgress progress = LineProgress.forTerminal();
    long started = System.nanoTime();
    long notes = 0;
    Totals totals = new Totals();
    long malformed = 0;
    // notes in flight, in input order: bounded so that memory does not grow with the file
    Deque<Future<Tagged>> pending = new ArrayDeque<>();
    int inFlight = workers * 8;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode note;
        try {
          note = note(line);
        } catch (IllegalArgumentException e) {
          malformed++;
          err.println(input + ":" + number + ": " + e.getMessage() + " (skipped)");
          continue;
        }
        pending.add(pool.submit(() -> tag(note, noteTagger, mapper)));
        while (pending.size() >= inFlight) {
          write(pending.removeFirst(), out, totals, err);
          progress.update(++notes);
        }
      }
      while (!pending.isEmpty()) {
        write(pending.removeFirst(), out, totals, err);
        progress.update(++notes);
      }
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.printf(
        Locale.ROOT,
        "tagged %,d notes (%,d mentions) in %.1f s: %.1f notes/s on %d threads, tagger %s%s%n",
        notes,
        totals.mentions,
        seconds,
        notes / seconds,
        workers,
        noteTagger.id(),
        malformed == 0 ? "" : "; " + malformed + " malformed lines skipped");
    if (totals.failed > 0) {
      err.printf(
          Locale.ROOT,
          "the tagger failed on %,d notes: their lines have \"error\" and no entities%n",
          totals.failed);
    }
    err.flush();
    if (malformed > 0) {
      return 2;
    }
    return totals.failed == 0 ? 0 : 1;
  }

  private static Tagged tag(ObjectNode note, NoteTagger noteTagger, ConceptMapper mapper)
      throws JsonProcessingException {
    String text = note.get("text").asText();
    List<Mention> mentions;
    try {
      mentions = noteTagger.tag(text);
    } catch (TaggingException e) {
      note.put("error", e.getMessage());
      note.set("entities", JSON.createArrayNode());
      return new Tagged(note.get("id").asText(), JSON.writeValueAsString(note), 0, e.getMessage());
    }
    List<MappedMention> mapped = new ArrayList<>();
    for (Mention mention : mentions) {
      mapped.add(mapper.map(mention, text));
    }
    note.set("entities", TaggedEntities.of(text, mapped));
    return new Tagged(null, JSON.writeValueAsString(note), mapped.size(), null);
  }

  private static void write(Future<Tagged> next, BufferedWriter out, Totals totals, PrintWriter err)
      throws IOException, InterruptedException {
    Tagged tagged;
    try {
      tagged = next.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
    out.write(tagged.line());
    out.newLine();
    totals.add(tagged, err);
  }

  /** The line as a JSON object with a string {@code id} and {@code text}. */
  private static ObjectNode note(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (String field : List.of("id", "text")) {
      if (object.get(field) == null || !object.get(field).isTextual()) {
        throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
      }
    }
    return object;
  }
}
