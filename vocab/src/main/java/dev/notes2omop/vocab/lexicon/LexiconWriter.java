package dev.notes2omop.vocab.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes lexicon entries as a lexicon file, with comment lines first; atomically. */
public final class LexiconWriter {

  private LexiconWriter() {}

  /**
   * Writes {@code entries} to {@code file}: each of {@code comments} as a {@code #} line, the
   * header, then one line per entry. Tabs and line breaks inside a field become spaces.
   */
  public static void write(Path file, List<String> comments, List<LexiconEntry> entries)
      throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        for (String comment : comments) {
          out.write(comment.isEmpty() ? "#" : "# " + clean(comment));
          out.write('\n');
        }
        out.write(String.join("\t", Lexicon.COLUMNS));
        out.write('\n');
        for (LexiconEntry e : entries) {
          out.write(
              String.join(
                  "\t",
                  clean(e.term()),
                  clean(e.language()),
                  clean(e.vocabularyId()),
                  clean(e.conceptCode()),
                  e.domainId() == null ? "" : clean(e.domainId()),
                  e.note() == null ? "" : clean(e.note())));
          out.write('\n');
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String clean(String field) {
    return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
  }
}
