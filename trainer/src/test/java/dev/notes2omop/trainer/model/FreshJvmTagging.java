package dev.notes2omop.trainer.model;

import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.tagger.neural.ModelPackage;
import dev.notes2omop.tagger.neural.TaggerPredictor;
import dev.notes2omop.tagger.text.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Run in a child JVM by {@link ModelTrainerTest}: loads a model package, tags each line of a text
 * file and writes one line of spans per text line.
 */
public final class FreshJvmTagging {

  private FreshJvmTagging() {}

  /** {@code PACKAGE_DIR TEXTS OUTPUT}. */
  public static void main(String[] args) throws Exception {
    List<String> out = new ArrayList<>();
    try (ModelPackage model = ModelPackage.load(Path.of(args[0]));
        TaggerPredictor predictor = model.newPredictor()) {
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        out.add(describe(predictor.spans(Tokens.of(line))));
      }
    }
    Files.write(Path.of(args[2]), out);
  }

  /** The spans as {@code start-end:LABEL}, space-separated. */
  static String describe(List<TagSpan> spans) {
    return spans.stream()
        .map(s -> s.start() + "-" + s.end() + ":" + s.label())
        .collect(Collectors.joining(" "));
  }
}
