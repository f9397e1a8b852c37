package dev.notes2omop.trainer.selftrain;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Single words marked by how they are formed ({@code word-formation.tsv}: medical suffixes and the
 * INN stems): a teacher for words no lexicon lists ({@code colangiocarcinoma}, {@code nivolumab},
 * {@code gastrostomía}), used on unlabeled notes only.
 */
public final class WordFormationRules {

  private static final String RESOURCE = "word-formation.tsv";

  private record Rule(EntityLabel label, Pattern pattern, Set<String> exceptions) {}

  /** A word a rule marks: its offsets in the text and its label. */
  public record Marked(int start, int end, EntityLabel label) {}

  private final List<Rule> rules;

  private WordFormationRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static WordFormationRules bundled() {
    List<Rule> rules = new ArrayList<>();
    try (InputStream in = WordFormationRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < 2) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected label and pattern");
        }
        Set<String> exceptions =
            cells.length > 2 && !cells[2].isBlank() ? Set.of(cells[2].split(",")) : Set.of();
        rules.add(new Rule(EntityLabel.valueOf(cells[0]), Pattern.compile(cells[1]), exceptions));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new WordFormationRules(rules);
  }

  /** The words of {@code text} a rule marks, in text order. */
  public List<Marked> mark(String text) {
    Tokens tokens = Tokens.of(text);
    List<Marked> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.original(i).toLowerCase(Locale.ROOT);
      if (word.length() < 5) {
        continue;
      }
      for (Rule rule : rules) {
        if (!rule.exceptions().contains(word) && rule.pattern().matcher(word).matches()) {
          out.add(new Marked(tokens.start(i), tokens.end(i), rule.label()));
          break;
        }
      }
    }
    return out;
  }
}
