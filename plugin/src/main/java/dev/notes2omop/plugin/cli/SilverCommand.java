package dev.notes2omop.plugin.cli;

import dev.notes2omop.plugin.runtime.Database;
import dev.notes2omop.plugin.runtime.MappingSettings;
import dev.notes2omop.plugin.runtime.TaggerSettings;
import dev.notes2omop.plugin.runtime.Taggers;
import dev.notes2omop.trainer.data.RecordCodec;
import dev.notes2omop.trainer.data.SilverRecords;
import dev.notes2omop.trainer.data.UnlabeledNote;
import dev.notes2omop.vocab.ConceptDictionary;
import java.io.BufferedWriter;
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

/** {@code notes2omop silver}: training records from unlabeled notes, spans from a tagger. */
@Command(
    name = "silver",
    mixinStandardHelpOptions = true,
    description =
        "Reads unlabeled notes ({\"id\",\"text\"} JSON lines or FHIR NDJSON/Bundle exports, .gz"
            + " too), tags each whole note"
            + " (--tagger dictionary: the lexicon's and vocabulary's terms; model: the model's"
            + " spans) and writes them as training records (README's record format) split"
            + " 80/10/10 by id into train.jsonl, test.jsonl and validation.jsonl, for"
            + " `train --data`.")
final class SilverCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--notes",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "Unlabeled notes, {\"id\",\"text\"} JSON lines (.gz allowed).")
  List<Path> notes;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N notes (default: all).")
  Integer limit;

  @Mixin TaggerOptions tagger;

  @Mixin MappingOptions mapping;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    for (Path p : notes) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), p + " does not exist");
      }
    }
    TaggerSettings taggerSettings = tagger.settings(spec.commandLine());
    MappingSettings settings = mapping.settings(database.dataDir);
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(out);
    List<String> names = List.of("train.jsonl", "test.jsonl", "validation.jsonl");
    List<BufferedWriter> writers = new ArrayList<>();
    long read = 0;
    long entities = 0;
    long dropped = 0;
    long malformed = 0;
    try (Database db = Database.open(database.settings())) {
      ConceptDictionary dictionary =
          TaggerOptions.dictionary(db.dataSource(), db.schemas(), settings.lexicon());
      try (Taggers.OpenTagger noteTagger =
          TaggerOptions.open(spec.commandLine(), taggerSettings, dictionary)) {
        for (String name : names) {
          writers.add(Files.newBufferedWriter(out.resolve(name), StandardCharsets.UTF_8));
        }
        LineProgress progress = LineProgress.forTerminal();
        UnlabeledNotes.Read input = UnlabeledNotes.read(notes, limit, err);
        malformed = input.skipped();
        for (UnlabeledNote note : input.notes()) {
          SilverRecords.Made made =
              SilverRecords.record(
                  note.id(), note.text(), noteTagger.tag(note.text()), noteTagger.id());
          entities += made.record().entities().size();
          dropped += made.dropped();
          BufferedWriter w = writers.get(split(note.id()));
          w.write(RecordCodec.toJson(made.record()));
          w.newLine();
          progress.update(++read);
        }
        progress.finish();
      } finally {
        for (BufferedWriter w : writers) {
          w.close();
        }
      }
    }
    err.printf(
        Locale.ROOT,
        "%,d notes -> %,d records with %,d entities in %s (%,d mentions off token bounds"
            + " dropped%s)%n",
        read,
        read,
        entities,
        out,
        dropped,
        malformed == 0 ? "" : ", " + malformed + " malformed lines skipped");
    err.flush();
    return malformed == 0 ? 0 : 2;
  }

  /** 0 train, 1 test, 2 validation: 80/10/10 by a stable hash of the id. */
  static int split(String id) {
    int bucket = Math.floorMod(id.hashCode() * 0x9E3779B9, 10);
    return bucket < 8 ? 0 : bucket == 8 ? 1 : 2;
  }
}
