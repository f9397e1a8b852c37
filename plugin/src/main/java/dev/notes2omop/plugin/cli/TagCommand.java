package dev.notes2omop.plugin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notes2omop.core.mapping.ConceptMapper;
import dev.notes2omop.core.mapping.MappedMention;
import dev.notes2omop.core.nlp.Mention;
import dev.notes2omop.core.nlp.NoteTagger;
import dev.notes2omop.plugin.runtime.ConceptMappers;
import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
            + " FILE:LINE and skipped, and the exit code is then 2.")
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

  @Mixin TaggerOptions tagger;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), input + " does not exist");
    }
    tagger.settings(spec.commandLine());
    MappingSettings settings = mapping.settings(database.dataDir);
    try (Database db = Database.open(database.settings())) {
      ConceptDictionary dictionary =
          TaggerOptions.dictionary(db.dataSource(), db.schemas(), settings.lexicon());
      BuildProgress indexProgress = IndexProgressPrinter.forTerminal();
      try (Taggers.OpenTagger noteTagger = tagger.open(spec.commandLine(), dictionary);
          ConceptMappers mappers =
              ConceptMappers.open(
                  db.dataSource(), db.schemas(), settings, dictionary, indexProgress)) {
        IndexProgressPrinter.finish(indexProgress);
        return tagFile(noteTagger, mappers.mapper());
      }
    }
  }

  private int tagFile(NoteTagger noteTagger, ConceptMapper mapper) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LineProgress progress = LineProgress.forTerminal();
    long started = System.nanoTime();
    long notes = 0;
    long mentions = 0;
    long malformed = 0;
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
        String text = note.get("text").asText();
        List<MappedMention> mapped = new ArrayList<>();
        for (Mention mention : noteTagger.tag(text)) {
          mapped.add(mapper.map(mention, text));
        }
        note.set("entities", TaggedEntities.of(text, mapped));
        out.write(JSON.writeValueAsString(note));
        out.newLine();
        notes++;
        mentions += mapped.size();
        progress.update(notes);
      }
    }
    progress.finish();
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    err.printf(
        Locale.ROOT,
        "tagged %,d notes (%,d mentions) in %.1f s: %.1f notes/s, tagger %s%s%n",
        notes,
        mentions,
        seconds,
        notes / seconds,
        noteTagger.id(),
        malformed == 0 ? "" : "; " + malformed + " malformed lines skipped");
    err.flush();
    return malformed == 0 ? 0 : 2;
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
