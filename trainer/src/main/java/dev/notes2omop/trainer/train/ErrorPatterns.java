package dev.notes2omop.trainer.train;

import dev.notes2omop.core.nlp.EntityLabel;
import dev.notes2omop.core.nlp.TextFolding;
import dev.notes2omop.tagger.model.TagSpan;
import dev.notes2omop.trainer.synth.Focus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups a model's errors on scored records into patterns, counted and ranked.
 *
 * <p>Each gold span is either found (a predicted span with the same offsets and label), or one
 * error: a <em>label confusion</em> when a predicted span has its offsets and another label, a
 * <em>boundary error</em> when predicted spans overlap it but none has its offsets, a <em>missed
 * surface form</em> when none overlaps it. A predicted span that overlaps no gold span is a
 * <em>false positive</em>. Errors are grouped by kind, label(s) and folded surface form ({@link
 * TextFolding#key}); false positives also by the folded word before them. A pattern keeps the text
 * (and, for false positives, the words before it in its sentence, at most {@value #CONTEXT_WORDS},
 * none of them inside or before a gold span) of its first occurrence. Patterns are ranked by count,
 * then kind, then key.
 */
public final class ErrorPatterns {

  /** Words of context kept before a false positive. */
  static final int CONTEXT_WORDS = 3;

  /**
   * A scored record.
   *
   * @param text the record's text
   * @param gold its gold spans
   * @param predicted the model's spans
   */
  public record Scored(String text, List<TagSpan> gold, List<TagSpan> predicted) {
    public Scored {
      Objects.requireNonNull(text, "text");
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
    }
  }

  /**
   * A pattern.
   *
   * @param focus the error as a tutor is asked about it (first occurrence's text and context)
   * @param key the grouping key: kind, labels, folded text (and folded word before)
   * @param count how many errors it groups
   */
  public record Pattern(Focus focus, String key, int count) {}

  private ErrorPatterns() {}

  /** Every pattern of {@code records}, ranked. */
  public static List<Pattern> of(List<Scored> records) {
    Map<String, Focus> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Scored r : records) {
      for (TagSpan g : r.gold()) {
        Focus f = goldError(r, g);
        if (f != null) {
          add(first, counts, key(f, ""), f);
        }
      }
      for (TagSpan p : r.predicted()) {
        if (r.gold().stream().noneMatch(g -> overlaps(g, p))) {
          String context = context(r.text(), contextStart(r.gold(), p.start()), p.start());
          Focus f =
              new Focus(Focus.Kind.FALSE_POSITIVE, p.text(r.text()), p.label(), null, context);
          add(first, counts, key(f, lastWord(context)), f);
        }
      }
    }
    List<Pattern> patterns = new ArrayList<>(counts.size());
    counts.forEach((key, count) -> patterns.add(new Pattern(first.get(key), key, count)));
    patterns.sort(
        Comparator.comparingInt(Pattern::count)
            .reversed()
            .thenComparing(p -> p.focus().kind())
            .thenComparing(Pattern::key));
    return List.copyOf(patterns);
  }

  /** The first {@code k} patterns of {@link #of}. */
  public static List<Pattern> top(List<Scored> records, int k) {
    List<Pattern> all = of(records);
    return all.subList(0, Math.min(k, all.size()));
  }

  /** The error a gold span is part of, or {@code null} when it was found. */
  private static Focus goldError(Scored r, TagSpan g) {
    String text = g.text(r.text());
    boolean overlapped = false;
    EntityLabel confused = null;
    for (TagSpan p : r.predicted()) {
      if (p.start() == g.start() && p.end() == g.end()) {
        if (p.label() == g.label()) {
          return null;
        }
        confused = p.label();
      } else if (overlaps(g, p)) {
        overlapped = true;
      }
    }
    if (confused != null) {
      return new Focus(Focus.Kind.CONFUSION, text, g.label(), confused, "");
    }
    return new Focus(
        overlapped ? Focus.Kind.BOUNDARY : Focus.Kind.MISSED, text, g.label(), null, "");
  }

  private static void add(
      Map<String, Focus> first, Map<String, Integer> counts, String key, Focus f) {
    first.putIfAbsent(key, f);
    counts.merge(key, 1, Integer::sum);
  }

  private static String key(Focus f, String before) {
    return f.kind()
        + "|"
        + f.label()
        + (f.predicted() == null ? "" : ">" + f.predicted())
        + "|"
        + TextFolding.key(f.text())
        + (f.kind() == Focus.Kind.FALSE_POSITIVE ? "|" + TextFolding.key(before) : "");
  }

  private static boolean overlaps(TagSpan a, TagSpan b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Where a false positive's context may start: after the last gold span before it. */
  private static int contextStart(List<TagSpan> gold, int start) {
    int floor = 0;
    for (TagSpan g : gold) {
      if (g.end() <= start) {
        floor = Math.max(floor, g.end());
      }
    }
    return floor;
  }

  /**
   * Up to {@value #CONTEXT_WORDS} words before {@code start} in its sentence (after the last full
   * stop, colon, semicolon or line break) and after {@code floor} (the end of the last gold span
   * before it, so the context, written untagged, holds no mention), as written.
   */
  static String context(String text, int floor, int start) {
    int from = start;
    while (from > floor && ".:;\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String sentence = text.substring(from, start).strip();
    if (sentence.isEmpty()) {
      return "";
    }
    String[] words = sentence.split("\\s+");
    int keep = Math.min(CONTEXT_WORDS, words.length);
    return String.join(" ", List.of(words).subList(words.length - keep, words.length));
  }

  private static String lastWord(String context) {
    int space = context.lastIndexOf(' ');
    return space < 0 ? context : context.substring(space + 1);
  }
}
