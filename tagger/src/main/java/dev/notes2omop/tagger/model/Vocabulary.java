package dev.notes2omop.tagger.model;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids for the strings a model embeds (words, characters, shapes). Id 0 is padding ({@link #PAD}),
 * id 1 stands for every unknown string ({@link #UNK}); the other entries are the strings seen at
 * least {@code minCount} times, most frequent first, ties in {@link String#compareTo} order, so the
 * same input always gives the same ids.
 *
 * <p>Saved as UTF-8 text: a header line {@code # notes2omop vocabulary v1 min-count=N}, then one
 * line {@code entry<TAB>count} per entry from id 2 on. Entries may not contain tabs or line breaks.
 * Instances are immutable.
 */
public final class Vocabulary {

  public static final String PAD = "<pad>";
  public static final String UNK = "<unk>";
  public static final int PAD_ID = 0;
  public static final int UNK_ID = 1;

  private static final String HEADER = "# notes2omop vocabulary v1 min-count=";

  private final List<String> entries;
  private final int[] counts;
  private final Map<String, Integer> ids;
  private final int minCount;

  private Vocabulary(List<String> entries, int[] counts, int minCount) {
    this.entries = List.copyOf(entries);
    this.counts = counts;
    this.minCount = minCount;
    this.ids = new HashMap<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      if (ids.put(entries.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate vocabulary entry '" + entries.get(i) + "'");
      }
    }
  }

  /** Counts the strings of a corpus; {@link #build(int)} turns the counts into a vocabulary. */
  public static final class Builder {
    private final Map<String, Integer> counts = new HashMap<>();

    /** Counts one occurrence of {@code entry}. */
    public Builder add(String entry) {
      checkEntry(entry);
      counts.merge(entry, 1, Integer::sum);
      return this;
    }

    /** The vocabulary of the entries counted at least {@code minCount} times. */
    public Vocabulary build(int minCount) {
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
      }
      List<Map.Entry<String, Integer>> kept = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() >= minCount && !e.getKey().equals(PAD) && !e.getKey().equals(UNK)) {
          kept.add(e);
        }
      }
      kept.sort(
          Comparator.comparing(Map.Entry<String, Integer>::getValue, Collections.reverseOrder())
              .thenComparing(Map.Entry::getKey));
      List<String> entries = new ArrayList<>(kept.size() + 2);
      int[] frequencies = new int[kept.size() + 2];
      entries.add(PAD);
      entries.add(UNK);
      for (Map.Entry<String, Integer> e : kept) {
        frequencies[entries.size()] = e.getValue();
        entries.add(e.getKey());
      }
      return new Vocabulary(entries, frequencies, minCount);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void checkEntry(String entry) {
    if (entry.isEmpty()
        || entry.indexOf('\t') >= 0
        || entry.indexOf('\n') >= 0
        || entry.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "a vocabulary entry must be non-empty without tabs or line breaks, got '" + entry + "'");
    }
  }

  /** The id of {@code entry}, or {@link #UNK_ID}. */
  public int id(String entry) {
    Integer id = ids.get(entry);
    return id == null ? UNK_ID : id;
  }

  /** Whether {@code entry} has an id of its own. */
  public boolean contains(String entry) {
    return ids.containsKey(entry);
  }

  /** The entry with id {@code id}. */
  public String entry(int id) {
    return entries.get(id);
  }

  /** How often the entry with id {@code id} was counted (0 for the reserved ids). */
  public int count(int id) {
    return counts[id];
  }

  /** The number of ids, reserved ones included: the size of the embedding table. */
  public int size() {
    return entries.size();
  }

  public int minCount() {
    return minCount;
  }

  /** Writes the vocabulary to {@code file}, replacing it. */
  public void save(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER + minCount);
      out.write('\n');
      for (int id = 2; id < entries.size(); id++) {
        out.write(entries.get(id) + "\t" + counts[id]);
        out.write('\n');
      }
    }
  }

  /**
   * Reads a vocabulary written by {@link #save}.
   *
   * @throws IOException when the file cannot be read or is not a vocabulary file
   */
  public static Vocabulary load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      throw new IOException(
          file + " is not a vocabulary file: it must start with '" + HEADER + "'");
    }
    int minCount;
    try {
      minCount = Integer.parseInt(lines.get(0).substring(HEADER.length()).trim());
    } catch (NumberFormatException e) {
      throw new IOException(file + ": bad min-count in header '" + lines.get(0) + "'", e);
    }
    List<String> entries = new ArrayList<>(lines.size() + 1);
    int[] counts = new int[lines.size() + 1];
    entries.add(PAD);
    entries.add(UNK);
    for (int line = 1; line < lines.size(); line++) {
      String text = lines.get(line);
      int tab = text.lastIndexOf('\t');
      if (tab <= 0) {
        throw new IOException(file + " line " + (line + 1) + ": expected 'entry<TAB>count'");
      }
      try {
        counts[entries.size()] = Integer.parseInt(text.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IOException(file + " line " + (line + 1) + ": bad count", e);
      }
      entries.add(text.substring(0, tab));
    }
    try {
      return new Vocabulary(entries, counts, minCount);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabulary other
        && minCount == other.minCount
        && entries.equals(other.entries)
        && java.util.Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }
}
