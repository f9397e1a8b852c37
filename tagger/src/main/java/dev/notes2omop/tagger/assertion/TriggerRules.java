package dev.notes2omop.tagger.assertion;

import dev.notes2omop.tagger.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a trigger list: the format is described at the top of {@value #SPANISH}. Malformed lines
 * are bugs in the list and throw with the line number.
 */
public final class TriggerRules {

  /** The class-path resource holding the Spanish trigger list. */
  public static final String SPANISH = "/dev/notes2omop/tagger/assertion/triggers-es.tsv";

  private static final Pattern MACRO_USE = Pattern.compile("\\{([A-Z_]+)}");

  private TriggerRules() {}

  /** The Spanish trigger list shipped with the tagger. */
  public static List<Trigger> spanish() {
    try (InputStream in = TriggerRules.class.getResourceAsStream(SPANISH)) {
      if (in == null) {
        throw new IllegalStateException(
            "trigger list " + SPANISH + " is not on the class path: the tagger jar is incomplete");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), SPANISH);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trigger list " + SPANISH, e);
    }
  }

  /** Parses a trigger list; {@code source} names it in error messages. */
  public static List<Trigger> parse(Reader reader, String source) throws IOException {
    Map<String, List<String>> macros = new HashMap<>();
    List<Trigger> triggers = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String where = source + " line " + number;
      if (line.startsWith("@")) {
        if (cols.length != 2) {
          throw new IllegalArgumentException(where + ": a macro line is '@NAME<TAB>a|b|c'");
        }
        macros.put(cols[0].substring(1).strip(), List.of(cols[1].strip().split("\\s*\\|\\s*")));
        continue;
      }
      if (cols.length < 3 || cols.length > 4) {
        throw new IllegalArgumentException(
            where + ": expected CATEGORY<TAB>DIRECTION<TAB>phrase[<TAB>flags], got " + line);
      }
      TriggerCategory category = category(cols[0].strip(), where);
      String direction = cols[1].strip().toUpperCase(Locale.ROOT);
      Set<String> flags = cols.length == 4 ? Set.of(cols[3].strip().split("\\s*,\\s*")) : Set.of();
      for (String flag : flags) {
        if (!Set.of("cs", "accents", "section").contains(flag)) {
          throw new IllegalArgumentException(
              where + ": unknown flag '" + flag + "': use cs, accents or section");
        }
      }
      boolean forward = false;
      boolean backward = false;
      Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
      if (category == TriggerCategory.TERMINATE) {
        ends.addAll(terminated(direction, where));
      } else if (category != TriggerCategory.PSEUDO) {
        switch (direction) {
          case "PRE" -> forward = true;
          case "POST" -> backward = true;
          case "BOTH" -> {
            forward = true;
            backward = true;
          }
          default ->
              throw new IllegalArgumentException(
                  where + ": direction '" + direction + "' must be PRE, POST or BOTH");
        }
      }
      for (String phrase : expand(cols[2].strip(), macros, where)) {
        triggers.add(
            new Trigger(
                category,
                forward,
                backward,
                ends,
                phrase,
                tokens(phrase, where),
                flags.contains("cs"),
                flags.contains("accents"),
                flags.contains("section")));
      }
    }
    return List.copyOf(triggers);
  }

  private static TriggerCategory category(String name, String where) {
    try {
      return TriggerCategory.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ": unknown category '"
              + name
              + "': use one of "
              + List.of(TriggerCategory.values()),
          e);
    }
  }

  private static Set<TriggerCategory> terminated(String names, String where) {
    Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
    if (names.equals("ALL")) {
      for (TriggerCategory c : TriggerCategory.values()) {
        if (c != TriggerCategory.PSEUDO && c != TriggerCategory.TERMINATE) {
          ends.add(c);
        }
      }
      return ends;
    }
    for (String name : names.split(",")) {
      ends.add(category(name.strip(), where));
    }
    return ends;
  }

  private static List<String> expand(
      String phrase, Map<String, List<String>> macros, String where) {
    Matcher m = MACRO_USE.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    List<String> alternatives = macros.get(m.group(1));
    if (alternatives == null) {
      throw new IllegalArgumentException(
          where + ": macro {" + m.group(1) + "} is used before an @" + m.group(1) + " line");
    }
    List<String> out = new ArrayList<>();
    for (String alternative : alternatives) {
      String replaced = phrase.substring(0, m.start()) + alternative + phrase.substring(m.end());
      out.addAll(expand(replaced, macros, where));
    }
    return out;
  }

  private static List<String> tokens(String phrase, String where) {
    List<String> out = new ArrayList<>();
    for (String piece : phrase.split("\\s+")) {
      if (piece.equals(Trigger.YEAR) || piece.equals(Trigger.NUMBER)) {
        out.add(piece);
        continue;
      }
      Tokens tokens = Tokens.of(piece);
      for (int i = 0; i < tokens.size(); i++) {
        out.add(tokens.original(i));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty phrase");
    }
    return out;
  }
}
